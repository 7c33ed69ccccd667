import { PageHeading } from '@renderer/ui/PageHeading';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';

/**
 * Export for portability: the practice or one couple as an encrypted, documented archive, and
 * the matching import into an empty practice (a new laptop, another installation).
 */
export function ExportImportPage() {
  return (
    <div className="page page--narrow">
      <PageHeading>Export and import</PageHeading>
      <p className="page-intro">
        An export is one encrypted file holding your records in a documented format (JSON, with every signed
        note as a PDF), so they can move to another computer or be read without Rekindle. It opens only with
        the passphrase you choose for it. Backups are for restoring this practice; exports are for taking
        records elsewhere.
      </p>
      <ExportCard />
      <ImportCard />
    </div>
  );
}
