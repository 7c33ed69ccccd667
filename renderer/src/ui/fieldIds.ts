/**
 * Element ids for a form field named by its dotted contract path (`partnerA.firstName`).
 * The error summary links to `inputId`; the input points at `hintId` and `errorId`.
 */
export function fieldIds(path: string) {
  const base = `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return { inputId: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** `aria-describedby` for a field: its hint and its error, whichever are shown. */
export function describedBy(ids: { hintId: string; errorId: string }, hasHint: boolean, hasError: boolean) {
  const parts = [hasHint ? ids.hintId : null, hasError ? ids.errorId : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Moves focus to a field by its dotted path; used by error summaries. */
export function focusField(path: string): void {
  const element = document.getElementById(fieldIds(path).inputId);
  if (element instanceof HTMLElement) {
    element.focus();
    element.scrollIntoView({ block: 'center' });
  }
}
