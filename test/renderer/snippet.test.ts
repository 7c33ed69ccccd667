import { splitSnippet } from '@renderer/features/search/snippetParts';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '@shared/contract/search';
import { describe, expect, it } from 'vitest';

describe('search snippets are split into text parts, never parsed as HTML', () => {
  it('marks the text between the markers as matches', () => {
    expect(splitSnippet(`calmer ${S}week${E} and ${S}trust${E}.`)).toEqual([
      { text: 'calmer ', match: false },
      { text: 'week', match: true },
      { text: ' and ', match: false },
      { text: 'trust', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup in the note as plain text', () => {
    expect(splitSnippet(`<img src=x onerror=alert(1)> ${S}<b>${E}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
    ]);
  });

  it('highlights to the end when a match is not closed, and ignores stray end markers', () => {
    expect(splitSnippet(`a${E}b ${S}c`)).toEqual([
      { text: 'ab ', match: false },
      { text: 'c', match: true },
    ]);
  });
});
