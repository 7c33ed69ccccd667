import { progressReportOptionsSchema } from '@shared/contract/reports';
import {
  instrumentIds,
  instruments,
  questionnaireTrajectories,
  type ScoredResponse,
} from '@shared/domain/questionnaires';
import { reportDisclosureScopes } from '@shared/domain/reports/disclosure';
import { recipientPresets, reportRecipients, reportSectionLabels } from '@shared/domain/reports/options';
import { buildProgressReport } from '@shared/domain/reports/progress-report';
import { questionnaireTable } from '@shared/domain/reports/questionnaire-table';
import { partTwoRedisclosureNotice } from '@shared/domain/reports/redisclosure';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInput, fixtureOptions, printedText } from './report-fixtures';

/**
 * The fixture couple (report-fixtures.ts): Zoë (A, in recovery from alcohol) and Łukasz (B, not
 * in recovery); the period is March-April 2026, generated on 2026-05-15.
 */
const scored = (
  partner: 'A' | 'B',
  instrument: ScoredResponse['instrument'],
  answeredOn: string,
  total: number,
  mode: ScoredResponse['mode'] = 'privateSelfReport',
): ScoredResponse => ({ partner, instrument, answeredOn, total, mode });

const responses: ScoredResponse[] = [
  // Zoë's PHQ-9: 16 at intake, 8 by the end of April (a reliable improvement out of the clinical
  // range); a 20 after the period must not count.
  scored('A', 'phq9', '2026-01-05', 16),
  scored('A', 'phq9', '2026-03-10', 12),
  scored('A', 'phq9', '2026-04-20', 8),
  scored('A', 'phq9', '2026-05-10', 20),
  // Łukasz's PHQ-9: 6, then 14 entered by the clinician in April (a reliable deterioration into it).
  scored('B', 'phq9', '2026-01-05', 6),
  scored('B', 'phq9', '2026-04-15', 14, 'clinicianEntered'),
  // Answered only before the period, and only after it: no row for either.
  scored('B', 'gad7', '2026-02-01', 12),
  scored('A', 'gad7', '2026-05-05', 3),
  // AUDIT-C, substance-use information: Zoë's two scores, Łukasz's one.
  scored('A', 'auditC', '2026-01-05', 6),
  scored('A', 'auditC', '2026-04-01', 2),
  scored('B', 'auditC', '2026-03-15', 4),
];

const build = (overrides: Parameters<typeof fixtureOptions>[0] = {}, given = responses) =>
  buildProgressReport({ ...fixtureInput(overrides), questionnaires: given });

const rowOf = (model: ReturnType<typeof build>, instrument: string, partner: string) =>
  model.questionnaires?.rows.find((r) => r.instrument === instrument && r.partner === partner);

const ZOE = 'Zoë (Zo) Exemple-Dupont';
const LUKASZ = 'Łukasz Testowy';

describe('the questionnaires section: options', () => {
  it('is on by default for the couple only', () => {
    expect(reportSectionLabels.questionnaires).toBe('Validated questionnaires');
    for (const recipient of reportRecipients) {
      expect(recipientPresets[recipient].sections.questionnaires, recipient).toBe(recipient === 'couple');
    }
  });

  it('reads options stored before the section existed as off', () => {
    const { sections, ...rest } = fixtureOptions();
    const { questionnaires: _dropped, ...older } = sections;
    const parsed = progressReportOptionsSchema.parse({ ...rest, sections: older });
    expect(parsed.sections.questionnaires).toBe(false);
    expect(parsed.sections.charts).toBe(true);
  });

  it('asks a consent to cover use data when the table is chosen (AUDIT-C scores are use data)', () => {
    const none = { attendance: false, goals: false, milestones: false, charts: false, calendar: false };
    expect(reportDisclosureScopes({ sections: { ...none, questionnaires: false } })).not.toContain('useData');
    expect(reportDisclosureScopes({ sections: { ...none, questionnaires: true } })).toContain('useData');
  });

  it('is null when switched off, whatever was answered', () => {
    const model = build({ sections: { ...fixtureOptions().sections, questionnaires: false } });
    expect(model.questionnaires).toBeNull();
    expect(printedText(model)).not.toMatch(/PHQ-9|AUDIT-C|Pfizer/);
  });
});

describe('the questionnaires section: rows as of the period’s end', () => {
  const model = build();

  it('gives first and latest score as of the period’s end, with band, change, cut-off and who gave it', () => {
    expect(rowOf(model, 'phq9', ZOE)).toEqual({
      instrument: 'phq9',
      shortName: 'PHQ-9',
      partner: ZOE,
      first: { date: '2026-01-05', total: 16, band: 'Moderately severe' },
      // Not the 20 of May 10, after the period.
      latest: { date: '2026-04-20', total: 8, band: 'Mild', mode: 'privateSelfReport' },
      change: 'reliableImprovement',
      difference: -8,
      caseness: 'noLongerAtOrAbove',
      cutOff: 10,
    });
    expect(rowOf(model, 'phq9', LUKASZ)).toMatchObject({
      first: { date: '2026-01-05', total: 6, band: 'Mild' },
      latest: { date: '2026-04-15', total: 14, band: 'Moderate', mode: 'clinicianEntered' },
      change: 'reliableDeterioration',
      difference: 8,
      caseness: 'newlyAtOrAbove',
    });
  });

  it('has a row only for what a partner answered inside the period', () => {
    expect(rowOf(model, 'gad7', LUKASZ)).toBeUndefined();
    expect(rowOf(model, 'gad7', ZOE)).toBeUndefined();
    expect(model.questionnaires?.rows.map((r) => `${r.shortName} ${r.partner}`)).toEqual([
      `PHQ-9 ${ZOE}`,
      `PHQ-9 ${LUKASZ}`,
      `AUDIT-C ${ZOE}`,
      `AUDIT-C ${LUKASZ}`,
    ]);
  });

  it('states AUDIT-C’s change without a judgment, and a single score as one score', () => {
    expect(rowOf(model, 'auditC', ZOE)).toMatchObject({
      change: 'noPublishedThreshold',
      difference: -4,
      first: { total: 6, band: null },
      caseness: 'noLongerAtOrAbove',
      cutOff: 3,
    });
    expect(rowOf(model, 'auditC', LUKASZ)).toMatchObject({
      change: 'oneScore',
      difference: null,
      caseness: 'atOrAbove',
    });
  });

  it('states each instrument’s threshold and cut-off with its source, and its attribution once', () => {
    const q = model.questionnaires;
    expect(q?.basis.map((b) => b.shortName)).toEqual(['PHQ-9', 'AUDIT-C']);
    expect(q?.basis[0]?.text).toContain('reliable change is a change of 6 points or more (McMillan D');
    expect(q?.basis[0]?.text).toContain('cut-off 10 or more (Kroenke');
    expect(q?.basis[1]?.text).toContain('no published reliable-change threshold');
    expect(q?.basis[1]?.text).toContain('cut-off 3 or more, the lower published cut-off');
    expect(q?.attributions).toEqual([
      { shortNames: ['PHQ-9'], text: instruments.phq9.attribution },
      { shortNames: ['AUDIT-C'], text: instruments.auditC.attribution },
    ]);
    // GAD-7 shares the PHQ-9's attribution: named together, printed once.
    const both = build({}, [...responses, scored('B', 'gad7', '2026-04-15', 9)]).questionnaires;
    expect(both?.attributions[0]).toEqual({
      shortNames: ['PHQ-9', 'GAD-7'],
      text: instruments.phq9.attribution,
    });
  });

  it('never carries an item’s answer, PHQ-9 item 9 included', () => {
    const withAnswers = responses.map((r) => ({
      ...r,
      answers: { selfHarmThoughts: 2, interest: 3 },
      riskAnswers: [{ itemId: 'selfHarmThoughts', text: 'Thoughts that you would be better off dead' }],
    }));
    const text = printedText(build({}, withAnswers));
    expect(text).not.toMatch(/better off dead|selfHarmThoughts|hurting yourself/);
  });

  it('has no rows, and says nothing of any instrument, for a period nothing was answered in', () => {
    const empty = build({ from: '2026-03-01', to: '2026-03-05' });
    expect(empty.questionnaires).toEqual({ rows: [], basis: [], attributions: [], showsSubstanceUse: false });
  });

  it('names partners by initials when the report uses them', () => {
    const initials = build({ identifiers: 'initials' });
    expect(initials.questionnaires?.rows.map((r) => r.partner)).toEqual([
      'Z. E.-D.',
      'Ł. T.',
      'Z. E.-D.',
      'Ł. T.',
    ]);
  });
});

describe('the questionnaires section: AUDIT-C is substance-use information', () => {
  it('prints no AUDIT-C row, line or attribution without substance-use details', () => {
    const model = build({ includeSubstanceUse: false });
    expect(model.questionnaires?.rows.map((r) => r.instrument)).toEqual(['phq9', 'phq9']);
    expect(model.questionnaires?.showsSubstanceUse).toBe(false);
    const text = printedText(model).toLowerCase();
    for (const word of ['audit-c', 'alcohol', 'bush k']) expect(text).not.toContain(word);
    expect(model.redisclosureNotice).toBeNull();
  });

  it('prints a partner’s AUDIT-C only with that partner’s details, and then the notice', () => {
    const onlyZoe = build({ includeSubstanceUse: true, substanceUseOf: { A: true, B: false } });
    expect(
      onlyZoe.questionnaires?.rows.filter((r) => r.instrument === 'auditC').map((r) => r.partner),
    ).toEqual([ZOE]);
    expect(onlyZoe.questionnaires?.showsSubstanceUse).toBe(true);
    expect(onlyZoe.redisclosureNotice).toBe(partTwoRedisclosureNotice);
  });

  it('makes a partner not in recovery one whose substance-use details (and consent) the report involves', () => {
    // Only Łukasz's AUDIT-C is in the period: the report shows his substance-use information.
    const onlyLukasz = [scored('B', 'phq9', '2026-04-15', 14), scored('B', 'auditC', '2026-03-15', 4)];
    const shown = build({ includeSubstanceUse: true, substanceUseOf: { A: false, B: true } }, onlyLukasz);
    expect(shown.questionnaires?.rows.map((r) => `${r.shortName} ${r.partner}`)).toEqual([
      `PHQ-9 ${LUKASZ}`,
      `AUDIT-C ${LUKASZ}`,
    ]);
    expect(shown.redisclosureNotice).toBe(partTwoRedisclosureNotice);
    const left = build({ includeSubstanceUse: true, substanceUseOf: { A: false, B: false } }, onlyLukasz);
    expect(left.questionnaires?.rows.map((r) => r.instrument)).toEqual(['phq9']);
  });
});

describe('the questionnaires section: the same change as the screens', () => {
  const dates = [
    '2025-12-20',
    '2026-01-05',
    '2026-02-10',
    '2026-03-01',
    '2026-03-20',
    '2026-04-30',
    '2026-05-10',
  ];
  const response = fc
    .record({
      partner: fc.constantFrom('A' as const, 'B' as const),
      instrument: fc.constantFrom(...instrumentIds),
      answeredOn: fc.constantFrom(...dates),
      mode: fc.constantFrom('privateSelfReport' as const, 'clinicianEntered' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ fraction, ...r }): ScoredResponse => {
      const { min, max } = instruments[r.instrument];
      return { ...r, total: Math.round(min + fraction * (max - min)) };
    });

  it('classifies every row as questionnaireTrajectories does as of the period’s end, and leaves none out (property)', () => {
    fc.assert(
      fc.property(
        fc.array(response, { maxLength: 24 }),
        fc.constantFrom(...dates),
        fc.constantFrom(...dates),
        (given, x, y) => {
          const [from, to] = x <= y ? [x, y] : [y, x];
          const period = { from, to, asOf: to };
          const table = questionnaireTable(given, period, { A: 'A', B: 'B' }, ['A', 'B']);
          const trajectories = questionnaireTrajectories(given, to);
          const expected = trajectories.flatMap((t) =>
            (['A', 'B'] as const).flatMap((p) => {
              const mine = t.partners[p];
              const inPeriod = given.some(
                (r) =>
                  r.instrument === t.instrument &&
                  r.partner === p &&
                  r.answeredOn >= from &&
                  r.answeredOn <= to,
              );
              if (!mine || !inPeriod) return [];
              return [
                {
                  instrument: t.instrument,
                  partner: p,
                  first: mine.first,
                  latest: mine.latest,
                  change: mine.change?.reliableChange ?? 'oneScore',
                  mode: mine.scores.at(-1)?.mode,
                },
              ];
            }),
          );
          expect(
            table.rows.map((r) => ({
              instrument: r.instrument,
              partner: r.partner,
              first: { date: r.first.date, total: r.first.total },
              latest: { date: r.latest.date, total: r.latest.total },
              change: r.change,
              mode: r.latest.mode,
            })),
          ).toEqual(expected);
          // Nothing after the period's end is ever the latest score.
          expect(table.rows.every((r) => r.latest.date <= to && r.latest.date >= from)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
