import {
  cutOffLines,
  describeTrajectory,
  drawnBand,
  noChangeRange,
  partnerSummary,
  scoreTicks,
  trajectoryRows,
} from '@renderer/features/dashboard/questionnaireSeries';
import {
  deteriorationPhrase,
  dueListText,
  duePhrase,
  partnerWord,
  phraseText,
  scoreDates,
} from '@renderer/features/questionnaires/labels';
import {
  answerValues,
  responseFieldOrder,
  unansweredErrors,
} from '@renderer/features/questionnaires/responseValues';
import {
  placeScheduleErrors,
  scheduleEntries,
  scheduleField,
  scheduleGrid,
} from '@renderer/features/questionnaires/scheduleValues';
import type { PartnerTrajectory, Trajectory } from '@shared/contract/questionnaires';
import { epochDay } from '@shared/domain/dates';
import { auditC, type DatedScore, instruments, measureSeries, phq9 } from '@shared/domain/questionnaires';
import { describe, expect, it } from 'vitest';

const names = { A: 'Zoë', B: 'Łukasz' };

/** A partner's trajectory as the core builds it: the domain's series, every score entered by the clinician. */
function partner(
  scores: DatedScore[],
  definition = phq9,
  sex: 'female' | 'male' | 'unspecified' = 'unspecified',
): PartnerTrajectory {
  const series = measureSeries(definition, scores, { sex });
  if (!series) throw new Error('no scores');
  return {
    scores: series.scores.map((s) => ({ ...s, mode: 'clinicianEntered' as const })),
    first: series.first,
    latest: series.latest,
    change: series.change && {
      reliableChange: series.change.reliableChange,
      casenessChange: series.change.casenessChange,
      reliableRecovery: series.change.reliableRecovery,
      difference: series.change.difference,
    },
    band: series.band,
  };
}

function phqTrajectory(A: PartnerTrajectory | null, B: PartnerTrajectory | null): Trajectory {
  return {
    instrument: 'phq9',
    shortName: 'PHQ-9',
    min: 0,
    max: 27,
    threshold: 6,
    cutOff: { A: 10, B: 10 },
    attribution: phq9.attribution,
    partners: { A, B },
  };
}

const improved = partner([
  { date: '2026-09-01', total: 18 },
  { date: '2026-10-06', total: 9 },
]);
const worsened = partner([
  { date: '2026-09-01', total: 3 },
  { date: '2026-09-15', total: 5 },
  { date: '2026-10-06', total: 12 },
]);

describe('the words under a questionnaire chart', () => {
  it('says first → latest, reliable improvement and leaving the clinical range, for each partner', () => {
    const t = phqTrajectory(improved, worsened);
    expect(phraseText(partnerSummary(t, 'A', names))).toBe(
      'Zoë: 18 → 9, reliable improvement; now below the cut-off (10) (reliable recovery)',
    );
    expect(phraseText(partnerSummary(t, 'B', names))).toBe(
      'Łukasz: 3 → 12, reliable deterioration; now at or above the cut-off (10)',
    );
  });

  it('keeps the name apart from the numbers, so a right-to-left name can be isolated', () => {
    const phrase = partnerSummary(phqTrajectory(improved, null), 'A', { A: 'דנה', B: '' });
    expect(phrase.name).toBe('דנה');
    expect(phrase.after.startsWith(': 18 → 9')).toBe(true);
  });

  it('calls a change below the threshold no reliable change, and a case that stays one still above the cut-off', () => {
    const small = partner([
      { date: '2026-09-01', total: 14 },
      { date: '2026-10-06', total: 10 },
    ]);
    expect(phraseText(partnerSummary(phqTrajectory(small, null), 'A', names))).toBe(
      'Zoë: 14 → 10, no reliable change; still at or above the cut-off (10)',
    );
  });

  it('gives one score with its date, and no score as such', () => {
    const once = partner([{ date: '2026-09-01', total: 7 }]);
    const t = phqTrajectory(once, null);
    expect(phraseText(partnerSummary(t, 'A', names))).toBe('Zoë: 7 on Sep 1, 2026, one score so far');
    expect(phraseText(partnerSummary(t, 'B', names))).toBe('Łukasz: no scores yet');
  });

  it('says so where the instrument publishes no reliable-change threshold (AUDIT-C)', () => {
    const drinks = partner(
      [
        { date: '2026-09-01', total: 2 },
        { date: '2026-10-06', total: 6 },
      ],
      auditC,
    );
    const t: Trajectory = {
      ...phqTrajectory(drinks, null),
      instrument: 'auditC',
      shortName: 'AUDIT-C',
      max: 12,
      threshold: null,
      cutOff: { A: 3, B: 4 },
    };
    expect(phraseText(partnerSummary(t, 'A', names))).toBe(
      'Zoë: 2 → 6, no published threshold for reliable change; now at or above the cut-off (3)',
    );
    expect(drawnBand(t, 'A')).toBeNull();
    expect(noChangeRange(t, 'A')).toBeNull();
  });

  it('describes the chart in words for its accessible name', () => {
    const text = describeTrajectory(phqTrajectory(improved, worsened), names);
    expect(text).toContain('PHQ-9, total 0 to 27, higher is worse.');
    expect(text).toContain('Scores from Sep 1, 2026 to Oct 6, 2026.');
    expect(text).toContain('Zoë: 18 → 9, reliable improvement');
    expect(text).toContain('Łukasz’s scores from 0 to 8 are no reliable change from the first.');
    expect(text).toContain('Cut-off 10.');
  });
});

describe('the reliable-change band as drawn', () => {
  it('clips the band to the scale, and says which edge it cut', () => {
    const t = phqTrajectory(improved, worsened);
    // B's first score is 3: the band runs from -3 to 9, drawn from 0.
    expect(drawnBand(t, 'B')).toEqual({
      partner: 'B',
      fromDay: epochDay('2026-09-01'),
      lower: 0,
      upper: 9,
      clipped: { lower: true, upper: false },
    });
    // A's first score is 18: 12 to 24, inside the scale.
    expect(drawnBand(t, 'A')).toMatchObject({
      lower: 12,
      upper: 24,
      clipped: { lower: false, upper: false },
    });
    const high = partner([{ date: '2026-09-01', total: 25 }]);
    expect(drawnBand(phqTrajectory(high, null), 'A')).toMatchObject({
      lower: 19,
      upper: 27,
      clipped: { lower: false, upper: true },
    });
  });

  it('counts the scores within measurement error as whole totals, the edges being reliable change', () => {
    const t = phqTrajectory(improved, worsened);
    expect(noChangeRange(t, 'A')).toBe('13 to 23');
    expect(noChangeRange(t, 'B')).toBe('0 to 8');
  });

  it('has no band for a partner without scores', () => {
    expect(drawnBand(phqTrajectory(improved, null), 'B')).toBeNull();
  });
});

describe('questionnaire chart rows, cut-offs and ticks', () => {
  it('puts both partners’ totals of a date on one row, oldest first', () => {
    const rows = trajectoryRows(phqTrajectory(improved, worsened));
    expect(rows.map((r) => [r.date, r.A, r.B])).toEqual([
      ['2026-09-01', 18, 3],
      ['2026-09-15', null, 5],
      ['2026-10-06', 9, 12],
    ]);
  });

  it('draws one cut-off for both where they share it, one each where they do not (AUDIT-C by sex)', () => {
    const t = phqTrajectory(improved, worsened);
    expect(cutOffLines(t)).toEqual([{ who: 'both', value: 10 }]);
    const split = { ...t, cutOff: { A: 3, B: 4 } };
    expect(cutOffLines(split)).toEqual([
      { who: 'A', value: 3 },
      { who: 'B', value: 4 },
    ]);
    // Only B has scores: B's own cut-off, once.
    expect(cutOffLines({ ...split, partners: { A: null, B: worsened } })).toEqual([
      { who: 'both', value: 4 },
    ]);
  });

  it('ticks each scale in round steps', () => {
    expect(scoreTicks(0, 27)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(scoreTicks(0, 12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(scoreTicks(0, 21)).toEqual([0, 5, 10, 15, 20]);
    expect(scoreTicks(0, 80)).toEqual([0, 20, 40, 60, 80]);
  });
});

describe('questionnaire lines on Today, the brief and the plan review', () => {
  it('names what is due per partner, and "partner A" before the names are known', () => {
    const item = { instrument: 'phq9', partner: 'A', cadence: 'everySession' } as const;
    expect(phraseText(duePhrase(item, names))).toBe('PHQ-9 for Zoë (every session)');
    expect(phraseText(duePhrase(item, undefined))).toBe('PHQ-9 for partner A (every session)');
    expect(partnerWord('B', { A: 'Zoë', B: '  ' })).toBe('partner B');
    expect(
      dueListText([
        { instrument: 'phq9', cadence: 'everySession' },
        { instrument: 'gad7', cadence: 'every2Weeks' },
      ]),
    ).toBe('PHQ-9 (every session), GAD-7 (every 2 weeks)');
  });

  it('says a deterioration as the rise it is, with the dates compared', () => {
    const item = {
      partner: 'A',
      shortName: 'PHQ-9',
      first: { date: '2026-10-01', total: 8 },
      latest: { date: '2026-12-07', total: 15 },
    } as const;
    expect(phraseText(deteriorationPhrase(item, names))).toBe(
      'Zoë’s PHQ-9 rose from 8 to 15: a reliable deterioration',
    );
    expect(scoreDates(item)).toBe('First score Oct 1, 2026, latest Dec 7, 2026');
  });
});

describe('the schedule editor’s values', () => {
  it('turns the grid into entries (not-scheduled left out) and back', () => {
    const entries = [
      { partner: 'A', instrument: 'phq9', cadence: 'everySession' },
      { partner: 'A', instrument: 'auditC', cadence: 'every4Weeks' },
      { partner: 'B', instrument: 'gad7', cadence: 'atReview' },
    ] as const;
    const grid = scheduleGrid(entries);
    expect(grid.A.phq9).toBe('everySession');
    expect(grid.B.phq9).toBe('');
    expect(scheduleEntries(grid)).toEqual(entries);
    expect(scheduleEntries(scheduleGrid([]))).toEqual([]);
  });

  it('puts the core’s error about an entry on that entry’s select', () => {
    const sent = [
      { partner: 'A', instrument: 'phq9', cadence: 'everySession' },
      { partner: 'B', instrument: 'gad7', cadence: 'atReview' },
    ] as const;
    expect(
      placeScheduleErrors({ 'entries.1.cadence': 'Choose how often', entries: 'Too many' }, sent),
    ).toEqual({
      [scheduleField('B', 'gad7')]: 'Choose how often',
      '': 'Too many',
    });
  });
});

describe('the paper entry’s answers', () => {
  it('sends the answers given as numbers and names each question left unanswered', () => {
    const choices = { interest: '2', mood: '0', sleep: '' };
    expect(answerValues('phq9', choices)).toEqual({ interest: 2, mood: 0 });
    const missing = unansweredErrors('phq9', choices);
    expect(Object.keys(missing)).toHaveLength(instruments.phq9.items.length - 2);
    expect(missing['answers.sleep']).toBe('Answer question 3');
    expect(missing['answers.interest']).toBeUndefined();
  });

  it('lists the fields in screen order, the chosen instrument’s items last', () => {
    expect(responseFieldOrder('')).toEqual(['partner', 'instrument', 'answeredOn']);
    expect(responseFieldOrder('auditC')).toEqual([
      'partner',
      'instrument',
      'answeredOn',
      ...auditC.items.map((item) => `answers.${item.id}`),
    ]);
  });
});
