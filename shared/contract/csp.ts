/**
 * The only policy the renderer ever runs under: its own files, no inline code, no network
 * (`connect-src 'none'`), no frames, no forms. `data:` images are allowed for generated
 * thumbnails; everything else must be a file. Sent by the app:// protocol in Electron and
 * by the end-to-end test server, so every e2e test also proves the renderer complies.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
