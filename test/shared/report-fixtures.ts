/**
 * A fictional couple's record for the progress-report tests: Zoë Exemple-Dupont (partner A, in
 * recovery from alcohol) and Łukasz Testowy (partner B), seen weekly from January to mid-May
 * 2026, with a plan that has goals in every kind of area the report treats differently.
 *
 * The report period in `fixtureOptions` is March-April 2026, generated on 2026-05-15, so every
 * kind of dated input has entries before, inside and after the period.
 */
import type { ProgressReportOptions } from '@shared/contract/reports';
import type { RatingArea } from '@shared/domain/assessment';
import type { DashboardInput, MeasurementPoint } from '@shared/domain/dashboard/types';
import { addDaysIso } from '@shared/domain/dates';
import { blankPlanDocument, type PlanDocument } from '@shared/domain/plan';
import type { RecoveryDay } from '@shared/domain/progress';
import { recipientPresets } from '@shared/domain/reports/options';
import type { PartnerLike, ProgressReportInput } from '@shared/domain/reports/progress-report';
import { goal, milestone, objective, problemArea } from './plan-fixtures';

export const zoe: PartnerLike = {
  firstName: 'Zoë',
  lastName: 'Exemple-Dupont',
  preferredName: 'Zo',
  inRecovery: true,
  substances: ['alcohol'],
  severity: 'moderate',
  sobrietyDate: '2026-02-01',
};

export const lukasz: PartnerLike = {
  firstName: 'Łukasz',
  lastName: 'Testowy',
  preferredName: null,
  inRecovery: false,
  substances: [],
  severity: null,
  sobrietyDate: null,
};

export const fixtureCouple = {
  displayName: 'Zoë & Łukasz Exemple-Dupont',
  partnerA: zoe,
  partnerB: lukasz,
};

export const ratings = (value: number): Record<RatingArea, number> => ({
  emotional: value,
  physical: value,
  intellectual: value,
  experiential: value,
  trust: value,
  communication: value,
});

/** One measurable milestone under one goal, in one objective. */
function goalWithMilestones(
  key: string,
  description: string,
  milestones: { key: string; description: string; baseline: number | null; target: number | null }[],
) {
  return goal({
    key: `goal:${key}`,
    description,
    objectives: [
      objective({
        key: `obj:${key}`,
        description: `Objective for ${key}`,
        milestones: milestones.map((m) => milestone({ ...m, method: 'therapistEvaluation' })),
      }),
    ],
  });
}

export function fixturePlan(): PlanDocument {
  return {
    ...blankPlanDocument(),
    problemAreas: [
      problemArea({
        key: 'area:trust',
        area: 'trust',
        title: 'Trust',
        goals: [
          // Latest (as of April) at target: met. A worse value on 2026-05-05 comes after the period.
          goalWithMilestones('trust', 'Rebuild trust', [
            { key: 'ms:trust', description: 'Promises kept per week', baseline: 2, target: 5 },
          ]),
          // Mentions sobriety outside the recovery areas: hidden without substance-use details.
          goalWithMilestones('trust-sober', "Trust grows as Zoë's sobriety holds", [
            {
              key: 'ms:trust-sober',
              description: 'Days a week trust is talked about',
              baseline: 0,
              target: 5,
            },
          ]),
        ],
      }),
      problemArea({
        key: 'area:communication',
        area: 'communication',
        title: 'Communication',
        goals: [
          // 2 then 2, 2, 2: the last three never beat the best before them. Stalled.
          goalWithMilestones('talk', 'Talk without blame', [
            { key: 'ms:talk', description: 'Needs stated without blame (0-10)', baseline: 0, target: 6 },
          ]),
        ],
      }),
      problemArea({
        key: 'area:emotional',
        area: 'emotional',
        title: 'Emotional intimacy',
        goals: [
          // Names typed by the clinician into plan text, and a milestone that names the substance.
          goalWithMilestones('feel', 'Zoë and Łukasz share one feeling a day', [
            { key: 'ms:feel', description: 'Feelings shared per week, says Zo', baseline: 1, target: 7 },
            {
              key: 'ms:feel-alcohol',
              description: 'Evenings without alcohol together',
              baseline: 0,
              target: 4,
            },
          ]),
        ],
      }),
      problemArea({
        key: 'area:experiential',
        area: 'experiential',
        title: 'Experiential intimacy',
        goals: [
          goalWithMilestones('evening', 'Plan a weekly evening out', [
            { key: 'ms:evening', description: 'Evenings out per month', baseline: 0, target: 2 },
          ]),
        ],
      }),
      problemArea({
        key: 'area:sexualHealth',
        area: 'sexualHealth',
        title: 'Sexual health',
        goals: [
          // The plan engine's own wording.
          goalWithMilestones(
            'sexual-health',
            'Talk openly about desire, performance worries and how use has affected your sex life',
            [
              {
                key: 'ms:sexual-health',
                description: 'Both partners take part in a sexual-health conversation in session',
                baseline: 0,
                target: 2,
              },
            ],
          ),
        ],
      }),
      problemArea({
        key: 'area:triggers',
        area: 'triggers',
        title: 'Relapse and coping with triggers',
        goals: [
          goalWithMilestones('triggers', 'Partner A: prevent relapse and cope with triggers', [
            {
              key: 'ms:triggers',
              description: "Days per week partner A's coping plan is reviewed",
              baseline: 0,
              target: 5,
            },
          ]),
        ],
      }),
      problemArea({
        key: 'area:aftercare',
        area: 'aftercare',
        title: 'Aftercare',
        goals: [
          goalWithMilestones('aftercare', 'Keep the gains after regular sessions end', [
            {
              key: 'ms:aftercare',
              description: 'Therapist confirms a written aftercare plan',
              baseline: 0,
              target: 1,
            },
          ]),
        ],
      }),
    ],
  };
}

/** Weekly Wednesday sessions 2026-01-07 .. 2026-05-13; A rises, B stays at 4. */
function fixtureSessions(): DashboardInput['sessions'] {
  const sessions: DashboardInput['sessions'] = [];
  for (let week = 0; week < 19; week += 1) {
    const date = addDaysIso('2026-01-07', week * 7);
    const base = {
      id: `session-${week}`,
      date,
      outcome: 'held' as const,
      attendance: { A: 'present' as const, B: 'present' as const },
      checkIn: { A: ratings(Math.min(10, 2 + Math.floor(week / 2))), B: ratings(4) },
    };
    if (date === '2026-03-18') sessions.push({ ...base, outcome: 'noShow', checkIn: { A: null, B: null } });
    else if (date === '2026-04-08')
      sessions.push({ ...base, outcome: 'cancelled', checkIn: { A: null, B: null } });
    else if (date === '2026-04-22')
      sessions.push({
        ...base,
        attendance: { A: 'present', B: 'absent' },
        checkIn: { A: base.checkIn.A, B: null },
      });
    else sessions.push(base);
  }
  return sessions;
}

const measure = (milestoneKey: string, measuredOn: string, value: number): MeasurementPoint => ({
  milestoneKey,
  source: 'therapistEvaluation',
  measuredOn,
  value,
});

function fixtureMeasurements(): MeasurementPoint[] {
  return [
    measure('ms:trust', '2026-02-10', 3),
    measure('ms:trust', '2026-03-20', 5),
    measure('ms:trust', '2026-05-05', 1), // after the period: must not count
    measure('ms:talk', '2026-02-20', 2),
    measure('ms:talk', '2026-03-10', 2),
    measure('ms:talk', '2026-03-31', 2),
    measure('ms:talk', '2026-04-20', 2),
    measure('ms:feel', '2026-04-02', 3),
    measure('ms:triggers', '2026-04-10', 4),
  ];
}

const day = (
  date: string,
  trustDiscussion: boolean | null,
  abstinenceA: RecoveryDay['abstinence']['A'],
  extra: Partial<RecoveryDay> = {},
): RecoveryDay => ({
  date,
  trustDiscussion,
  abstinence: { A: abstinenceA, B: null },
  supportMeeting: null,
  screen: null,
  ...extra,
});

function fixtureCalendar(): RecoveryDay[] {
  return [
    day('2026-02-27', true, 'yes'),
    day('2026-03-02', true, 'yes', { supportMeeting: true }),
    day('2026-03-03', false, 'yes'),
    day('2026-03-04', true, 'no', { screen: 'positive' }),
    day('2026-03-05', null, 'yes', { supportMeeting: true, screen: 'negative' }), // abstinence only
    day('2026-04-10', true, 'unknown'),
    day('2026-05-02', true, 'yes'),
  ];
}

export function fixtureRecord(): DashboardInput {
  return {
    today: '2026-05-15',
    assessments: [
      { assessedOn: '2026-01-05', ratings: { A: ratings(2), B: ratings(3) } },
      { assessedOn: '2026-04-01', ratings: { A: ratings(6), B: ratings(5) } },
    ],
    sessions: fixtureSessions(),
    plan: { document: fixturePlan(), signedAt: '2026-01-10T10:00:00.000Z' },
    planSignings: ['2026-01-10', '2026-04-05'],
    measurements: fixtureMeasurements(),
    calendar: fixtureCalendar(),
    events: [
      { occurredOn: '2026-02-14', kind: 'relapse', partner: 'A' },
      { occurredOn: '2026-03-04', kind: 'relapse', partner: 'A' },
    ],
    openSafetyFlags: 0,
    homework: [],
    maxPoints: 200,
  };
}

export function fixtureOptions(overrides: Partial<ProgressReportOptions> = {}): ProgressReportOptions {
  const preset = recipientPresets.couple;
  return {
    coupleId: '00000000-0000-4000-8000-000000000001',
    from: '2026-03-01',
    to: '2026-04-30',
    recipient: 'couple',
    recipientName: null,
    identifiers: preset.identifiers,
    includeSubstanceUse: preset.includeSubstanceUse,
    sections: { ...preset.sections },
    narrative: 'Zoë and Łukasz Exemple-Dupont kept almost every session.',
    redactions: [],
    recommendations: 'Continue weekly joint sessions with Zoë and Łukasz.',
    overview: null,
    referenceNumber: null,
    details: null,
    ...overrides,
  };
}

export function fixtureInput(overrides: Partial<ProgressReportOptions> = {}): ProgressReportInput {
  return {
    couple: fixtureCouple,
    options: fixtureOptions(overrides),
    dashboardInput: fixtureRecord(),
    generatedOn: '2026-05-15',
  };
}

/**
 * Every string value in the model except the clinician's own narrative and recommendations
 * (copied as written), joined: what a reader of the printed report could see. Keys are left out
 * on purpose ("abstinenceRate" is a field name, not something printed).
 */
export function printedText(
  value: unknown,
  skip: readonly string[] = ['narrative', 'recommendations'],
): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [key, child] of Object.entries(v)) if (!skip.includes(key)) walk(child);
  };
  walk(value);
  return out.join('\n');
}
