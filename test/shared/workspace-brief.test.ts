import type { MilestoneProgress } from '@shared/domain/dashboard/types';
import { addDaysIso } from '@shared/domain/dates';
import type { RecoveryDay } from '@shared/domain/progress';
import {
  type BriefHomework,
  type BriefSession,
  briefWindow,
  homeworkDue,
  lastHeldBefore,
  milestonesToRaise,
  partnerGaps,
  recoveryDays,
  sessionBrief,
} from '@shared/domain/workspace/brief';
import { briefLine } from '@shared/domain/workspace/brief-line';
import { sessionWins } from '@shared/domain/workspace/wins';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const session = (
  id: string,
  date: string,
  outcome = 'held',
  startTime: string | null = '10:00',
): BriefSession => ({
  id,
  date,
  startTime,
  outcome,
});
const day = (
  date: string,
  A: RecoveryDay['abstinence']['A'],
  B: RecoveryDay['abstinence']['B'] = null,
): RecoveryDay => ({
  date,
  trustDiscussion: null,
  abstinence: { A, B },
  supportMeeting: null,
  screen: null,
});
const homework = (over: Partial<BriefHomework>): BriefHomework => ({
  id: 'h',
  title: 'Caring days',
  dueDate: '2026-03-10',
  status: 'assigned',
  assignedInSessionId: 'earlier',
  reviewedInSessionId: null,
  reviewedOn: null,
  ...over,
});
function milestone(over: Partial<MilestoneProgress>): MilestoneProgress {
  return {
    key: 'm1',
    description: 'Promises kept per week',
    goal: 'Rebuild trust',
    method: 'count',
    baseline: 1,
    target: 5,
    dueDate: '2026-06-01',
    scale: { unit: 'count', min: 0, max: 7 },
    source: 'entry',
    sourceLabel: 'Entered',
    derived: false,
    measurements: 0,
    fromSource: 0,
    entered: 0,
    outOfRange: [],
    latest: null,
    reachedOn: null,
    progress: null,
    trend: 'insufficient',
    trendSummary: '',
    stalled: false,
    stallReason: null,
    series: [],
    ...over,
  } as MilestoneProgress;
}

const today = session('now', '2026-03-10', 'booked');

describe('the last held session', () => {
  it('is the latest held one before this session, ignoring bookings, cancellations and later sessions', () => {
    const sessions = [
      session('a', '2026-02-24'),
      session('b', '2026-03-03'),
      session('c', '2026-03-05', 'cancelled'),
      session('d', '2026-03-06', 'booked'),
      session('e', '2026-03-17'),
      today,
    ];
    expect(lastHeldBefore(today, sessions)?.id).toBe('b');
  });
  it('counts an earlier session on the same day, not a later one', () => {
    const sessions = [
      session('morning', '2026-03-10', 'held', '08:00'),
      session('evening', '2026-03-10', 'held', '18:00'),
    ];
    expect(lastHeldBefore(today, sessions)?.id).toBe('morning');
  });
  it('is null for a first session, whose window is the week before', () => {
    expect(lastHeldBefore(today, [today])).toBeNull();
    expect(briefWindow(today, null)).toEqual({ from: '2026-03-03', to: '2026-03-09' });
  });
});

describe('recovery days since the last session', () => {
  const window = { from: '2026-03-04', to: '2026-03-09' };
  it('counts kept, use and unrecorded days per tracked partner; a partner never tracked is null', () => {
    const calendar = [
      day('2026-03-04', 'yes'),
      day('2026-03-05', 'no'),
      day('2026-03-06', 'unknown'),
      day('2026-03-08', 'yes'),
      day('2026-03-12', 'no'),
    ];
    expect(recoveryDays(calendar, window)).toEqual({
      A: { kept: 2, use: 1, unrecorded: 3, days: 6 },
      B: null,
    });
  });
  it('always adds up to the days of the window', () => {
    const mark = fc.constantFrom('yes', 'no', 'unknown', null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 15 }), mark, mark), { maxLength: 30 }),
        (entries) => {
          const calendar = entries.map(([offset, A, B]) =>
            day(addDaysIso('2026-03-01', offset), A as 'yes' | null, B as 'yes' | null),
          );
          for (const counts of Object.values(recoveryDays(calendar, window))) {
            if (!counts) continue;
            expect(counts.kept + counts.use + counts.unrecorded).toBe(6);
            expect(counts.days).toBe(6);
          }
        },
      ),
    );
  });
});

describe('homework to review', () => {
  it('is what is due by the session and not reviewed, plus what this session already reviewed', () => {
    const items = [
      homework({ id: 'due', dueDate: '2026-03-09' }),
      homework({ id: 'later', dueDate: '2026-03-20' }),
      homework({ id: 'elsewhere', status: 'done', reviewedInSessionId: 'b', reviewedOn: '2026-03-03' }),
      homework({ id: 'here', status: 'partly', reviewedInSessionId: 'now', reviewedOn: '2026-03-10' }),
      homework({ id: 'new', assignedInSessionId: 'now', dueDate: '2026-03-10' }),
    ];
    expect(homeworkDue(items, today).map((item) => item.id)).toEqual(['due', 'here']);
  });
});

describe('milestones to raise', () => {
  it('lists overdue, stalled and soon-due milestones that are not met', () => {
    const raised = milestonesToRaise(
      [
        milestone({
          key: 'met',
          dueDate: '2026-03-01',
          progress: 1,
          latest: { date: '2026-03-01', value: 5 },
        }),
        milestone({
          key: 'overdue',
          dueDate: '2026-03-01',
          latest: { date: '2026-02-20', value: 2 },
          progress: 0.25,
        }),
        milestone({ key: 'stalled', stalled: true, stallReason: 'No movement in 4 weeks.' }),
        milestone({ key: 'soon', dueDate: '2026-03-20' }),
        milestone({ key: 'far', dueDate: '2026-09-01' }),
      ],
      '2026-03-10',
    );
    expect(raised).toEqual([
      {
        key: 'overdue',
        description: 'Promises kept per week',
        status: 'overdue',
        detail: 'Was due Mar 1, 2026; latest 2, target 5.',
      },
      {
        key: 'stalled',
        description: 'Promises kept per week',
        status: 'stalled',
        detail: 'No movement in 4 weeks.',
      },
      {
        key: 'soon',
        description: 'Promises kept per week',
        status: 'due',
        detail: 'Due Mar 20, 2026; not measured yet.',
      },
    ]);
  });
});

const ratings = (trust: number) => ({
  emotional: 5,
  physical: 5,
  intellectual: 5,
  experiential: 5,
  trust,
  communication: 5,
});

describe('partner gaps', () => {
  const input = {
    assessments: [{ assessedOn: '2026-01-10', ratings: { A: ratings(5), B: ratings(5) } }],
    sessions: [
      {
        id: 's1',
        date: '2026-03-03',
        outcome: 'held' as const,
        attendance: { A: 'present' as const, B: 'present' as const },
        checkIn: { A: ratings(2), B: ratings(7) },
      },
      {
        id: 's2',
        date: '2026-03-17',
        outcome: 'held' as const,
        attendance: { A: 'present' as const, B: 'present' as const },
        checkIn: { A: ratings(6), B: ratings(7) },
      },
    ],
    plan: null,
    maxPoints: 200,
  };
  it('are the areas whose latest ratings up to the session are 3 or more apart', () => {
    expect(partnerGaps(input, '2026-03-10')).toEqual([
      { area: 'trust', label: 'Trust', A: 2, B: 7, gap: 5, date: '2026-03-03' },
    ]);
    // After the later check-in the gap closed: a brief for a later session does not raise it.
    expect(partnerGaps(input, '2026-03-20')).toEqual([]);
  });
});

describe('wins since the last session', () => {
  const names = { A: 'Ösel', B: 'Nami' };
  const noStreak = { days: 0, from: null, to: null };
  const streaks = {
    abstinence: {
      A: { current: { days: 12, from: '2026-02-27', to: '2026-03-09' }, longest: noStreak },
      B: null,
    },
    trustDiscussion: { current: { days: 3, from: '2026-03-07', to: '2026-03-09' }, longest: noStreak },
  };
  it('names milestones reached or improving since then, long streaks and homework reviewed done', () => {
    const wins = sessionWins({
      since: '2026-03-03',
      until: '2026-03-10',
      names,
      streaks,
      milestones: [
        milestone({
          key: 'reached',
          progress: 1,
          latest: { date: '2026-03-08', value: 5 },
          reachedOn: '2026-03-08',
        }),
        milestone({
          key: 'reachedBefore',
          description: 'Date nights a month',
          progress: 1,
          latest: { date: '2026-03-08', value: 5 },
          reachedOn: '2026-02-20',
          trend: 'flat',
        }),
        milestone({
          key: 'improving',
          description: 'Calm conversations a week',
          trend: 'improving',
          progress: 0.5,
          latest: { date: '2026-03-09', value: 3 },
        }),
      ],
      homework: [
        homework({ id: 'done', status: 'done', reviewedInSessionId: 'now', reviewedOn: '2026-03-10' }),
        homework({ id: 'old', title: 'Old', status: 'done', reviewedOn: '2026-03-03' }),
        homework({ id: 'partly', title: 'Partly', status: 'partly', reviewedOn: '2026-03-10' }),
      ],
    });
    expect(wins).toEqual([
      { kind: 'milestoneMet', text: 'Milestone reached: Promises kept per week (now 5).' },
      {
        kind: 'milestoneImproving',
        text: 'Calm conversations a week keeps improving: from 1 at the start to 3 now.',
      },
      { kind: 'streak', text: 'Ösel: 12 days of recovery in a row.' },
      { kind: 'homeworkDone', text: 'Homework done: Caring days.' },
    ]);
  });
  it('is empty when nothing moved', () => {
    expect(
      sessionWins({
        since: '2026-03-03',
        until: '2026-03-10',
        names,
        milestones: [],
        homework: [],
        streaks: { ...streaks, abstinence: { A: null, B: null } },
      }),
    ).toEqual([]);
  });
});

describe('the brief and its one line', () => {
  const flag = { id: 'f' };
  const base = {
    session: today,
    sessions: [session('b', '2026-03-03'), today],
    calendar: [day('2026-03-05', 'no', 'yes'), day('2026-03-06', 'yes', 'yes')],
    milestones: [milestone({ key: 'stalled', stalled: true, stallReason: 'Flat.' })],
    ratings: { assessments: [], sessions: [], plan: null, maxPoints: 200 },
    homework: [homework({ dueDate: '2026-03-09' })],
    safetyFlags: [] as { id: string }[],
    lastNote: { sessionDate: '2026-03-03', plan: '  Practice the time-out plan.  ', homework: 'Caring days' },
  };
  it('gathers the window, homework, milestones and the last note’s plan', () => {
    const brief = sessionBrief(base);
    expect(brief.since).toEqual({ sessionId: 'b', date: '2026-03-03' });
    expect(brief.recovery.A).toEqual({ kept: 1, use: 1, unrecorded: 4, days: 6 });
    expect(brief.lastPlanned).toBe('Practice the time-out plan.');
    expect(briefLine(brief, { A: 'Ösel', B: 'Nami' })).toEqual({
      text: '1 homework item to review · use days: Ösel 1 · 1 milestone stalled',
      safety: false,
    });
  });
  it('puts an open safety flag first', () => {
    const line = briefLine(sessionBrief({ ...base, safetyFlags: [flag] }), { A: 'Ösel', B: 'Nami' });
    expect(line.safety).toBe(true);
    expect(line.text.startsWith('Safety flag open · ')).toBe(true);
  });
  it('says so when nothing is flagged, or when it is the first session', () => {
    const quiet = { ...base, calendar: [], milestones: [], homework: [] };
    expect(briefLine(sessionBrief(quiet), { A: 'A', B: 'B' }).text).toBe('Nothing flagged since Mar 3, 2026');
    expect(briefLine(sessionBrief({ ...quiet, sessions: [today] }), { A: 'A', B: 'B' }).text).toBe(
      'First session',
    );
  });
});
