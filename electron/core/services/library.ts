import type { LibraryRow } from '@core/db/repos/library';
import { CoreFailure, notFound } from '@core/errors';
import type { LibraryItem, libraryContract } from '@shared/contract/library';
import type { LibraryEntry } from '@shared/domain/library';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

function toItem(row: LibraryRow): LibraryItem {
  return {
    entry: JSON.parse(row.entry) as LibraryEntry,
    origin: row.origin,
    edited: row.edited === 1,
    updatedAt: row.updated_at,
  };
}

export function createLibraryHandlers(ctx: ServiceContext) {
  function load(id: string): LibraryItem {
    const row = ctx.session().library.get(id);
    if (!row) throw notFound('library entry');
    return toItem(row);
  }

  return {
    'library:list': () => ({ items: ctx.session().library.all().map(toItem) }),

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
