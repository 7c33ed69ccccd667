import { expect } from 'vitest';

/**
 * Fails unless every part occurs in `text`, each after the one before it. Line breaks count as
 * spaces: where a table cell or a label wraps is layout, not content.
 */
export function expectInOrder(text: string, parts: readonly (string | RegExp)[]): void {
  const flat = oneLine(text);
  let from = 0;
  for (const raw of parts) {
    const part = typeof raw === 'string' ? oneLine(raw) : raw;
    const rest = flat.slice(from);
    const match = typeof part === 'string' ? rest.indexOf(part) : rest.search(part);
    expect(match, `"${String(part)}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from += match + 1;
  }
}

/** Every page says which page it is of how many: a loose sheet can be put back in order. */
export function expectPageNumbers(pages: readonly string[]): void {
  expect(pages.length).toBeGreaterThan(0);
  for (const [index, page] of pages.entries()) {
    expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
  }
}

/** The text with all whitespace removed: for strings printed in spaced groups. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Runs of whitespace, line breaks included, as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
