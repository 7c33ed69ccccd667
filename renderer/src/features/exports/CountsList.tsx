import type { ExportCounts, ExportTable } from '@shared/contract/exports';
import { exportTables } from '@shared/contract/exports';

const LABELS: Record<ExportTable, string> = {
  couples: 'Couples',
  partners: 'Partners',
  assessments: 'Assessments',
  safety_flags: 'Safety flags',
  sessions: 'Sessions',
  notes: 'Session notes',
  note_addenda: 'Addenda to signed notes',
  process_notes: 'Process notes',
  events: 'Timeline events',
  library_entries: 'Your own library exercises',
  plan_versions: 'Treatment plan versions',
  measurements: 'Measurements',
  recovery_days: 'Recovery calendar days',
  reports: 'Records of generated reports',
  homework: 'Homework assignments',
  consents: 'Consents to disclose substance-use information',
  questionnaire_responses: 'Questionnaire responses',
  questionnaire_schedule: 'Scheduled questionnaires',
};

/**
 * What an archive holds, table by table, in words a clinician uses. Kinds with no records are
 * not listed: fifteen rows of mostly zeros hide the few numbers that matter.
 */
export function CountsList({
  counts,
  extra,
  omit = [],
}: {
  counts: ExportCounts;
  /** Rows shown first: the file, its size, its date. */
  extra?: [string, string][];
  /** Tables the archive left out by choice (a zero there would read as "none were written"). */
  omit?: readonly ExportTable[];
}) {
  return (
    <dl className="details">
      {extra?.map(([label, value]) => (
        <div className="details__row" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {exportTables
        .filter((table) => !omit.includes(table) && counts[table] > 0)
        .map((table) => (
          <div className="details__row" key={table}>
            <dt>{LABELS[table]}</dt>
            <dd>{counts[table].toLocaleString()}</dd>
          </div>
        ))}
      {exportTables.every((table) => counts[table] === 0) ? (
        <div className="details__row">
          <dt>Records</dt>
          <dd>None</dd>
        </div>
      ) : null}
    </dl>
  );
}
