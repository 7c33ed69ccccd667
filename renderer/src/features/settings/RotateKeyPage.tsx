import { PageHeading } from '@renderer/ui/PageHeading';
import { Link } from 'react-router';
import { RotateKeyForm } from './RotateKeyForm';

/**
 * Rotating the encryption key on its own: reached from Settings ("I lost or exposed my
 * recovery key") and from the notice after a backup was restored at the unlock screen.
 */
export function RotateKeyPage() {
  return (
    <div className="page page--narrow">
      <PageHeading>Rotate the encryption key</PageHeading>
      <section className="card" aria-label="Rotate the encryption key">
        <RotateKeyForm />
      </section>
      <p>
        <Link to="/settings">Back to Settings</Link>
      </p>
    </div>
  );
}
