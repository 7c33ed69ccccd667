import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorState, LoadingState } from '../../ui/states';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { LetterheadForm } from './LetterheadForm';
import { settingsQuery } from './queries';
import { ScreenLockNotice } from './ScreenLockNotice';

export function SettingsPage() {
  const settings = useQuery(settingsQuery);
  return (
    <div className="page page--narrow">
      <PageHeading>Settings</PageHeading>
      <section className="card" aria-labelledby="auto-lock-heading">
        <h2 id="auto-lock-heading" className="card__title">
          Automatic lock
        </h2>
        {settings.isPending ? (
          <LoadingState label="Loading settings…" />
        ) : settings.isError ? (
          <ErrorState
            title="Settings could not be loaded"
            message={errorMessage(settings.error)}
            onRetry={() => void settings.refetch()}
          />
        ) : (
          <AutoLockForm minutes={settings.data.autoLockMinutes} />
        )}
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
        {settings.isPending ? (
          <LoadingState label="Loading the letterhead…" />
        ) : settings.isError ? (
          <ErrorState
            title="The letterhead could not be loaded"
            message={errorMessage(settings.error)}
            onRetry={() => void settings.refetch()}
          />
        ) : (
          <LetterheadForm letterhead={settings.data.letterhead} />
        )}
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
