import { renderProgressReport } from '@core/reports/progress-report';
import type { RenderedDocument } from '@core/reports/types';
import type { ProgressReportModel } from '@shared/domain/reports/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { bigModel, frame, smallModel } from '../fixtures/progress-report-models';
import { pdfPages, withPdf } from '../support/pdf-text';

/** Whitespace collapsed, so a phrase matches however the PDF broke its lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface Rendered {
  doc: RenderedDocument;
  pages: string[];
}

async function render(model: ProgressReportModel, demo = false): Promise<Rendered> {
  const doc = await renderProgressReport(model, frame(demo));
  return { doc, pages: (await pdfPages(doc.bytes)).map(flat) };
}

const allText = (r: Rendered) => r.pages.join(' ');

/** Every horizontal text run with its position from the top-left of the page, as pdf.js reads it. */
async function textRuns(bytes: Uint8Array) {
  return withPdf(bytes, async (pdf) => {
    const runs: { page: number; str: string; left: number; right: number; baseline: number }[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const height = page.view[3] ?? 792;
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        // Rotated runs (the DEMO watermark, event labels along chart lines) are left out.
        if (b !== 0 || (a ?? 0) <= 0) continue;
        runs.push({
          page: n,
          str: item.str,
          left: e ?? 0,
          right: (e ?? 0) + item.width,
          baseline: height - (f ?? 0),
        });
      }
    }
    return runs;
  });
}

const intlNames = {
  A: 'Zoë Exemple-Dupont de la Montagne-Sainte-Geneviève',
  B: 'Łukasz Przykładowy-Wiśniewski',
  recipient: 'Дарья Примерова and Ελένη Παράδειγμα',
};

function intlModel(): ProgressReportModel {
  const base = smallModel();
  return smallModel({
    coupleLabel: `${intlNames.A} & ${intlNames.B}`,
    partners: {
      A: { position: 'A', name: intlNames.A, recovery: null, status: null },
      B: {
        position: 'B',
        name: intlNames.B,
        recovery: 'In recovery (opioids), severity severe, sober since 2025-12-24',
        status: null,
      },
    },
    recipient: { kind: 'other', label: 'Other', name: intlNames.recipient },
    charts: [
      { label: 'Trust', series: { A: [], B: [] }, target: { A: 8, B: 8 }, markers: [] },
      ...(base.charts ?? []),
    ],
  });
}

function sectionsOff(): ProgressReportModel {
  return smallModel({
    sections: {
      attendance: false,
      goals: false,
      milestones: false,
      charts: false,
      calendar: false,
      questionnaires: false,
    },
    attendance: null,
    goals: null,
    milestones: null,
    charts: null,
    calendar: null,
    narrative: null,
    recommendations: null,
    redisclosureNotice: null,
  });
}

const sectionHeadings = [
  'Attendance',
  'Plan goals and their status',
  'Milestones',
  'Ratings by area',
  'Recovery-calendar adherence',
  'Summary',
  'Recommendations',
];

let small: Rendered;
let smallDemo: Rendered;
let big: Rendered;
let intl: Rendered;
let off: Rendered;

beforeAll(async () => {
  [small, smallDemo, big, intl, off] = await Promise.all([
    render(smallModel()),
    render(smallModel(), true),
    render(bigModel(), true),
    render(intlModel()),
    render(sectionsOff()),
  ]);
}, 60_000);

describe('progress report PDF: frame', () => {
  it('numbers every page "Page x of N" with N the real page count', () => {
    for (const r of [small, big, off]) {
      expect(r.pages).toHaveLength(r.doc.pageCount);
      r.pages.forEach((text, i) => {
        expect(text).toContain(`Page ${i + 1} of ${r.doc.pageCount}`);
      });
    }
  });

  it('prints the letterhead on page 1 and the running header with the couple on later pages', () => {
    expect(small.doc.pageCount).toBeGreaterThan(1);
    const [first, ...rest] = small.pages;
    expect(first).toContain('Example Couples Practice');
    expect(first).toContain('Dana Example-Clinician, LMFT');
    expect(first).toContain('License MFT 00000');
    expect(first).not.toContain('Example Couples Practice · Progress report');
    for (const page of rest) {
      expect(page).toContain('Example Couples Practice · Progress report');
      expect(page).toContain('Alex Example & Sam Example');
    }
  });

  it('marks demo data as DEMO on every page, and real data nowhere', () => {
    for (const page of smallDemo.pages) {
      expect(page).toContain('DEMO: fictional data.');
      expect(page.replace('DEMO: fictional data.', '')).toContain('DEMO');
    }
    for (const page of small.pages) expect(page).not.toContain('DEMO');
  });
});

describe('progress report PDF: identification', () => {
  it('identifies the couple, both partners with the recovery line, period, recipient and date', () => {
    const first = small.pages[0] ?? '';
    expect(first).toContain('Progress report');
    expect(first).toContain('Couple Alex Example & Sam Example');
    expect(first).toContain(
      'Partner A Alex Example In recovery: alcohol; severity moderate. Last recorded use: Feb 14, 2026. In this period: lapse on Feb 14, 2026.',
    );
    expect(first).toContain('Partner B Sam Example');
    expect(first).toContain('Period Jan 1, 2026 to Jun 30, 2026');
    expect(first).toContain('Prepared for The couple: Alex Example and Sam Example');
    expect(first).toContain('Date prepared Jul 1, 2026');
  });

  it('prints accented, Polish, Cyrillic and Greek names exactly as written', () => {
    const text = allText(intl);
    expect(text).toContain(intlNames.A);
    expect(text).toContain(intlNames.B);
    expect(text).toContain(`Prepared for Other: ${intlNames.recipient}`);
  });

  it('signs off with the clinician from the letterhead and a date line', () => {
    const last = small.pages.at(-1) ?? '';
    expect(last).toContain('Dana Example-Clinician, LMFT (license MFT 00000)');
    expect(last).toContain('Date');
  });
});

describe('progress report PDF: redisclosure notice', () => {
  const opening = 'This record which has been disclosed to you is protected by Federal confidentiality rules';

  it('prints the 42 CFR part 2 notice once, on page 1 before the partners’ recovery lines, when the model carries it', () => {
    const first = small.pages[0] ?? '';
    expect(first).toContain(opening);
    // Before the first substance-use detail it protects (the recovery line in the identification).
    expect(first.indexOf(opening)).toBeLessThan(first.indexOf('In recovery'));
    expect(allText(small).split(opening)).toHaveLength(2);
  });

  it('marks every page that shows substance-use information: the full statement on the first, the abbreviated one in the footer of the others', () => {
    const abbreviated = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';
    // What only a report with substance-use details prints: recovery lines, abstinence, relapses.
    const sud = /In recovery|Abstinence|Relapse|Recovery-calendar adherence/;
    const withSud = big.pages.map((page, i) => ({ page, n: i + 1 })).filter(({ page }) => sud.test(page));
    expect(withSud.length).toBeGreaterThan(2);
    const full = big.pages.filter((page) => page.includes(opening));
    expect(full).toHaveLength(1);
    for (const { page, n } of withSud) {
      expect(page.includes(opening) || page.includes(abbreviated), `page ${n}`).toBe(true);
      // Never both: the footer of the page with the full statement does not repeat it.
      expect(page.includes(opening) && page.includes(abbreviated), `page ${n}`).toBe(false);
    }
    // The signature page shows nothing of the kind and says nothing of it.
    const last = big.pages.at(-1) ?? '';
    if (!sud.test(last) && !last.includes('Paragraph')) expect(last).not.toContain('42 CFR');
  });

  it('prints no notice, and no mention of 42 CFR, when the model has none', () => {
    expect(allText(off)).not.toContain(opening);
    expect(allText(off)).not.toContain('42 CFR');
  });
});

describe('progress report PDF: sections', () => {
  it('prints every chosen section under its heading', () => {
    const text = allText(small);
    for (const heading of sectionHeadings) expect(text).toContain(heading);
  });

  it('leaves no heading for a section switched off (null) or clinician text left empty', () => {
    const text = allText(off);
    for (const heading of sectionHeadings) expect(text).not.toContain(heading);
  });

  it('prints no section the options switched off, even if the model still carries its data', async () => {
    const text = allText(
      await render(
        smallModel({
          sections: {
            attendance: false,
            goals: false,
            milestones: false,
            charts: false,
            calendar: false,
            questionnaires: false,
          },
        }),
      ),
    );
    for (const heading of sectionHeadings.slice(0, 5)) expect(text).not.toContain(heading);
    expect(text).toContain('Summary');
  });

  it('says so in a sentence when a chosen section has nothing to show', async () => {
    const empty = await render(
      smallModel({
        attendance: { due: 0, attended: 0, missed: 0, rate: null, byMonth: [] },
        goals: [],
        milestones: [],
        milestoneGroups: [],
        charts: [],
        calendar: [],
      }),
    );
    const text = allText(empty);
    expect(text).toContain('No sessions were due in this period.');
    expect(text).toContain('The treatment plan set no goals for this period.');
    expect(text).toContain('The treatment plan set no milestones for this period.');
    expect(text).toContain('No ratings were recorded in this period.');
    expect(text).toContain('Nothing was recorded on the recovery calendar in this period.');
  });

  it('prints attendance totals and a row per month', () => {
    const text = allText(small);
    expect(text).toContain('Sessions due 24');
    expect(text).toContain('Attendance rate 83%');
    expect(text).toContain('Jan 2026 4 3 75%');
  });

  it('prints goals with their status and milestones with baseline, latest, target, progress and trend', () => {
    const text = allText(small);
    expect(text).toContain('Emotional intimacy Share one appreciation a day Stalled');
    expect(text).toContain(
      'Goal: Goal 1: rebuild physical intimacy Alex Example: Milestone 2: Weekly check-in held 3 5 (Feb 4, 2026) 8 Not yet met Flat; stalled',
    );
    expect(text).toContain('Goal: Goal 2: rebuild trust 1 milestone not yet measured');
  });

  it('draws a chart per area with a legend naming the partners, and an empty chart says so', () => {
    const text = allText(intl);
    expect(text).toContain('No ratings in this period');
    for (const area of ['Trust', 'Emotional intimacy', 'Communication']) expect(text).toContain(area);
    // One legend entry per partner per drawn chart (the empty one has none) plus the introduction.
    const legends = (intlModel().charts ?? []).filter((c) => c.series.A.length > 0).length;
    expect(text.split(intlNames.B).length - 1).toBeGreaterThanOrEqual(legends + 1);
    expect(text).toContain('Relapse (partner A)');
  });

  it('shows abstinence, meetings and screens only when the model carries them, by partner', async () => {
    const withUse = allText(small);
    expect(withUse).toContain('Abstinence, Alex Example');
    // Sam recorded no abstinence: no column of dashes headed with their name.
    expect(withUse).not.toContain('Abstinence, Sam Example');
    expect(withUse).toContain('Support meetings');
    expect(withUse).toContain('Screens (positive)');

    const base = smallModel();
    const without = allText(
      await render(
        smallModel({
          calendar: (base.calendar ?? []).map((m) => ({
            ...m,
            abstinenceRate: null,
            supportMeetings: null,
            screens: null,
          })),
          redisclosureNotice: null,
          partners: { A: { ...base.partners.A, recovery: null }, B: { ...base.partners.B, recovery: null } },
        }),
      ),
    );
    expect(without).toContain('Daily trust discussion');
    // Without substance-use details not even the section's name says "recovery".
    for (const word of ['Abstinence', 'abstinence', 'Support meetings', 'Screens', 'Recovery', 'recovery'])
      expect(without).not.toContain(word);
  });

  it('flows the clinician narrative and recommendations under their headings', () => {
    const text = allText(small);
    expect(text).toContain('Summary Alex and Sam attended consistently');
    expect(text).toContain('Recommendations Continue fortnightly joint sessions');
  });
});

describe('progress report PDF: long reports', () => {
  it('flows two years of data over several pages, each with its footer, losing no row', () => {
    expect(big.doc.pageCount).toBeGreaterThanOrEqual(6);
    big.pages.forEach((page, i) => {
      expect(page).toContain('Confidential: contains protected health information');
      expect(page).toContain(`Page ${i + 1} of ${big.doc.pageCount}`);
    });
    const text = allText(big);
    // Measured milestones each get a row; the unmeasured (every fifth) are counted per goal.
    for (let n = 1; n <= 33; n += 1) if (n % 5 !== 0) expect(text).toContain(`Milestone ${n}:`);
    expect(text).toContain('1 milestone not yet measured');
    expect(text).toContain('Jul 2024 4 4 100%');
    expect(text).toContain('Jun 2026 5 4 80%');
    expect(text).toContain('Paragraph 14.');
  });

  it('repeats a table header on each page the table continues onto', () => {
    const withHeader = big.pages.filter((page) => page.includes('Goal / partner: milestone Baseline'));
    const withRows = big.pages.filter((page) => /Milestone \d+:/.test(page));
    expect(withRows.length).toBeGreaterThan(1);
    expect(withHeader).toHaveLength(withRows.length);
  });

  it('keeps all text inside the margins and clear of the header and footer', async () => {
    for (const r of [big, intl]) {
      const runs = await textRuns(r.doc.bytes);
      expect(runs.length).toBeGreaterThan(100);
      for (const run of runs) {
        const where = `page ${run.page}: "${run.str}"`;
        expect(run.left, where).toBeGreaterThanOrEqual(54 - 0.5);
        expect(run.right, where).toBeLessThanOrEqual(612 - 54 + 0.5);
        // Running header above 54 (page 1: the letterhead, above its rule), content between
        // the margins (78 to 722), footer below 736.
        const inHeader = run.baseline < (run.page === 1 ? 84 : 54);
        const inContent = run.baseline >= 78 && run.baseline <= 722;
        const inFooter = run.baseline > 736;
        expect(inHeader || inContent || inFooter, `${where} at ${run.baseline.toFixed(1)}`).toBe(true);
      }
    }
  });
});
