/**
 * Copies text after a click. The Async Clipboard API can be refused (Electron's session
 * denies permission checks), so fall back to a selected, off-screen textarea and the
 * older copy command, which needs only the click itself.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}

/** Seconds a copied secret stays on the clipboard before the app clears it (main's `SECRET_CLIPBOARD_MS`). */
export const SECRET_CLIPBOARD_SECONDS = 60;

/** Whether this window can copy a secret that is then cleared (the app's preload can; a bare browser cannot). */
export function clearsCopiedSecrets(): boolean {
  return typeof window.rekindle?.copySecret === 'function';
}

/**
 * Copies a secret (the recovery key). In the app the main process copies it and clears it
 * again after a minute if it is still there (`'cleared-later'`); without that bridge it is a
 * plain copy (`'copied'`), and the screen must not promise the clearing.
 */
export async function copySecret(text: string): Promise<'cleared-later' | 'copied' | 'failed'> {
  if (clearsCopiedSecrets()) {
    return (await window.rekindle?.copySecret(text)) ? 'cleared-later' : 'failed';
  }
  return (await copyText(text)) ? 'copied' : 'failed';
}
