/**
 * Names of the files Rekindle suggests when saving. A file name travels further than the file
 * (recent-file lists, sync logs, mail attachments), so a couple's initials are in it only when
 * the clinician chose that in Settings; otherwise the name says what the document is and when.
 */

/**
 * `progress-report-2026-12-06.pdf`, or `progress-report-ZM-LZ-2026-12-06.pdf` with the couple's
 * initials (`initials` null leaves them out). `details` are what tells two such files apart:
 * a date, a version; empty ones are skipped.
 */
export function savedFileName(
  kind: string,
  initials: string | null,
  details: readonly (string | null)[],
  extension: string,
): string {
  return `${[kind, initials, ...details].filter((part) => part !== null && part !== '').join('-')}${extension}`;
}
