import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './origin';

/**
 * Schemes a request may use. `app:` is our own files, `devtools:` the inspector in
 * development, `data:` inline images the CSP allows. Anything else (http, https, ws, ftp,
 * file, ...) is cancelled: the app never talks to a network, and never reads files the
 * protocol handler did not vet.
 */
const ALLOWED_REQUEST_SCHEMES: ReadonlySet<string> = new Set(['app:', 'devtools:', 'data:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Guards one webContents: no new windows, no navigation or redirect away from our origin,
 * no <webview>. Applied to the main window and, through `web-contents-created`, to any
 * other webContents that ever appears.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * The permissions granted, to our own page only: writing (never reading) the clipboard, so the
 * Copy button for the recovery key works, and full screen, so the private check-in fills the
 * screen the partner holds. Chromium asks the embedder for HTML full screen as a permission;
 * refused, the page's request would simply never enter full screen.
 */
const GRANTED = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function isAllowedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/**
 * Spellcheck runs only where it needs nothing from a network: macOS checks spelling with the
 * OS's own dictionaries. On Windows and Linux Chromium spellchecks with Hunspell dictionaries
 * it downloads from Google's CDN on first use; this app never talks to a network, so there it
 * is off, deliberately, rather than silently failing to download.
 */
export function spellcheckAvailable(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/**
 * Guards the session: every other permission (camera, notifications, clipboard-read, ...)
 * is refused, and every request that is not for our own origin is cancelled.
 */
export function hardenSession(ses: Session, platform: NodeJS.Platform): void {
  ses.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details.requestingUrl ?? contents?.getURL())),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  ses.setSpellCheckerEnabled(spellcheckAvailable(platform));
  // Belt and braces: were the Hunspell downloader ever started, it would ask our own origin
  // (which has no dictionaries) and never Google's CDN.
  ses.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/dictionaries/`);
}
