import { CoreFailure, notFound } from '@core/errors';
import type { LibraryItem, libraryContract } from '@shared/contract/library';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

export function createLibraryHandlers(ctx: ServiceContext) {
  function load(id: string): LibraryItem {
    const item = ctx.session().library.get(id);
    if (!item) throw notFound('library entry');
    return item;
  }

  return {
    'library:list': () => ({ items: ctx.session().library.all() }),

    'library:create': ({ entry }) => {
      const s = ctx.session();
      if (s.library.get(entry.id)) {
        throw new CoreFailure('validation', 'Some fields need attention.', {
          fields: { 'entry.id': 'An entry with this id already exists; choose another id' },
        });
      }
      s.db.transaction(() => {
        s.library.insert(entry, 'clinician', null, ctx.clock().toISOString());
        s.audit.record('library.entry_created', { entity: 'library_entry', id: entry.id });
      })();
      return load(entry.id);
    },

    'library:update': ({ entry }) => {
      const s = ctx.session();
      load(entry.id);
      s.db.transaction(() => {
        s.library.saveEdit(entry, ctx.clock().toISOString());
        s.audit.record('library.entry_updated', { entity: 'library_entry', id: entry.id });
      })();
      return load(entry.id);
    },
  } satisfies HandlerMap<keyof typeof libraryContract>;
}
