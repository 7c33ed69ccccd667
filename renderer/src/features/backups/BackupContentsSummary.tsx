import type { BackupPreview } from '@shared/contract/backups';
import { formatInstant } from '@shared/domain/dates';

/**
 * What a backup holds, shown before it is restored: counts and the newest record's date,
 * so the clinician can tell it is the copy they mean. Nothing identifying is shown.
 */
export function BackupContentsSummary({ preview }: { preview: BackupPreview }) {
  const { counts, newestRecordAt, compatibility } = preview.contents;
  const rows: [label: string, value: string | number][] = [
    ['Made', preview.createdAt ? formatInstant(preview.createdAt) : 'Not known (the file was renamed)'],
    ['Newest record', newestRecordAt ? formatInstant(newestRecordAt) : 'It holds no records'],
    ['Couples', counts.couples],
    ['Sessions', counts.sessions],
    [
      'Notes',
      `${counts.signedNotes} signed, ${counts.draftNotes} ${counts.draftNotes === 1 ? 'draft' : 'drafts'}`,
    ],
    ['Assessments', counts.assessments],
    ['Signed treatment plans', counts.signedPlans],
    ['Measurements', counts.measurements],
  ];
  return (
    <>
      <dl className="details backups__contents" aria-label="What the backup contains">
        {rows.map(([label, value]) => (
          <div className="details__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {compatibility === 'older' ? (
        <p className="field__hint">
          Made by an earlier version of Rekindle: it is brought up to date as it is restored.
        </p>
      ) : null}
      {compatibility === 'newer' ? (
        <div className="notice notice--warning backups__notice" role="alert">
          <p className="notice__title">Made by a newer version of Rekindle</p>
          <p>This version cannot restore it. Install that version or a later one, then restore it.</p>
        </div>
      ) : null}
    </>
  );
}
