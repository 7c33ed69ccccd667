import { PageHeading } from '@renderer/ui/PageHeading';
import { QueryView } from '@renderer/ui/states';
import type { Preferences } from '@shared/contract/settings';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { FileNamesForm } from './FileNamesForm';
import { LetterheadForm } from './LetterheadForm';
import { settingsQuery } from './queries';
import { ScreenLockNotice } from './ScreenLockNotice';

/** A section showing saved preferences: loading, error (with a retry) or the form. */
function WithPreferences({
  settings,
  loadingLabel,
  errorTitle,
  children,
}: {
  settings: UseQueryResult<Preferences>;
  loadingLabel: string;
  errorTitle: string;
  children(preferences: Preferences): ReactNode;
}) {
  return (
    <QueryView query={settings} loading={loadingLabel} errorTitle={errorTitle}>
      {children}
    </QueryView>
  );
}

export function SettingsPage() {
  const settings = useQuery(settingsQuery);
  return (
    <div className="page page--narrow">
      <PageHeading>Settings</PageHeading>
      <section className="card" aria-labelledby="auto-lock-heading">
        <h2 id="auto-lock-heading" className="card__title">
          Automatic lock
        </h2>
        <WithPreferences
          settings={settings}
          loadingLabel="Loading settings…"
          errorTitle="Settings could not be loaded"
        >
          {(preferences) => <AutoLockForm minutes={preferences.autoLockMinutes} />}
        </WithPreferences>
        <ScreenLockNotice />
      </section>
      <section className="card" aria-labelledby="letterhead-heading">
        <h2 id="letterhead-heading" className="card__title">
          Letterhead
        </h2>
        <p className="card__intro">
          Printed at the top of reports, plans, notes and worksheets. Practice details only: never a client’s
          information.
        </p>
        <WithPreferences
          settings={settings}
          loadingLabel="Loading the letterhead…"
          errorTitle="The letterhead could not be loaded"
        >
          {(preferences) => <LetterheadForm letterhead={preferences.letterhead} />}
        </WithPreferences>
      </section>
      <section className="card" aria-labelledby="file-names-heading">
        <h2 id="file-names-heading" className="card__title">
          Saved files
        </h2>
        <p className="card__intro">
          Saving a report, note or export opens the folder you last saved that kind of file in (the first
          time, your home folder).
        </p>
        <WithPreferences
          settings={settings}
          loadingLabel="Loading settings…"
          errorTitle="Settings could not be loaded"
        >
          {(preferences) => <FileNamesForm initialsInFileNames={preferences.initialsInFileNames} />}
        </WithPreferences>
      </section>
      <section className="card" aria-labelledby="passphrase-heading">
        <h2 id="passphrase-heading" className="card__title">
          Change passphrase
        </h2>
        <p className="card__intro">
          You will use the new passphrase from the next time you unlock. Your recovery key does not change
          unless you also rotate the encryption key.
        </p>
        <ChangePassphraseForm />
      </section>
      <section className="card" aria-labelledby="recovery-key-heading">
        <h2 id="recovery-key-heading" className="card__title">
          Recovery key
        </h2>
        <p className="card__intro">
          Shown once when you set up Rekindle, for the day the passphrase is forgotten. If the sheet is lost
          or someone may have seen it, rotate the encryption key: you get a new recovery key and the old one
          stops working.
        </p>
        <Link to="/settings/rotate-key">I lost or exposed my recovery key</Link>
      </section>
      <section className="card" aria-labelledby="backups-link-heading">
        <h2 id="backups-link-heading" className="card__title">
          Backups
        </h2>
        <p className="card__intro">
          Encrypted copies of your records in a folder you choose, made when you lock or quit.
        </p>
        <Link to="/backups">Set up and check backups</Link>
      </section>
      <section className="card" aria-labelledby="export-link-heading">
        <h2 id="export-link-heading" className="card__title">
          Export and import
        </h2>
        <p className="card__intro">
          The whole practice or one couple as one encrypted, documented file, to move records to another
          computer or system.
        </p>
        <Link to="/export">Export and import records</Link>
      </section>
    </div>
  );
}
