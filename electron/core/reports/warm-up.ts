/**
 * The first report after unlock should cost about what any later one does (issue 16, item 10).
 * Parsing the fonts is only part of a first report's extra cost: the report model, the
 * redaction lexicon's patterns and pdfkit's layout and chart code are compiled on first use.
 * After unlock, once the fonts are parsed, this builds and renders a small progress report
 * for a made-up couple and throws it away, one step per turn of the event loop, so nothing
 * the clinician does waits on it. Nothing is stored, audited or read from the record.
 */

import { errorSummary } from '@core/error-summary';
import { progressReportOptionsSchema } from '@shared/contract/reports';
import { emptyLetterhead } from '@shared/contract/settings';
import type { DashboardInput } from '@shared/domain/dashboard';
import { addDaysIso } from '@shared/domain/dates';
import type { ScoredResponse } from '@shared/domain/questionnaires';
import { buildProgressReport, type PartnerLike } from '@shared/domain/reports/progress-report';
import { scanFreeText } from '@shared/domain/reports/redaction/scan';
import { warmFontsInBackground } from './fonts';
import { renderProgressReport } from './progress-report';

const FROM = '2026-01-05';
const TO = '2026-03-02';
const WEEKS = 8;

const partner = (firstName: string, inRecovery: boolean): PartnerLike => ({
  firstName,
  lastName: 'Warmup',
  preferredName: null,
  inRecovery,
  substances: inRecovery ? ['alcohol'] : [],
  severity: inRecovery ? 'moderate' : null,
  sobrietyDate: null,
});

const ratings = (value: number) => ({
  emotional: value,
  physical: value,
  intellectual: value,
  experiential: value,
  trust: value,
  communication: value,
});

/** Eight weeks of check-ins and a calendar: enough to draw every chart and table once. */
function sampleRecord(): DashboardInput {
  return {
    today: TO,
    assessments: [{ assessedOn: FROM, ratings: { A: ratings(3), B: ratings(4) } }],
    sessions: Array.from({ length: WEEKS }, (_, week) => ({
      id: `00000000-0000-4000-8000-${String(week).padStart(12, '0')}`,
      date: addDaysIso(FROM, week * 7),
      outcome: 'held' as const,
      attendance: { A: 'present' as const, B: 'present' as const },
      cancelledBy: null,
      noticeHours: null,
      checkIn: { A: ratings(3 + (week % 4)), B: ratings(4) },
    })),
    plan: null,
    planSignings: [],
    measurements: [],
    calendar: Array.from({ length: WEEKS * 7 }, (_, day) => ({
      date: addDaysIso(FROM, day),
      trustDiscussion: day % 3 !== 0,
      abstinence: { A: day === 20 ? ('no' as const) : ('yes' as const), B: null },
      supportMeeting: day % 7 === 0,
      screen: null,
    })),
    events: [],
    openSafetyFlags: 0,
    homework: [],
    maxPoints: 200,
  };
}

/** A first and a latest PHQ-9 for each partner: the questionnaires table drawn once. */
const sampleScores: ScoredResponse[] = (['A', 'B'] as const).flatMap((partner) =>
  [FROM, TO].map((answeredOn, i) => ({
    partner,
    instrument: 'phq9' as const,
    answeredOn,
    total: 12 - 4 * i,
    mode: 'privateSelfReport' as const,
  })),
);

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

let synthetic: Promise<void> | null = null;
let latest: Promise<void> = Promise.resolve();

/** The made-up couple's report, once per process: the code it compiles stays compiled. */
function warmSyntheticOnce(): Promise<void> {
  if (synthetic) return synthetic;
  synthetic = (async () => {
    await warmFontsInBackground();
    try {
      await nextTurn();
      const couple = {
        displayName: 'A & B',
        partnerA: partner('Ada', true),
        partnerB: partner('Ben', false),
      };
      scanFreeText(
        [{ id: 'narrative', label: 'Summary', text: 'Ada went to AA on 2026-01-12; call 555 0100.' }],
        {
          partners: {
            A: { ...couple.partnerA, dateOfBirth: null },
            B: { ...couple.partnerB, dateOfBirth: null },
          },
          displayName: couple.displayName,
          recordedSubstances: ['alcohol'],
          today: TO,
        },
      );
      await nextTurn();
      const options = progressReportOptionsSchema.parse({
        coupleId: '00000000-0000-4000-8000-000000000000',
        from: FROM,
        to: TO,
        recipient: 'couple',
        recipientName: null,
        identifiers: 'full',
        includeSubstanceUse: true,
        sections: {
          attendance: true,
          goals: true,
          milestones: true,
          charts: true,
          calendar: true,
          questionnaires: true,
        },
        narrative: null,
        recommendations: null,
      });
      const model = buildProgressReport({
        couple,
        options,
        dashboardInput: sampleRecord(),
        generatedOn: TO,
        questionnaires: sampleScores,
      });
      await nextTurn();
      await renderProgressReport(model, {
        letterhead: emptyLetterhead,
        demo: false,
        generatedAt: new Date(),
      });
    } catch (error) {
      // A warm-up that fails costs the first report its speed, never the clinician a report.
      console.error(`[rekindle] could not warm up the reports: ${errorSummary(error)}`);
    }
  })();
  return synthetic;
}

/**
 * Warms the reports after an unlock: the made-up couple's report once per process, then, on
 * every unlock, `withRecord` when given (the report model over the clinician's own record; it
 * lives with the reports service, which can read it). Resolves when done; failures are logged.
 */
export function warmReportsInBackground(withRecord?: () => Promise<void>): Promise<void> {
  latest = (async () => {
    await warmSyntheticOnce();
    if (!withRecord) return;
    await nextTurn();
    try {
      await withRecord();
    } catch (error) {
      console.error(`[rekindle] could not warm up the reports: ${errorSummary(error)}`);
    }
  })();
  return latest;
}

/** The warm-up started last (for the bench: it stands in for the seconds a clinician takes). */
export function reportsWarmedUp(): Promise<void> {
  return latest;
}
