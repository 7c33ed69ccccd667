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
