import { coveredRanges, encodeRanges } from '@core/reports/fonts';
import { renderProgressReport } from '@core/reports/progress-report';
import type { RenderedDocument } from '@core/reports/types';
import { COVERED_RANGES } from '@shared/domain/reports/font-coverage';
import type { ProgressReportModel } from '@shared/domain/reports/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { frame, smallModel } from '../fixtures/progress-report-models';
import { pdfPages } from '../support/pdf-text';

const flat = (text: string) => text.replace(/\s+/g, ' ');

function namedModel(A: string, B: string, recipient: string): ProgressReportModel {
  const base = smallModel();
  return smallModel({
    coupleLabel: `${A} & ${B}`,
    partners: {
      A: { ...base.partners.A, name: A },
      B: { ...base.partners.B, name: B },
    },
    recipient: { kind: 'other', label: 'Other', name: recipient },
  });
}

/** The PDF's embedded font names ("/BaseFont /ABCDEF+NotoSansSC-Regular"), from its uncompressed font dictionaries. */
function embeddedFonts(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...new Set([...text.matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1] ?? ''))];
}

const names = {
  cjk: { A: '王小明', B: '김민준', recipient: '山田 花子 (やまだ はなこ)' },
  rtl: { A: 'דוד כהן', B: 'محمد علي', recipient: 'ד. כ. and م. ع.' },
};

let latin: RenderedDocument;
let cjk: { doc: RenderedDocument; text: string };
let rtl: { doc: RenderedDocument; text: string };

beforeAll(async () => {
  const make = async (model: ProgressReportModel) => {
    const doc = await renderProgressReport(model, frame(false));
    return { doc, text: flat((await pdfPages(doc.bytes)).join(' ')) };
  };
  [latin, cjk, rtl] = await Promise.all([
    renderProgressReport(smallModel(), frame(false)),
    make(namedModel(names.cjk.A, names.cjk.B, names.cjk.recipient)),
    make(namedModel(names.rtl.A, names.rtl.B, names.rtl.recipient)),
  ]);
}, 60_000);

describe('report fonts: any script prints', () => {
  it('prints Chinese, Korean and Japanese names as written (text extraction reads them back)', () => {
    expect(cjk.text).toContain(names.cjk.A);
    expect(cjk.text).toContain(names.cjk.B);
    expect(cjk.text).toContain(`Other: ${names.cjk.recipient}`);
  });

  it('prints Hebrew and Arabic names with their words in order, the space kept, and initials in order', () => {
    expect(rtl.text).toContain(names.rtl.A);
    expect(rtl.text).toContain(names.rtl.B);
    expect(rtl.text).toContain('ד. כ.');
    expect(rtl.text).toContain('م. ع.');
    // The words as they were before the fix: reversed one by one, glued together.
    expect(rtl.text).not.toContain('כהןדוד');
    expect(rtl.text).not.toContain('דודכהן');
  });

  it('embeds the CJK fallbacks as subsets only where a document needs them, and keeps the file small', () => {
    expect(embeddedFonts(latin.bytes).some((name) => name.startsWith('NotoSans'))).toBe(false);
    const fonts = embeddedFonts(cjk.doc.bytes);
    expect(fonts).toContain('NotoSansSC-Regular');
    expect(fonts).toContain('NotoSansKR-Regular');
    // The font files are 6 to 10 MB each: a subset of a few dozen glyphs adds kilobytes.
    expect(cjk.doc.bytes.length - latin.bytes.length).toBeLessThan(150_000);
    expect(embeddedFonts(rtl.doc.bytes).some((name) => name.startsWith('NotoSans'))).toBe(false);
  });

  it("keeps the dialog's table of printable characters equal to what the bundled fonts cover", () => {
    // On failure: run `npx tsx scripts/font-coverage.mjs` after changing a font.
    expect(COVERED_RANGES).toBe(encodeRanges(coveredRanges()));
  });
});
