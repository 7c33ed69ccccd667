import type { ReportKind } from '@shared/domain/reports/options';

/** "Page 3 of 12": under each page of the preview, and its accessible name. */
export function pageLabel(pageNumber: number, pageCount: number): string {
  return `Page ${pageNumber} of ${pageCount}`;
}

export function pageCountText(pageCount: number): string {
  return pageCount === 1 ? '1 page' : `${pageCount} pages`;
}

/** What each kind of document is called in sentences ("The treatment plan could not be prepared"). */
export const documentNames: Record<ReportKind, string> = {
  progress: 'progress report',
  plan: 'treatment plan',
  note: 'session note',
  worksheet: 'worksheet',
  calendarSheet: 'month sheet',
  emergencySheet: 'emergency access sheet',
};

/** The line after a save: the file's name, or nothing when the clinician cancelled the dialog. */
export function savedText(result: { saved: boolean; fileName: string | null }): string {
  if (!result.saved) return '';
  return result.fileName ? `Saved as ${result.fileName}.` : 'Saved.';
}
