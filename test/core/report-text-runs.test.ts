import { type Covers, mirrorBrackets, needsRuns, splitRuns, visualOrder } from '@core/reports/text-runs';
import { describe, expect, it } from 'vitest';

/** Stand-in fonts: one with Latin, Hebrew and Arabic (like DejaVu), one with Han and kana, one with Hangul. */
const latin: Covers = (cp) => cp < 0x0590 || (cp >= 0x0590 && cp <= 0x06ff) || (cp >= 0x2000 && cp <= 0x206f);
const cjk: Covers = (cp) => cp === 0x20 || (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0x4e00 && cp <= 0x9fff);
const hangul: Covers = (cp) => cp === 0x20 || (cp >= 0xac00 && cp <= 0xd7a3);
const chain = [latin, cjk, hangul];

const shape = (text: string) => splitRuns(text, chain).map((r) => [r.text, r.font, r.rtl] as const);

describe('per-run font fallback', () => {
  it('draws Han, kana and Hangul in the first fallback that covers them, Latin in the primary font', () => {
    expect(shape('Partner A: 王小明 & 김민준')).toEqual([
      ['Partner A: ', 0, false],
      ['王小明 ', 1, false],
      ['& ', 0, false],
      ['김민준', 2, false],
    ]);
    expect(shape('やまだ 山田')).toEqual([['やまだ 山田', 1, false]]);
  });

  it('keeps spaces and punctuation in the run before them when its font has them', () => {
    // The Latin font has "(" and ")": the name is not cut at them.
    expect(shape('Zoë (Z) Example').map(([text, font]) => [text, font])).toEqual([['Zoë (Z) Example', 0]]);
  });

  it('keeps a combining mark with its letter, whichever font covers the mark', () => {
    expect(shape('王\u0301x')).toEqual([
      ['王\u0301', 1, false],
      ['x', 0, false],
    ]);
  });

  it('gives a character no font covers to the primary font (the dialog warned about it)', () => {
    expect(shape('ab\u0E01c')).toEqual([['ab\u0E01c', 0, false]]);
  });

  it('loses no character and adds none', () => {
    const text = 'Partner B: דוד כהן & 王小明 (小明) 김민준, محمد علي.';
    expect(
      splitRuns(text, chain)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });

  it("takes pdfkit's own path only for text the primary font covers and that has no RTL letters", () => {
    expect(needsRuns('Zoë Łukasz Дарья', latin)).toBe(false);
    expect(needsRuns('王小明', latin)).toBe(true);
    expect(needsRuns('דוד', latin)).toBe(true);
    expect(needsRuns('محمد', latin)).toBe(true);
  });
});

describe('right-to-left runs', () => {
  it('isolates an all-RTL name: one run, spaces and full stops included, so word order and initials hold', () => {
    expect(shape('דוד כהן')).toEqual([['דוד כהן', 0, true]]);
    expect(shape('ד. כ.')).toEqual([['ד. כ.', 0, true]]);
    expect(shape('م. ع.')).toEqual([['م. ع.', 0, true]]);
    expect(shape('דוד (דודי) כהן')).toEqual([['דוד (דודי) כהן', 0, true]]);
  });

  it('keeps an RTL name inside an English line as one run, the space between its words included', () => {
    expect(shape('Partner B: דוד כהן & Jane Doe')).toEqual([
      ['Partner B: ', 0, false],
      ['דוד כהן', 0, true],
      [' & Jane Doe', 0, false],
    ]);
  });

  it('treats text between isolate marks by its own first strong letter, and drops the marks', () => {
    expect(shape('For \u2068ד. כ.\u2069 today')).toEqual([
      ['For ', 0, false],
      ['ד. כ.', 0, true],
      [' today', 0, false],
    ]);
  });

  it('draws consecutive RTL runs in reverse order, LTR runs in place', () => {
    const runs = [
      { id: 'a', rtl: false },
      { id: 'b', rtl: true },
      { id: 'c', rtl: true },
      { id: 'd', rtl: false },
      { id: 'e', rtl: true },
      { id: 'f', rtl: true },
    ];
    expect(visualOrder(runs).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd', 'f', 'e']);
  });

  it('mirrors brackets in an RTL run, which fontkit reverses without mirroring', () => {
    expect(mirrorBrackets('דוד (דודי) [x] «y»')).toBe('דוד )דודי( ]x[ »y«');
  });
});

describe('right-to-left runs across scripts', () => {
  it('cuts a Hebrew and an Arabic name apart, so each is shaped as its own script, and draws them right to left', () => {
    const runs = splitRuns('דוד כהן & محمد علي', chain);
    expect(runs.map((r) => [r.text, r.rtl])).toEqual([
      ['דוד כהן & ', true],
      ['محمد علي', true],
    ]);
    expect(visualOrder(runs).map((r) => r.text)).toEqual(['محمد علي', 'דוד כהן & ']);
  });
});
