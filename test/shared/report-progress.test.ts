import { reportRecipients, reportSections } from '@shared/domain/reports/options';
import { buildProgressReport } from '@shared/domain/reports/progress-report';
import { partTwoRedisclosureNotice } from '@shared/domain/reports/redisclosure';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInput, fixtureOptions, fixtureRecord, printedText } from './report-fixtures';

const build = (overrides: Parameters<typeof fixtureInput>[0] = {}) =>
  buildProgressReport(fixtureInput(overrides));
const goalNamed = (model: ReturnType<typeof build>, description: string) =>
  model.goals?.find((g) => g.description === description);

describe('buildProgressReport: header', () => {
  it('titles the report, labels the recipient and copies the period, date, sections and the clinician’s text', () => {
    const model = build({ recipient: 'referringProgramme', recipientName: 'Fictional Recovery Program' });
    expect(model).toMatchObject({
      title: 'Progress report',
      recipient: {
        kind: 'referringProgramme',
        label: 'Referring program',
        name: 'Fictional Recovery Program',
      },
      period: { from: '2026-03-01', to: '2026-04-30' },
      generatedOn: '2026-05-15',
      sections: fixtureOptions().sections,
      narrative: 'Zoë and Łukasz Exemple-Dupont kept almost every session.',
      recommendations: 'Continue weekly joint sessions with Zoë and Łukasz.',
    });
  });
});

describe('buildProgressReport: identifiers', () => {
  it('names partners in full with the preferred name in parentheses, and the couple by display name', () => {
    const model = build({ identifiers: 'full' });
    expect(model.partners.A.name).toBe('Zoë (Zo) Exemple-Dupont');
    expect(model.partners.B.name).toBe('Łukasz Testowy');
    expect(model.coupleLabel).toBe('Zoë & Łukasz Exemple-Dupont');
    expect(goalNamed(model, 'Zoë and Łukasz share one feeling a day')).toBeDefined();
  });

  it('with initials only, names partners and the couple by initials and replaces names typed into plan text and the recipient line', () => {
    const model = build({ identifiers: 'initials', recipientName: 'Zoë Exemple-Dupont and Łukasz Testowy' });
    expect(model.partners.A.name).toBe('Z. E.-D.');
    expect(model.partners.B.name).toBe('Ł. T.');
    expect(model.coupleLabel).toBe('Z. E.-D. & Ł. T.');
    expect(model.recipient.name).toBe('Z. E.-D. and Ł. T.');
    expect(model.goals?.map((g) => g.description)).toContain('Z. E.-D. and Ł. T. share one feeling a day');
    expect(model.milestones?.map((m) => m.description)).toContain('Feelings shared per week, says Z. E.-D.');
    const printed = printedText(model);
    for (const name of ['Zoë', 'Exemple-Dupont', 'Exemple', 'Dupont', 'Zo', 'Łukasz', 'Testowy']) {
      expect(printed).not.toMatch(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u'));
    }
    expect(printed).not.toContain('Zoë & Łukasz Exemple-Dupont');
  });

  it('copies the narrative and recommendations as written, turning names into initials when the report uses them', () => {
    const full = build({ identifiers: 'full' });
    expect(full.narrative).toBe('Zoë and Łukasz Exemple-Dupont kept almost every session.');
    const initials = build({ identifiers: 'initials' });
    expect(initials.narrative).toMatch(/^Z\. E\.-D\. and .+ kept almost every session\.$/);
    for (const text of [initials.narrative, initials.recommendations]) {
      for (const name of ['Zoë', 'Łukasz', 'Exemple', 'Dupont']) expect(text).not.toContain(name);
    }
    expect(initials.recommendations).toMatch(/^Continue weekly joint sessions with /);
  });

  // Letters outside ASCII guarantee a generated name can only appear where the model put it.
  const accented = 'ÀÉÎÕÜŁŽØÇÑàéîõüłžøçñßđ';
  const otherScripts = 'αβγδλμΣΩдежзлмнБГДЖ明华李王欧阳سلمأ';
  const ascii = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letter = fc.constantFrom(...[...accented, ...otherScripts, ...ascii]);
  const special = fc.constantFrom(...[...accented, ...otherScripts]);
  const word = fc
    .tuple(fc.array(letter, { minLength: 1, maxLength: 6 }), special, fc.array(letter, { maxLength: 4 }))
    .map(([head, must, tail]) => [...head, must, ...tail].join(''));
  const name = fc.oneof(
    word,
    fc.tuple(word, word).map(([x, y]) => `${x}-${y}`),
    fc.tuple(word, word).map(([x, y]) => `${x} ${y}`),
  );
  const partner = fc.record({
    firstName: name,
    lastName: name,
    preferredName: fc.option(name, { nil: null }),
  });

  it('with initials only, no first, last, preferred or display name appears anywhere but the narrative (any names)', () => {
    fc.assert(
      fc.property(
        partner,
        partner,
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (A, B, includeSubstanceUse, displayStyle) => {
          const displayName = [
            `${A.firstName} & ${B.firstName}`,
            `The ${A.lastName} household`,
            `${A.lastName} / ${B.lastName}`,
          ][displayStyle] as string;
          const input = fixtureInput({
            identifiers: 'initials',
            includeSubstanceUse,
            recipientName: `${A.firstName} ${A.lastName} (${displayName})`,
          });
          const couple = {
            displayName,
            partnerA: { ...input.couple.partnerA, ...A },
            partnerB: { ...input.couple.partnerB, ...B },
          };
          // Names typed by the clinician into plan text, possessive and all.
          const doc = input.dashboardInput.plan?.document;
          const emotional = doc?.problemAreas.find((a) => a.area === 'emotional')?.goals[0];
          if (!emotional) throw new Error('fixture has an emotional goal');
          emotional.description = `${B.preferredName ?? B.firstName} listens while ${A.lastName}'s day is told (${displayName})`;
          const model = buildProgressReport({ ...input, couple });
          const printed = printedText(model);
          const names = [A.firstName, A.lastName, B.firstName, B.lastName, displayName];
          if (A.preferredName) names.push(A.preferredName);
          if (B.preferredName) names.push(B.preferredName);
          return names.every((n) => !printed.includes(n));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('buildProgressReport: substance-use details left out', () => {
  const model = build({ includeSubstanceUse: false });
  const printed = printedText(model).toLowerCase();

  it('prints none of the substances and no word about relapse, sobriety or abstinence', () => {
    for (const word of ['alcohol', 'relapse', 'sobriety', 'abstinen', 'sober', 'recovery', 'aftercare']) {
      expect(printed).not.toContain(word);
    }
  });

  it('carries no redisclosure notice and no recovery line for either partner', () => {
    expect(model.redisclosureNotice).toBeNull();
    expect(model.partners.A.recovery).toBeNull();
    expect(model.partners.B.recovery).toBeNull();
  });

  it('leaves out the recovery areas, and goals and milestones whose words mention use', () => {
    const goals = model.goals?.map((g) => g.description) ?? [];
    expect(goals).toEqual([
      'Rebuild trust',
      'Talk without blame',
      'Zoë and Łukasz share one feeling a day',
      'Plan a weekly evening out',
    ]);
    expect(model.goals?.map((g) => g.area)).not.toContain('Relapse and coping with triggers');
    const milestones = model.milestones?.map((m) => m.description) ?? [];
    expect(milestones).not.toContain('Evenings without alcohol together');
    expect(milestones).not.toContain('Both partners take part in a sexual-health conversation in session');
    expect(milestones).toHaveLength(4);
  });

  it('judges a goal only by the milestones the report shows', () => {
    expect(goalNamed(model, 'Zoë and Łukasz share one feeling a day')?.detail).toBe(
      '0 of 1 milestone at target',
    );
  });

  it('draws no relapse marker and counts only trust-discussion days in the calendar', () => {
    const kinds = new Set(model.charts?.flatMap((c) => c.markers.map((m) => m.kind)));
    expect(kinds.has('relapse')).toBe(false);
    expect(kinds.has('missedSession')).toBe(true);
    expect(model.calendar).toEqual([
      {
        month: '2026-03',
        daysRecorded: 3,
        trustDiscussionRate: 2 / 3,
        abstinenceRate: null,
        abstinenceUnknown: null,
        supportMeetings: null,
        screens: null,
      },
      {
        month: '2026-04',
        daysRecorded: 1,
        trustDiscussionRate: 1,
        abstinenceRate: null,
        abstinenceUnknown: null,
        supportMeetings: null,
        screens: null,
      },
    ]);
  });

  it('holds for any recipient, identifiers, sections and period (property)', () => {
    const record = fixtureRecord();
    const date = fc.constantFrom(
      '2025-12-01',
      '2026-01-15',
      '2026-03-01',
      '2026-03-04',
      '2026-04-30',
      '2026-06-30',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...reportRecipients),
        fc.constantFrom('full' as const, 'initials' as const),
        fc.record(
          Object.fromEntries(reportSections.map((s) => [s, fc.boolean()])) as Record<
            (typeof reportSections)[number],
            fc.Arbitrary<boolean>
          >,
        ),
        date,
        date,
        (recipient, identifiers, sections, x, y) => {
          const [from, to] = x <= y ? [x, y] : [y, x];
          const options = fixtureOptions({
            recipient,
            identifiers,
            sections,
            from,
            to,
            includeSubstanceUse: false,
          });
          const m = buildProgressReport({ ...fixtureInput(), options, dashboardInput: record });
          const text = printedText(m).toLowerCase();
          return (
            m.redisclosureNotice === null &&
            ['alcohol', 'relapse', 'sobriety', 'abstinen', 'sober'].every((w) => !text.includes(w)) &&
            (m.calendar ?? []).every((c) => c.abstinenceRate === null && c.screens === null)
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('buildProgressReport: substance-use details included', () => {
  const model = build({ includeSubstanceUse: true });

  it('carries the 42 CFR Part 2 redisclosure notice', () => {
    expect(model.redisclosureNotice).toBe(partTwoRedisclosureNotice);
    expect(model.redisclosureNotice).toContain('42 CFR part 2');
  });

  it('gives the recovery line of the partner in recovery from the record, and none for the other', () => {
    // The profile says sober since Feb 1, 2026, but the calendar records use on Mar 4, 2026:
    // the line must not repeat the stale date, and must state the lapse with its date.
    expect(model.partners.A.recovery).toBe(
      'In recovery: alcohol; severity moderate. Last recorded use: Mar 4, 2026. In this period: lapse on Mar 4, 2026. Abstinent 3 of 4 days recorded (75%). 1 day marked unknown, not counted. Support meetings: 2.',
    );
    expect(model.partners.B.recovery).toBeNull();
  });

  it('shows the recovery areas, relapse markers in the period, and full calendar adherence', () => {
    expect(model.goals?.map((g) => g.area)).toEqual(
      expect.arrayContaining(['Relapse and coping with triggers', 'Aftercare', 'Sexual health']),
    );
    const relapses = model.charts?.[0]?.markers.filter((m) => m.kind === 'relapse');
    expect(relapses).toEqual([{ date: '2026-03-04', kind: 'relapse', label: 'Relapse (partner A)' }]);
    expect(model.calendar?.[0]).toEqual({
      month: '2026-03',
      daysRecorded: 4,
      trustDiscussionRate: 2 / 3,
      abstinenceRate: { A: 0.75, B: null },
      abstinenceUnknown: { A: 0, B: 0 },
      supportMeetings: 2,
      screens: { taken: 2, positive: 1 },
    });
  });

  it('has the notice exactly when substance-use details are included (property over options)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(...reportRecipients), (includeSubstanceUse, recipient) => {
        const m = build({ includeSubstanceUse, recipient });
        return (m.redisclosureNotice === partTwoRedisclosureNotice) === includeSubstanceUse;
      }),
      { numRuns: 20 },
    );
  });
});

describe('buildProgressReport: the period', () => {
  const model = build();
  const inPeriod = (date: string) => date >= '2026-03-01' && date <= '2026-04-30';

  it('keeps chart points and markers inside the period only', () => {
    const charts = model.charts ?? [];
    expect(charts.map((c) => c.label)).toEqual([
      'Emotional intimacy',
      'Physical intimacy',
      'Intellectual intimacy',
      'Experiential intimacy',
      'Trust',
      'Communication',
    ]);
    const points = charts.flatMap((c) => [...c.series.A, ...c.series.B]);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => inPeriod(p.date))).toBe(true);
    const trust = charts.find((c) => c.label === 'Trust');
    // The April assessment and the seven sessions with A's check-in (not the no-show or the cancellation).
    expect(trust?.series.A.map((p) => p.date)).toEqual([
      '2026-03-04',
      '2026-03-11',
      '2026-03-25',
      '2026-04-01',
      '2026-04-01',
      '2026-04-15',
      '2026-04-22',
      '2026-04-29',
    ]);
    expect(trust?.markers.map((m) => [m.date, m.kind])).toEqual([
      ['2026-03-04', 'relapse'],
      ['2026-03-18', 'missedSession'],
      ['2026-04-05', 'planChange'],
    ]);
  });

  it('counts attendance over the period: due sessions, attended in full, missed and by month', () => {
    expect(model.attendance).toEqual({
      due: 8,
      attended: 6,
      missed: 2,
      rate: 0.75,
      byMonth: [
        { month: '2026-03', due: 4, attended: 3, rate: 0.75 },
        { month: '2026-04', due: 4, attended: 3, rate: 0.75 },
      ],
    });
  });

  it('keeps calendar months inside the period only', () => {
    expect(model.calendar?.map((c) => c.month)).toEqual(['2026-03', '2026-04']);
  });

  it('gives each milestone’s latest value as of the end of the period, ignoring a later measurement', () => {
    const trust = model.milestones?.find((m) => m.description === 'Promises kept per week');
    expect(trust).toMatchObject({
      goal: 'Rebuild trust',
      baseline: 2,
      latest: { date: '2026-03-20', value: 5 },
      target: 5,
      progress: 1,
    });
  });

  it('speaks as of today when the period ends in the future', () => {
    const early = buildProgressReport({
      ...fixtureInput({ from: '2026-03-01', to: '2026-12-31' }),
      generatedOn: '2026-04-30',
    });
    expect(early.attendance?.byMonth.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    expect(early.milestones?.find((m) => m.description === 'Promises kept per week')?.latest?.value).toBe(5);
    expect(early.period).toEqual({ from: '2026-03-01', to: '2026-12-31' });
  });

  it('prints zero counts and empty lists for chosen sections with nothing in the period', () => {
    const empty = build({ from: '2025-06-01', to: '2025-06-30' });
    expect(empty.attendance).toEqual({ due: 0, attended: 0, missed: 0, rate: null, byMonth: [] });
    expect(empty.charts).toEqual([]);
    expect(empty.calendar).toEqual([]);
    expect(empty.milestones?.every((m) => m.latest === null)).toBe(true);
    expect(empty.goals?.every((g) => g.status === 'notMeasured')).toBe(true);
  });
});

describe('buildProgressReport: goal status', () => {
  const model = build();
  it.each([
    ['Rebuild trust', 'met', '1 of 1 milestone at target'],
    ['Talk without blame', 'stalled', '1 milestone with no recent improvement; 0 of 1 milestone at target'],
    ['Zoë and Łukasz share one feeling a day', 'progressing', '0 of 2 milestones at target'],
    // No milestone measured, but the area's chart has both partners' ratings: judged on those,
    // never "Not yet measured" beside a chart with values.
    [
      'Plan a weekly evening out',
      'met',
      'No milestone measured yet; from the Experiential intimacy ratings: 1 of 1 rating at target',
    ],
    ['Partner A: prevent relapse and cope with triggers', 'progressing', '0 of 1 milestone at target'],
  ])('%s is %s', (description, status, detail) => {
    expect(goalNamed(model, description)).toMatchObject({ status, detail });
  });
});

describe('buildProgressReport: sections', () => {
  const fields = {
    attendance: 'attendance',
    goals: 'goals',
    milestones: 'milestones',
    charts: 'charts',
    calendar: 'calendar',
    questionnaires: 'questionnaires',
  } as const;

  it.each(reportSections)('switching off %s leaves that field null and the others in place', (section) => {
    const sections = { ...fixtureOptions().sections, [section]: false };
    const model = build({ sections });
    expect(model[fields[section]]).toBeNull();
    for (const other of reportSections.filter((s) => s !== section))
      expect(model[fields[other]]).not.toBeNull();
    expect(model.sections[section]).toBe(false);
  });
});
