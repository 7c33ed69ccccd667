/**
 * The dashboard's view switches live in the address (`?tab=progress&view=shareable&tables=1`),
 * so a reload, or Back after opening a session, keeps the screen the couple is looking at in
 * its shareable form.
 */
export const SHAREABLE_PARAM = 'view';
export const SHAREABLE_VALUE = 'shareable';
export const TABLES_PARAM = 'tables';

export function isShareable(params: URLSearchParams): boolean {
  return params.get(SHAREABLE_PARAM) === SHAREABLE_VALUE;
}

export function showsTables(params: URLSearchParams): boolean {
  return params.get(TABLES_PARAM) === '1';
}

/** A copy of `params` with one switch set or cleared; every other parameter (the tab) is kept. */
export function withSwitch(
  params: URLSearchParams,
  which: 'shareable' | 'tables',
  on: boolean,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const [name, value] = which === 'shareable' ? [SHAREABLE_PARAM, SHAREABLE_VALUE] : [TABLES_PARAM, '1'];
  if (on) next.set(name, value);
  else next.delete(name);
  return next;
}
