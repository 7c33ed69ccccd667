import { HIGHLIGHT_END, HIGHLIGHT_START } from '@shared/contract/search';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet whose matches sit between HIGHLIGHT_START and HIGHLIGHT_END into plain
 * and matched parts, so the screen renders matches as <mark> elements from text, never HTML.
 * An unclosed marker highlights to the end; stray end markers are dropped.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let current = '';
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      const next = char === HIGHLIGHT_START;
      if (next !== match) {
        if (current) parts.push({ text: current, match });
        current = '';
        match = next;
      }
      continue;
    }
    current += char;
  }
  if (current) parts.push({ text: current, match });
  return parts;
}
