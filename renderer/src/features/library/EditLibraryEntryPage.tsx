import { errorMessage } from '@renderer/api/client';
import { PageHeading } from '@renderer/ui/PageHeading';
import { ErrorState, LoadingState } from '@renderer/ui/states';
import type { LibraryItem } from '@shared/contract/library';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LibraryEntryForm } from './LibraryEntryForm';
import { EntryNotFound, LibraryBackLink } from './LibraryEntryPage';
import { libraryFormFromEntry } from './libraryForm';
import { useUpdateLibraryEntry } from './queries';
import { useLibraryItem } from './useLibraryItem';
import './library.css';

export function EditLibraryEntryPage() {
  const { id = '' } = useParams();
  const item = useLibraryItem(id);

  if (item.isPending) {
    return (
      <div className="page">
        <LibraryBackLink />
        <PageHeading>Edit library entry</PageHeading>
        <LoadingState label="Loading the entry…" />
      </div>
    );
  }
  if (item.isError) {
    return (
      <div className="page">
        <LibraryBackLink />
        <PageHeading>Edit library entry</PageHeading>
        <ErrorState
          title="This entry could not be opened"
          message={errorMessage(item.error)}
          onRetry={() => void item.refetch()}
        />
      </div>
    );
  }
  if (!item.data) return <EntryNotFound />;
  // Keyed by id so another entry starts from its own values, never the last one's.
  return <EditForm key={item.data.entry.id} item={item.data} />;
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
