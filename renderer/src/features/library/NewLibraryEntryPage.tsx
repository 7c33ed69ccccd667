import { PageHeading } from '@renderer/ui/PageHeading';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LibraryEntryForm } from './LibraryEntryForm';
import { LibraryBackLink } from './LibraryEntryPage';
import { emptyLibraryForm } from './libraryForm';
import { useCreateLibraryEntry } from './queries';
import './library.css';

export function NewLibraryEntryPage() {
  const navigate = useNavigate();
  const create = useCreateLibraryEntry();
  const [initial] = useState(emptyLibraryForm);
  return (
    <div className="page">
      <LibraryBackLink />
      <PageHeading>Add a library entry</PageHeading>
      <p className="page-intro library-form__intro">
        Your own exercise, ready for any couple’s plan. Library updates never change it.
      </p>
      <LibraryEntryForm
        initial={initial}
        mode="new"
        submitLabel="Save entry"
        onSubmit={async (entry) => {
          const saved = await create.mutateAsync(entry);
          // Replace the form in history: Back from the new entry goes to the list, not an empty form.
          navigate(`/library/${saved.entry.id}`, { replace: true, state: { flash: 'Entry added.' } });
        }}
        onCancel={() => navigate('/library')}
      />
    </div>
  );
}
