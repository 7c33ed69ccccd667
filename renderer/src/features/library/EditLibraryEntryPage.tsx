import { PageHeading } from '@renderer/ui/PageHeading';
import type { LibraryItem } from '@shared/contract/library';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LibraryEntryForm } from './LibraryEntryForm';
import { LibraryBackLink, WithLibraryEntry } from './LibraryEntryPage';
import { libraryFormFromEntry } from './libraryForm';
import { useUpdateLibraryEntry } from './queries';
import './library.css';

export function EditLibraryEntryPage() {
  return (
    <WithLibraryEntry heading="Edit library entry">
      {(item) => (
        // Keyed by id so another entry starts from its own values, never the last one's.
        <EditForm key={item.entry.id} item={item} />
      )}
    </WithLibraryEntry>
  );
}

function EditForm({ item }: { item: LibraryItem }) {
  const navigate = useNavigate();
  const update = useUpdateLibraryEntry();
  const detailPath = `/library/${item.entry.id}`;
  const [initial] = useState(() => libraryFormFromEntry(item.entry));
  return (
    <div className="page">
      <LibraryBackLink />
      <PageHeading>Edit {item.entry.name}</PageHeading>
      {item.origin === 'seed' ? (
        <div className="notice notice--info library-form__notice">
          <p>
            <strong>This entry was shipped with Rekindle.</strong> Your changes are kept when Rekindle updates
            its library.
          </p>
        </div>
      ) : null}
      <LibraryEntryForm
        initial={initial}
        mode="edit"
        submitLabel="Save changes"
        onSubmit={async (entry) => {
          await update.mutateAsync(entry);
          navigate(detailPath, { replace: true, state: { flash: 'Changes saved.' } });
        }}
        onCancel={() => navigate(detailPath, { replace: true })}
      />
    </div>
  );
}
