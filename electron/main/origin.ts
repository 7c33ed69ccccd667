/**
 * The renderer's one and only origin. Everything the shell trusts (navigation, IPC
 * senders, served files) is checked against it, so it lives in one place.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rekindle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to our origin. Compares protocol and host rather than
 * `URL.origin`: Node's URL reports `null` as the origin of non-special schemes like `app:`.
 * Credentials and ports are refused; our origin never has them.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
