import { VaultLayout } from '@renderer/features/vault/VaultLayout';
import { PageHeading } from '@renderer/ui/PageHeading';

/**
 * After the partner finished (or handed back without answering): the records are already
 * locked, and this screen only asks for the laptop to go back. The one button leads to the
 * passphrase, so the partner cannot go further than this screen.
 */
export function HandedBackScreen({ onTherapist }: { onTherapist(): void }) {
  return (
    <VaultLayout partner>
      <PageHeading>Thank you</PageHeading>
      <p className="private-lead">Thank you. Please hand the laptop back to your therapist.</p>
      <div className="private-actions private-actions--end">
        <button type="button" className="button button--primary private-button" onClick={onTherapist}>
          I’m the therapist
        </button>
      </div>
    </VaultLayout>
  );
}
