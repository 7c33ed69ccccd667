import { ratingAreas } from '@shared/domain/assessment';
import { ratingsOf } from '@shared/domain/dashboard/areas';
import { milestoneProgress } from '@shared/domain/dashboard/milestones';
import { addDaysIso } from '@shared/domain/dates';
import { type RecoveryDay, streaks, withRecordedRelapses } from '@shared/domain/progress';
import { recipientDetails } from '@shared/domain/reports/details';
import { disorderDiagnoses } from '@shared/domain/reports/icd10';
import { milestoneGroups, milestoneRowStatus } from '@shared/domain/reports/milestone-table';
import { recipientPresets } from '@shared/domain/reports/options';
import { reportPlanGoals } from '@shared/domain/reports/plan-items';
import { buildProgressReport } from '@shared/domain/reports/progress-report';
import { recoveryStatus, usageDates } from '@shared/domain/reports/recovery-status';
import { recoveryStatusLine } from '@shared/domain/reports/recovery-text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInput, fixtureRecord } from './report-fixtures';

const inRecovery = { inRecovery: true, substances: ['alcohol'], severity: 'moderate', sobrietyDate: null };
const mark = (date: string, a: 'yes' | 'no' | 'unknown' | null, meeting = false): RecoveryDay => ({
  date,
  trustDiscussion: null,
  abstinence: { A: a, B: null },
  supportMeeting: meeting,
  screen: null,
});

describe('recovery status', () => {
  it('leaves unknown days out of the abstinent share and counts them apart (0 use, 2 unknown is 100%, not 92%)', () => {
    const calendar = Array.from({ length: 26 }, (_, i) => mark(addDaysIso('2026-03-01', i), 'yes'));
    calendar.push(mark('2026-03-27', 'unknown'), mark('2026-03-28', 'unknown'));
    const status = recoveryStatus(
      inRecovery,
      'A',
      { calendar, events: [] },
      { from: '2026-03-01', asOf: '2026-03-31' },
    );
    expect(status).toMatchObject({ abstinentDays: 26, daysRecorded: 26, unknownDays: 2, abstinentRate: 1 });
    expect(recoveryStatusLine(status as NonNullable<typeof status>)).toContain(
      'Abstinent 26 of 26 days recorded (100%). 2 days marked unknown, not counted.',
    );
  });

  it('calls one day of use a lapse and consecutive days a relapse, with dates, and clips to the period', () => {
    const calendar = [
      mark('2026-02-27', 'no'),
      mark('2026-03-01', 'no'),
      mark('2026-03-02', 'no'),
      mark('2026-03-10', 'yes', true),
      mark('2026-03-20', 'no'),
    ];
    const status = recoveryStatus(
      inRecovery,
      'A',
      { calendar, events: [] },
      { from: '2026-03-01', asOf: '2026-03-31' },
    );
    expect(status?.episodes).toEqual([
      { kind: 'relapse', from: '2026-03-01', to: '2026-03-02', days: 2 },
      { kind: 'lapse', from: '2026-03-20', to: '2026-03-20', days: 1 },
    ]);
    expect(status?.lastUse).toBe('2026-03-20');
    expect(status?.meetings).toBe(1);
  });

  it('says nothing of meetings when no day of the period records them, rather than "0"', () => {
    const period = { from: '2026-03-01', asOf: '2026-03-31' };
    // Meetings withheld (another partner's information) or never tracked: null on every day.
    const calendar = [{ ...mark('2026-03-02', 'yes'), supportMeeting: null }];
    const status = recoveryStatus(inRecovery, 'A', { calendar, events: [] }, period);
    expect(status?.meetings).toBeNull();
    expect(recoveryStatusLine(status as NonNullable<typeof status>)).not.toContain('Support meetings');
    const none = recoveryStatus(
      inRecovery,
      'A',
      { calendar: [mark('2026-03-02', 'yes')], events: [] },
      period,
    );
    expect(recoveryStatusLine(none as NonNullable<typeof none>)).toContain('Support meetings: 0.');
  });

  it('prints "sober since" only while no use is recorded on or after it, events included', () => {
    const partner = { ...inRecovery, sobrietyDate: '2026-01-15' };
    const period = { from: '2026-03-01', asOf: '2026-03-31' };
    const clean = recoveryStatus(partner, 'A', { calendar: [mark('2026-03-02', 'yes')], events: [] }, period);
    expect(clean?.soberSince).toBe('2026-01-15');
    const relapse = { occurredOn: '2026-05-01', kind: 'relapse', partner: 'A' as const };
    expect(recoveryStatus(partner, 'A', { calendar: [], events: [relapse] }, period)?.soberSince).toBeNull();
  });

  it('never states a sobriety date earlier than a use day in the record (property)', () => {
    const day = fc.integer({ min: 0, max: 180 }).map((n) => addDaysIso('2026-01-01', n));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(day, fc.constantFrom('yes', 'no', 'unknown') as fc.Arbitrary<'yes' | 'no' | 'unknown'>),
          {
            maxLength: 40,
          },
        ),
        fc.array(fc.tuple(day, fc.constantFrom<'A' | 'B' | null>('A', 'B', null)), { maxLength: 3 }),
        fc.option(day, { nil: null }),
        day,
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(...(['couple', 'court', 'insurer', 'referringProgramme'] as const)),
        (marks, relapses, sobrietyDate, from, length, recipient) => {
          const input = fixtureInput({
            from,
            to: addDaysIso(from, length),
            recipient,
            includeSubstanceUse: true,
            details: { ...recipientPresets[recipient].details, lapseStatement: true },
          });
          input.generatedOn = '2026-12-31';
          input.couple = { ...input.couple, partnerA: { ...input.couple.partnerA, sobrietyDate } };
          input.dashboardInput = {
            ...input.dashboardInput,
            calendar: marks.map(([date, m]) => mark(date, m)),
            events: relapses.map(([occurredOn, partner]) => ({ occurredOn, kind: 'relapse', partner })),
          };
          const model = buildProgressReport(input);
          const uses = usageDates(input.dashboardInput, 'A');
          const printed = JSON.stringify(model);
          const sober = model.partners.A.status?.soberSince ?? null;
          if (sober !== null && uses.some((u) => u >= sober)) return false;
          // Nor in words: the only "Sober since" printed is the checked one.
          const stated = [...printed.matchAll(/Sober since ([A-Z][a-z]{2} \d{1,2}, \d{4})/g)];
          return stated.length === (sober === null ? 0 : 1);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('goal status and the charts agree', () => {
  it('marks a goal "not yet measured" only when no source holds a value for it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150 }).map((n) => addDaysIso('2025-12-01', n)),
        fc.integer({ min: 0, max: 90 }),
        fc.boolean(),
        fc.boolean(),
        (from, length, dropAssessments, dropSessions) => {
          const to = addDaysIso(from, length);
          const input = fixtureInput({ from, to, includeSubstanceUse: true });
          const record = fixtureRecord();
          if (dropAssessments) record.assessments = [];
          if (dropSessions) record.sessions = [];
          input.dashboardInput = record;
          const model = buildProgressReport(input);
          const asOf = [to, input.generatedOn].sort()[0] ?? to;
          const upTo = {
            assessments: record.assessments.filter((a) => a.assessedOn <= asOf),
            sessions: record.sessions.filter((s) => s.date <= asOf),
            plan: record.plan,
            maxPoints: 200,
          };
          const progress = milestoneProgress({
            ...record,
            today: asOf,
            measurements: record.measurements.filter((m) => m.measuredOn <= asOf),
            calendar: record.calendar.filter((d) => d.date <= asOf),
            ...upTo,
          });
          const goals = reportPlanGoals(record.plan?.document, null);
          for (const goal of model.goals ?? []) {
            if (goal.status !== 'notMeasured') continue;
            const plan = goals.find((g) => g.description === goal.description);
            if (!plan) return false;
            const measured = progress.some((m) => plan.milestoneKeys.includes(m.key) && m.measurements > 0);
            const area = ratingAreas.find((a) => a === plan.area);
            const rated =
              area !== undefined &&
              (ratingsOf(upTo, area, 'A').length > 0 || ratingsOf(upTo, area, 'B').length > 0);
            if (measured || rated) return false;
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('compact milestone table', () => {
  it('says "Met" only when the latest value holds the target, not when an earlier one reached it', () => {
    const latest = (value: number) => ({ date: '2026-03-01', value });
    expect(milestoneRowStatus({ baseline: 2, target: 8, latest: latest(8) })).toBe('met');
    expect(milestoneRowStatus({ baseline: 2, target: 8, latest: latest(7) })).toBe('notMet');
    expect(milestoneRowStatus({ baseline: 8, target: 2, latest: latest(1) })).toBe('met');
    expect(milestoneRowStatus({ baseline: null, target: 8, latest: latest(9) })).toBe('notMet');
    expect(milestoneRowStatus({ baseline: 2, target: 8, latest: null })).toBe('notMeasured');
  });

  it('groups by goal, names the partner per row, counts the unmeasured, and gives no trend under 3 points', () => {
    const model = buildProgressReport(fixtureInput({ includeSubstanceUse: true }));
    const groups = model.milestoneGroups ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      for (const row of group.rows) {
        expect(row.latest).not.toBeNull();
        expect(['Both', model.partners.A.name, model.partners.B.name]).toContain(row.partner);
      }
    }
    const record = fixtureRecord();
    const progress = milestoneProgress({ ...record, today: '2026-04-30' });
    const few = progress.filter((m) => m.measurements > 0 && m.measurements < 3).map((m) => m.description);
    const rows = groups.flatMap((g) => g.rows);
    for (const row of rows.filter((r) => few.includes(r.description))) expect(row.trend).toBe('insufficient');
    const plan = reportPlanGoals(record.plan?.document, null);
    const groupsAgain = milestoneGroups(
      plan,
      new Map(progress.map((m) => [m.key, m])),
      { A: 'A.', B: 'B.' },
      (t) => t,
    );
    const unmeasured = progress.filter((m) => m.latest === null).length;
    expect(groupsAgain.reduce((n, g) => n + g.unmeasured, 0)).toBe(unmeasured);
  });
});

describe('outside-recipient details', () => {
  const extras = {
    startDate: null,
    datesOfBirth: { A: '1985-02-03', B: null },
    services: [
      { date: '2026-03-02', type: 'joint' as const, outcome: 'held' as const },
      { date: '2026-03-09', type: 'individualA' as const, outcome: 'held' as const },
      { date: '2026-03-16', type: 'joint' as const, outcome: 'cancelled' as const },
      { date: '2026-03-23', type: 'joint' as const, outcome: 'noShow' as const },
      { date: '2026-04-30', type: 'joint' as const, outcome: 'booked' as const },
    ],
    assessments: [
      {
        assessedOn: '2026-01-05',
        A: { dsm5Assessed: true, severity: 'moderate' as const, substances: ['Alcohol', 'cannabis'] },
        B: { dsm5Assessed: false, severity: 'none' as const, substances: [] },
      },
    ],
  };
  const base = {
    switches: { ...recipientPresets.insurer.details },
    identifiers: 'full' as const,
    includeSubstanceUse: true,
    substanceUsePartners: ['A', 'B'] as const,
    names: { A: 'Alex Example', B: 'Sam Example' },
    period: { from: '2026-03-01', asOf: '2026-03-31' },
    referenceNumber: 'MBR-000-FICTION',
    extras,
  };

  it('prints the member number, birth date, start, diagnosis with its code, and the sessions by type', () => {
    expect(recipientDetails(base)).toEqual([
      { label: 'Case or member number', value: 'MBR-000-FICTION' },
      { label: 'Date of birth', value: 'Alex Example: Feb 3, 1985' },
      { label: 'Treatment start', value: 'Jan 5, 2026' },
      {
        label: 'Diagnosis (ICD-10-CM)',
        value:
          'Alex Example: Alcohol use disorder, moderate (F10.20); Cannabis use disorder, moderate (F12.20), assessed Jan 5, 2026',
      },
      { label: 'Sessions', value: '2 sessions held: 1 joint, 1 individual; 1 canceled; 1 no-show' },
      { label: 'Dates of service', value: 'Mar 2, Mar 9, 2026' },
    ]);
  });

  it('never prints identifiers with initials, nor the diagnosis without substance-use details', () => {
    const labels = recipientDetails({ ...base, identifiers: 'initials', includeSubstanceUse: false }).map(
      (d) => d.label,
    );
    expect(labels).toEqual(['Treatment start', 'Sessions', 'Dates of service']);
  });

  it('codes mild as F1x.10 and moderate or severe as F1x.20, and nothing unassessed', () => {
    const code = (severity: 'mild' | 'severe', substances: string[]) =>
      disorderDiagnoses({ dsm5Assessed: true, severity, substances }).map((d) => d.code);
    expect(code('mild', ['alcohol'])).toEqual(['F10.10']);
    expect(code('severe', ['heroin', 'fentanyl'])).toEqual(['F11.20']);
    expect(code('mild', ['something else'])).toEqual(['F19.10']);
    expect(disorderDiagnoses({ dsm5Assessed: false, severity: 'severe', substances: ['alcohol'] })).toEqual(
      [],
    );
  });

  it('tells a court without charts about the relapse, and the insurer preset too', () => {
    for (const recipient of ['court', 'insurer'] as const) {
      const sections = { ...recipientPresets[recipient].sections };
      const model = buildProgressReport(
        fixtureInput({ recipient, sections, includeSubstanceUse: true, details: null }),
      );
      expect(model.charts).toBeNull();
      expect(model.lapseStatements?.[0]).toContain('1 lapse in this period (Mar 4, 2026)');
      expect(JSON.stringify(model)).not.toContain('Sober since');
    }
  });
});

describe('review: an episode clipped to the period', () => {
  it('counts only the use days inside the period, so the dates and the day count agree', () => {
    const calendar = ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'].map((d) =>
      mark(d, 'no'),
    );
    const status = recoveryStatus(
      inRecovery,
      'A',
      { calendar, events: [] },
      { from: '2026-03-01', asOf: '2026-03-31' },
    );
    expect(status?.episodes).toEqual([{ kind: 'relapse', from: '2026-03-01', to: '2026-03-02', days: 2 }]);
    expect(recoveryStatusLine(status as NonNullable<typeof status>)).toContain(
      'relapse Mar 1, 2026 to Mar 2, 2026 (2 days)',
    );
  });
});

describe('a relapse recorded as an event on a day the calendar marks abstinent', () => {
  const calendar = Array.from({ length: 10 }, (_, i) => mark(addDaysIso('2026-03-01', i), 'yes'));
  const events = [{ occurredOn: '2026-03-05', kind: 'relapse', partner: 'A' as const }];

  it('counts the day once, as use, never also as abstinent', () => {
    const status = recoveryStatus(
      inRecovery,
      'A',
      { calendar, events },
      { from: '2026-03-01', asOf: '2026-03-10' },
    );
    expect(status).toMatchObject({ abstinentDays: 9, daysRecorded: 10, lastUse: '2026-03-05' });
    expect(status?.episodes).toEqual([{ kind: 'lapse', from: '2026-03-05', to: '2026-03-05', days: 1 }]);
  });

  it('breaks the streak on the calendar every screen reads, and marks no partner the calendar does not track', () => {
    const overlaid = withRecordedRelapses(calendar, [
      ...events,
      { occurredOn: '2026-03-08', kind: 'relapse', partner: null },
      { occurredOn: '2026-03-12', kind: 'relapse', partner: 'A' },
      { occurredOn: '2026-03-09', kind: 'milestone', partner: 'A' },
    ]);
    const marks = Object.fromEntries(overlaid.map((day) => [day.date, day.abstinence]));
    expect(marks['2026-03-05']).toEqual({ A: 'no', B: null });
    // Unattributed: counts for A (tracked), never turns B into a partner in recovery.
    expect(marks['2026-03-08']).toEqual({ A: 'no', B: null });
    expect(marks['2026-03-09']).toEqual({ A: 'yes', B: null });
    // A relapse on a day with no calendar entry is a recorded day of use.
    expect(marks['2026-03-12']).toEqual({ A: 'no', B: null });
    expect(streaks(overlaid, '2026-03-10').abstinence.A?.current).toMatchObject({
      days: 2,
      from: '2026-03-09',
    });
  });
});
