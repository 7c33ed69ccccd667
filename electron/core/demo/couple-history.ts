/**
 * One demo couple's months in therapy, as a sequence of dated steps: referral, intake
 * session and assessment, a signed plan from the engine's proposal, weekly sessions with
 * signed notes, the couple's logs and journals, the therapist's evaluations, the recovery
 * calendar a month at a time, and a plan review about every six weeks.
 *
 * Each step runs at its own moment: the orchestrator merges all couples' steps in time
 * order and moves the core's clock to each step's moment before running it, so every record
 * is stamped as if it had been written then. Everything goes through the core's public API.
 */
import type { Channel, Input, Output } from '../../../shared/contract';
import type { Ratings, SafetyFlag } from '../../../shared/contract/assessments';
import type { HomeworkOption, HomeworkReviewStatus, HomeworkWho } from '../../../shared/contract/homework';
import type { PlanVersion } from '../../../shared/contract/plans';
import type { CalendarDayInput } from '../../../shared/contract/progress';
import type { SessionInput } from '../../../shared/contract/sessions';
import { NOT_SEEN_AFTER_DAYS } from '../../../shared/domain/agenda';
import type { SafetyItemId } from '../../../shared/domain/assessment';
import { daysBetweenIso } from '../../../shared/domain/dates';
import { addDays, hhmm, hoursBefore, isoDay } from './clock';
import { Course, type Relapse } from './course';
import {
  type Climb,
  climbValue,
  kinderView,
  type MeasuredMilestone,
  type MeasurePlan,
  measurePlan,
  reached,
  stalledValue,
} from './measures';
import { DEMO_CLINICIAN } from './names';
import { type AssignedHomework, type DemoSessionType, demoNote, type NoteContext } from './note-text';
import { interventionsUsed, objectiveProgress } from './plan-links';
import { Rng } from './prng';
import { assessmentInput, type CoupleProfile, coupleInput, type Position } from './profile';
import { acceptAll, reviseDocument } from './revise';
import { coupleSteps, type Step } from './steps';

/** The core's API as the generator uses it: a value, or an exception naming the channel. */
export interface DemoApi {
  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

/** What the practice holds, counted as it is written. */
export interface DemoTally {
  couples: number;
  sessions: {
    /** Bookings made (`sessions:book`); each is later held, canceled, a no-show, or still booked. */
    booked: number;
    held: number;
    /** Every cancellation, the late ones and the clinician's included. */
    cancelled: number;
    /** Canceled by a partner with under 24 hours' notice: due and missed in attendance. */
    lateCancellations: number;
    clinicianCancellations: number;
    noShow: number;
    /** Past bookings whose outcome was left unrecorded (Today's "to record"). */
    toRecord: number;
    /** Bookings from today on (today's agenda and the week ahead). */
    ahead: number;
  };
  notes: { signed: number; draft: number };
  assessments: number;
  planVersions: number;
  measurements: number;
  calendarDays: number;
  relapses: number;
  homework: { assigned: number; done: number; partly: number; notDone: number };
  events: number;
  safetyFlags: { raised: number; resolved: number };
}

export function emptyTally(): DemoTally {
  return {
    couples: 0,
    sessions: {
      booked: 0,
      held: 0,
      cancelled: 0,
      lateCancellations: 0,
      clinicianCancellations: 0,
      noShow: 0,
      toRecord: 0,
      ahead: 0,
    },
    notes: { signed: 0, draft: 0 },
    assessments: 0,
    planVersions: 0,
    measurements: 0,
    calendarDays: 0,
    relapses: 0,
    homework: { assigned: 0, done: 0, partly: 0, notDone: 0 },
    events: 0,
    safetyFlags: { raised: 0, resolved: 0 },
  };
}

export interface HistoryOptions {
  api: DemoApi;
  profile: CoupleProfile;
  seed: string | number;
  /** The end of history: nothing is dated after it. */
  present: Date;
  /** Library ids of touch and conflict exercises (not while a safety flag is open). */
  isSensitive(libraryId: string): boolean;
  tally: DemoTally;
}

const REVIEW_WEEKS = 6;
/** Canceled by the couple with a day's notice or more. */
const CANCEL_REASONS = [
  'One partner unwell; called ahead',
  'Travel for a family event',
  'Childcare fell through; called ahead',
  'Work shift changed; called ahead',
] as const;
/** Canceled by the couple with under 24 hours' notice: counted as missed. */
const LATE_CANCEL_REASONS = [
  'Called the morning of the session: childcare fell through',
  'Called an hour before: work shift changed at short notice',
  'Message the same day: one partner woke up unwell',
] as const;
const CLINICIAN_CANCEL_REASONS = [
  'Therapist unwell; rebooked for the following week',
  'Therapist at a training day (fictional); rebooked',
] as const;
const NO_SHOW_REASONS = [
  'Did not attend; no message left',
  'Forgot the appointment; reminder sent',
  'Did not attend; said later they had overslept',
] as const;
const HOMEWORK_INSTRUCTIONS = [
  'Ten minutes on weekday evenings; bring the sheet next week.',
  'Pick a calm moment, not right after an argument.',
  'Swap who starts each time.',
  'Write one line about how it went each day.',
] as const;
const REVIEW_COMMENTS: Record<HomeworkReviewStatus, readonly string[]> = {
  done: ['Did it most evenings.', 'Easier in the second half of the week.', 'Both said it helped.'],
  partly: ['Managed it twice; the weekend got busy.', 'Started well, then skipped after a hard day.'],
  notDone: ['A hard week at work; agreed on a shorter version.', 'Forgot until the night before.'],
};
const RESOLUTION =
  'Safety plan in place and reviewed with each partner separately; no further risk reported at two follow-ups (demo).';

type Attendance = SessionInput['attendance']['A'];
type Place = SessionInput['place'];

/** A session booked ahead; `id` is the core's, set when the booking step runs. */
interface Booking {
  date: string;
  type: DemoSessionType;
  /** Minutes after midnight. */
  start: number;
  duration: number;
  place: Place;
  id: string;
}

/** The day's usual appointment times; a couple meeting today is given one before or after "now". */
const DAY_SLOTS = [9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 16 * 60, 17 * 60 + 30] as const;

/**
 * Today's start for the couple `ordinal` among those meeting today: alternately one already
 * over (not recorded yet) and one still to come, so Today reads as a day under way. Null when
 * the present leaves no such slot (early morning, late evening): the usual time stays.
 */
function todayStart(present: Date, ordinal: number, duration: number): number | null {
  const now = present.getHours() * 60 + present.getMinutes();
  if (ordinal % 2 === 0) return DAY_SLOTS.filter((s) => s + duration <= now).at(-(ordinal / 2) - 1) ?? null;
  return DAY_SLOTS.filter((s) => s > now)[(ordinal - 1) / 2] ?? null;
}

/** ISO dates compare as strings. */
const earlierDate = (a: string, b: string) => (a <= b ? a : b);
const laterDate = (a: string, b: string) => (a >= b ? a : b);

function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function* coupleHistory(o: HistoryOptions): Generator<Step, void, undefined> {
  const { api, profile: p, tally } = o;
  const today = isoDay(o.present);
  const yesterday = addDays(today, -1);
  const rng = Rng.for(o.seed, 'history', p.index);
  const noteRng = Rng.for(o.seed, 'notes', p.index);
  const hwRng = Rng.for(o.seed, 'homework', p.index);
  const valueRng = Rng.for(o.seed, 'values', p.index);
  const roles = p.roles;

  const step = coupleSteps(o.present);

  const start = p.startDate;
  const planDay = addDays(start, rng.int(1, 2));
  const course = new Course(p, planDay);
  const recovering = (['A', 'B'] as const).filter((x) => p.partners[x].inRecovery);
  let featuredRelapse: Relapse | null = null;
  if (roles.has('relapse')) {
    featuredRelapse = { date: addDays(today, -rng.int(5, 12)), partner: rng.pick(recovering) };
    course.relapses.push(featuredRelapse);
  } else if (p.extraRelapse) {
    const span = daysBetweenIso(addDays(start, 21), addDays(today, -14));
    if (span > 0)
      course.relapses.push({ date: addDays(start, 21 + rng.int(0, span)), partner: rng.pick(recovering) });
  }
  const stallFrom = roles.has('stall') || p.extraStall ? addDays(today, -REVIEW_WEEKS * 7) : null;
  const missRate = roles.has('stall') || roles.has('unsignedNote') ? 0.03 : p.missRate;
  const trustTracking =
    p.partners.A.trustHistory.length + p.partners.B.trustHistory.length > 0 || rng.chance(0.3);
  const codependent = p.partners.A.codependency.length + p.partners.B.codependency.length > 0;
  const screenDay = rng.int(0, 6);
  const journalPick = rng.int(0, 2);
  const names = { A: p.partners.A.identity.firstName, B: p.partners.B.identity.firstName };
  const inRecovery = { A: p.partners.A.inRecovery, B: p.partners.B.inRecovery };

  // State as history unfolds.
  let coupleId = '';
  let plan: PlanVersion | null = null;
  let measures: MeasurePlan | null = null;
  let revisions = 0;
  let inMaintenance = false;
  const openFlags: string[] = [];
  /** A flag raised by a note's risk review (its id is not returned; it stays open). */
  let noteFlagOpen = false;
  const flagged = () => openFlags.length > 0 || noteFlagOpen;
  let calendarSavedThrough = planDay;
  const calendarFrom = addDays(planDay, 1);
  const latestValue = new Map<string, number>();
  const bestBeforeStall = new Map<string, number>();
  const celebrated = new Set<string>();
  const confirmed = new Set<string>();
  const observed = new Map<string, number>();
  const reportedLapses = new Set<Relapse>();
  let lastHeld = start;
  let lastProgress = 0;
  let evaluations = 0;

  const lastUseOn = (date: string): Record<Position, string | null> => {
    const lastUse = (x: Position) => {
      const partner = p.partners[x];
      if (!partner.inRecovery || !partner.sobrietyDate) return null;
      return course.lastRelapse(x, date)?.date ?? addDays(partner.sobrietyDate, -1);
    };
    return { A: lastUse('A'), B: lastUse('B') };
  };

  const ratingsOn = (date: string): Record<Position, Ratings> => ({
    A: course.ratings('A', date, rng),
    B: course.ratings('B', date, rng),
  });

  let options: { key: string; items: HomeworkOption[] } | null = null;
  /** Homework assigned and not reviewed yet, oldest first. */
  const outstanding: (AssignedHomework & { id: string; assignedOn: string })[] = [];

  /** How a homework went, more often done as the couple progresses, less after a lapse. */
  const reviewOutcome = (level: number, lapse: boolean): HomeworkReviewStatus => {
    const done = Math.max(0.1, 0.3 + 0.55 * level - (lapse ? 0.25 : 0));
    return hwRng.weighted([
      ['done', done],
      ['partly', (1 - done) * 0.55],
      ['notDone', (1 - done) * 0.45],
    ]);
  };

  /**
   * New homework from what the core offers now: the plan's allowed interventions, or with a
   * safety flag open the individual alternatives to the blocked ones; for an individual
   * session, only what that partner can do alone. One, sometimes two; due at the next session.
   */
  const assignHomework = async (
    sessionId: string,
    type: DemoSessionType,
    date: string,
  ): Promise<AssignedHomework[]> => {
    // What can be assigned changes only with the plan version and the safety flag: asked again then.
    const key = `${(plan as PlanVersion | null)?.id ?? ''} ${flagged()}`;
    if (options?.key !== key)
      options = { key, items: (await api.ok('homework:options', { coupleId })).items };
    const { items } = options;
    const alone: HomeworkWho | null =
      type === 'individualA' ? 'partnerA' : type === 'individualB' ? 'partnerB' : null;
    const fits = (option: HomeworkOption) =>
      option.allowed && (alone === null || option.who === alone || (option.who === 'both' && !option.joint));
    const fromPlan = items.filter((option) => option.source === 'plan' && fits(option));
    const instead = new Set(
      items
        .filter((option) => option.source === 'plan' && !option.allowed)
        .flatMap((option) => option.alternatives.map((a) => a.libraryId)),
    );
    const alternatives = items.filter(
      (option) =>
        option.source === 'library' &&
        option.libraryId !== null &&
        instead.has(option.libraryId) &&
        fits(option),
    );
    const candidates = fromPlan.length > 0 ? fromPlan : alternatives;
    const chosen = hwRng.sample(candidates, hwRng.chance(0.25) ? 2 : 1);
    const assigned: AssignedHomework[] = [];
    for (const option of chosen) {
      // Given to one partner: the one in session, or now and then one of the two of a shared task.
      const who: HomeworkWho =
        alone ??
        (option.who === 'both' && !option.joint && hwRng.chance(0.2)
          ? hwRng.pick(['partnerA', 'partnerB'] as const)
          : option.who);
      const dueDate = addDays(date, 7);
      const homework = await api.ok('homework:assign', {
        coupleId,
        sessionId,
        planVersionId: option.planVersionId,
        interventionKey: option.interventionKey,
        libraryId: option.libraryId,
        title: option.title,
        instructions: hwRng.chance(0.4) ? hwRng.pick(HOMEWORK_INSTRUCTIONS) : null,
        who,
        dueDate,
      });
      tally.homework.assigned++;
      const entry = { title: homework.title, who, joint: homework.joint, dueDate };
      outstanding.push({ ...entry, id: homework.id, assignedOn: homework.assignedOn });
      assigned.push(entry);
    }
    return assigned;
  };

  const focusArea = (): string => {
    const titles = plan?.document.problemAreas.map((area) => area.title.toLowerCase()) ?? [];
    return titles.length > 0 ? noteRng.pick(titles.slice(0, 4)) : 'relationship';
  };

  const addAssessment = async (
    date: string,
    kind: 'intake' | 'review',
    ratings: Record<Position, Ratings>,
    safety?: Partial<Record<Position, SafetyItemId[]>>,
  ) => {
    const assessment = await api.ok(
      'assessments:create',
      assessmentInput(p, { coupleId, kind, assessedOn: date, ratings, lastUse: lastUseOn(date), safety }),
    );
    tally.assessments++;
    if (assessment.safetyFlagId) {
      openFlags.push(assessment.safetyFlagId);
      tally.safetyFlags.raised++;
    }
  };

  const climbs = new Map<string, Climb>();
  const slowness = 0.7 + (p.paceWeeks - 8) / 20;
  const afterSigning = (signed: PlanVersion, date: string) => {
    plan = signed;
    measures = measurePlan(signed.document, journalPick);
    tally.planVersions++;
    // Each measured milestone is reached around its first due date, later for slower couples;
    // the one that stalls would have been reached only after the stall began.
    for (const m of allMeasured()) {
      if (climbs.has(m.key)) continue;
      const due = m.dueDate > date ? m.dueDate : addDays(date, 42);
      const reachOn =
        stallFrom && m.key === measures.tally?.key && stallFrom > date
          ? addDays(stallFrom, 21)
          : addDays(date, Math.round(daysBetweenIso(date, due) * slowness));
      climbs.set(m.key, { from: date, reachOn });
    }
  };
  const valueOn = (m: MeasuredMilestone, date: string, spread?: number) =>
    climbValue(
      m,
      climbs.get(m.key) ?? { from: planDay, reachOn: addDays(planDay, 42) },
      date,
      course.setback(date),
      valueRng,
      spread,
    );

  /** When the plan just signed will be reviewed: six weeks on, or within the week for the featured couple. */
  const nextReviewDate = (date: string) => {
    const natural = addDays(date, REVIEW_WEEKS * 7);
    return roles.has('reviewDueSoon') && natural > addDays(today, 7) ? addDays(today, 4) : natural;
  };

  /** A plan version: started, edited and signed within the hour. */
  function* newPlanVersion(date: string, minutes: number, from: 'proposal' | 'active'): Generator<Step> {
    let draft: PlanVersion | null = null;
    yield step(date, minutes, async () => {
      draft = await api.ok('plans:startDraft', { coupleId, from });
    });
    yield step(date, minutes + 20, async () => {
      if (!draft) return;
      let document = acceptAll(draft.document);
      if (from === 'active') {
        revisions++;
        document = reviseDocument(document, {
          date,
          revision: revisions,
          dropSensitive: flagged(),
          isSensitive: o.isSensitive,
          pick: rng.int(0, 40),
        });
      }
      await api.ok('plans:saveDraft', { id: draft.id, document, reviewDate: nextReviewDate(date) });
    });
    yield step(date, minutes + 25, async () => {
      if (!draft) return;
      afterSigning(
        await api.ok('plans:sign', { id: draft.id, signedBy: DEMO_CLINICIAN, attest: true }),
        date,
      );
    });
  }

  const allMeasured = (): MeasuredMilestone[] => {
    if (!measures) return [];
    const { journal, shared, evaluation, confirmations, tally: log, observation } = measures;
    return [
      ...(journal ? [journal.A, journal.B] : []),
      ...(shared ? [shared] : []),
      ...(evaluation ? [evaluation] : []),
      ...confirmations,
      ...(log ? [log] : []),
      ...(observation ? [observation] : []),
    ];
  };

  const setStatus = async (next: 'active' | 'maintenance') => {
    await api.ok('couples:update', { id: coupleId, ...coupleInput(p, next) });
    inMaintenance = next === 'maintenance';
  };

  /** Records a value, keeps the best before a stall, and flattens the stalled milestone. */
  const shaped = (m: MeasuredMilestone, date: string, value: number, stalls: boolean): number => {
    let v = value;
    if (stalls && stallFrom) {
      if (date < stallFrom) {
        v = Math.min(v, m.target - 1);
        bestBeforeStall.set(m.key, Math.max(bestBeforeStall.get(m.key) ?? m.baseline, v));
      } else {
        v = stalledValue(v, bestBeforeStall.get(m.key) ?? m.baseline, m, valueRng);
      }
    }
    latestValue.set(m.key, v);
    return v;
  };

  const celebrate = async (m: MeasuredMilestone, date: string, value: number) => {
    if (celebrated.has(m.key) || !reached(m, value)) return;
    celebrated.add(m.key);
    await api.ok('events:create', {
      coupleId,
      occurredOn: date,
      kind: 'milestone',
      partner: m.partner,
      description: `Milestone reached: ${m.description}`,
    });
    tally.events++;
  };

  const calendarDay = (date: string): CalendarDayInput => {
    const progress = course.progress(date);
    const abstinence = (x: Position) => {
      if (!inRecovery[x]) return null;
      if (course.relapses.some((r) => r.partner === x && r.date === date)) return 'no' as const;
      if (course.relapses.some((r) => r.partner === x && addDays(r.date, 1) === date))
        return valueRng.chance(0.5) ? ('unknown' as const) : ('yes' as const);
      return valueRng.chance(0.03) ? ('unknown' as const) : ('yes' as const);
    };
    const screened = p.screens && daysBetweenIso(calendarFrom, date) % 7 === screenDay;
    const positive = course.relapses.some((r) => date >= r.date && date <= addDays(r.date, 2));
    return {
      date,
      trustDiscussion: trustTracking ? valueRng.chance(0.4 + 0.5 * progress) : null,
      abstinence: { A: abstinence('A'), B: abstinence('B') },
      supportMeeting:
        recovering.length > 0
          ? valueRng.chance(0.26 + 0.1 * progress)
          : codependent
            ? valueRng.chance(0.12)
            : null,
      screen: screened ? (positive ? 'positive' : 'negative') : null,
    };
  };

  /** Saves the calendar from the day after the last save through `through`, a month per call. */
  function* saveCalendar(through: string, date: string, minutes: number): Generator<Step> {
    while (calendarSavedThrough < through) {
      const from = laterDate(addDays(calendarSavedThrough, 1), calendarFrom);
      const to = earlierDate(monthEnd(from), through);
      calendarSavedThrough = to;
      if (from > to) continue;
      yield step(date, minutes, async () => {
        const days: CalendarDayInput[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) days.push(calendarDay(d));
        const saved = await api.ok('calendar:save', { coupleId, days });
        tally.calendarDays += saved.saved;
        tally.relapses += saved.useDays.length;
      });
    }
  }

  /** The session type, time, length and place for a week, as booked the week before. */
  const bookingFor = (week: number): Booking => {
    const date = addDays(start, 7 * week);
    const doc = plan ? (plan as PlanVersion).document : null;
    const safetyMode = flagged() || doc?.safetyFirst === true;
    const mix = doc?.sessions.mixPerFourWeeks;
    const slot = week % 8;
    const type: DemoSessionType = safetyMode
      ? week % 2 === 0
        ? 'individualA'
        : 'individualB'
      : mix && mix.individualA > 0 && slot === 3
        ? 'individualA'
        : mix && mix.individualB > 0 && slot === 7
          ? 'individualB'
          : mix && mix.workshop > 0 && slot === 5
            ? 'workshop'
            : 'joint';
    const usual = p.sessionStart + (rng.chance(0.08) ? 60 : 0);
    const duration = type === 'workshop' ? 90 : type === 'joint' ? p.durationMinutes : 50;
    const place: Place = rng.chance(p.telehealthShare) && type !== 'workshop' ? 'telehealth' : 'office';
    const at =
      date === today && p.todayOrdinal !== null ? todayStart(o.present, p.todayOrdinal, duration) : null;
    return { date, type, start: at ?? usual, duration, place, id: '' };
  };
  const book = async (booking: Booking) => {
    const { items } = await api.ok('sessions:book', {
      coupleId,
      date: booking.date,
      startTime: hhmm(booking.start),
      durationMinutes: booking.duration,
      type: booking.type,
      place: booking.place,
    });
    booking.id = items[0]?.id ?? '';
    tally.sessions.booked++;
  };

  // Referral: the couple's record is opened, and the intake booked, a week before it.
  yield step(addDays(start, -7), 9 * 60 + 40, async () => {
    coupleId = (await api.ok('couples:create', coupleInput(p, 'intake'))).id;
    tally.couples++;
  });
  const intake: Booking = {
    date: start,
    type: 'joint',
    start: p.sessionStart,
    duration: 80,
    place: 'office',
    id: '',
  };
  yield step(addDays(start, -7), 9 * 60 + 45, () => book(intake));

  // Intake: a long joint session, the assessment, and its note.
  const intakeEnd = p.sessionStart + 80;
  const intakeRatings = { A: p.partners.A.ratings, B: p.partners.B.ratings };
  yield step(start, intakeEnd + 2, async () => {
    await api.ok('sessions:recordOutcome', {
      id: intake.id,
      coupleId,
      date: start,
      startTime: hhmm(intake.start),
      durationMinutes: intake.duration,
      type: intake.type,
      place: intake.place,
      outcome: 'held',
      outcomeReason: null,
      attendance: { A: 'present', B: 'present' },
      checkIn: intakeRatings,
    });
    tally.sessions.held++;
  });
  const intakeSafety = roles.has('resolvedSafetyFlag')
    ? { [recovering[0] ?? 'A']: ['suicidalThoughts' as const] }
    : {};
  yield step(start, intakeEnd + 20, () => addAssessment(start, 'intake', intakeRatings, intakeSafety));
  // The first weekly session is booked before the couple leaves (after the safety screen, which decides its type).
  let booking: Booking | null = bookingFor(1);
  {
    const first = booking;
    yield step(start, intakeEnd + 25, () => book(first));
  }
  let intakeNote = '';
  yield step(start, intakeEnd + 30, async () => {
    const content = demoNote(noteRng, {
      format: p.noteFormat,
      type: 'intake',
      names,
      came: { A: true, B: true },
      late: { A: false, B: false },
      inRecovery,
      level: 0,
      improving: false,
      focus: 'intake',
      used: [],
      reviewed: [],
      assigned: [],
      progress: [],
      lapse: null,
      safetyConcern: false,
      safetyFirst: flagged(),
    });
    intakeNote = (await api.ok('notes:saveDraft', { sessionId: intake.id, content })).id;
  });
  yield step(start, intakeEnd + 150, async () => {
    await api.ok('notes:sign', { id: intakeNote, signedBy: DEMO_CLINICIAN, attest: true });
    tally.notes.signed++;
  });

  // The first plan, from the engine's proposal, the day after intake.
  yield* newPlanVersion(planDay, 15 * 60, 'proposal');
  yield step(planDay, 15 * 60 + 30, () => setStatus('active'));

  // Week by week: each session was booked the week before; its outcome is recorded when
  // known (a cancellation when the call comes, a session once it is over).
  const resolveWeek = rng.int(4, 6);
  let unsignedLeft = roles.has('unsignedNote');
  let safetyRaised = false;
  let droppedOut = false;
  for (let week = 1; booking; week++) {
    const session: Booking = booking;
    booking = null;
    const { date, type } = session;
    if (date >= today) {
      // The next appointment, booked ahead: today's agenda or the week's.
      tally.sessions.ahead++;
      break;
    }
    const doc = plan ? (plan as PlanVersion).document : null;
    const safetyMode = flagged() || doc?.safetyFirst === true;
    const inWindow = (from: number, to: number) =>
      date >= addDays(today, -from) && date <= addDays(today, -to);
    const raisesSafety = roles.has('openSafetyFlag') && !safetyRaised && inWindow(20, 14);
    const unsigned = unsignedLeft && inWindow(8, 2);
    const resolves = roles.has('resolvedSafetyFlag') && openFlags.length > 0 && week >= resolveWeek;
    const forcedHeld = raisesSafety || unsigned || resolves;
    // The couple not seen: canceled three weeks ago, missed the session after, booked nothing since.
    const dropping = roles.has('notSeen') && date >= addDays(today, -NOT_SEEN_AFTER_DAYS);
    // The latest past session, its outcome never recorded: Today's "to record".
    const unrecorded = roles.has('toRecord') && addDays(date, 7) >= today && !forcedHeld;
    // Every practice has a late cancellation by a couple and one by the clinician, whatever the odds.
    const forcedCancel =
      forcedHeld || dropping || unrecorded
        ? null
        : roles.has('toRecord') && inWindow(34, 28)
          ? ('late' as const)
          : roles.has('reviewDueSoon') && inWindow(48, 42)
            ? ('clinician' as const)
            : null;

    const expected = { A: type !== 'individualB', B: type !== 'individualA' };
    let outcome: 'held' | 'cancelled' | 'noShow' = forcedHeld
      ? 'held'
      : forcedCancel
        ? 'cancelled'
        : dropping
          ? droppedOut
            ? 'noShow'
            : 'cancelled'
          : rng.weighted([
              ['held', 1 - missRate],
              ['cancelled', missRate * 0.55],
              ['noShow', missRate * 0.45],
            ]);
    const attendance: Record<Position, Attendance> = { A: 'notExpected', B: 'notExpected' };
    for (const x of ['A', 'B'] as const) {
      if (!expected[x] || outcome === 'cancelled') continue;
      if (outcome === 'noShow') attendance[x] = 'absent';
      else if (forcedHeld) attendance[x] = 'present';
      else
        attendance[x] = rng.weighted([
          ['present', 0.9],
          ['late', 0.07],
          ['absent', type === 'joint' ? 0.03 : 0],
        ]);
    }
    if (
      outcome === 'held' &&
      attendance.A !== 'present' &&
      attendance.A !== 'late' &&
      attendance.B !== 'present' &&
      attendance.B !== 'late'
    ) {
      outcome = 'noShow';
    }
    if (dropping) droppedOut = true;
    const came = {
      A: attendance.A === 'present' || attendance.A === 'late',
      B: attendance.B === 'present' || attendance.B === 'late',
    };
    const held = outcome === 'held' && !unrecorded;
    const end = session.start + session.duration;
    const checkIn = {
      A: held && came.A ? course.ratings('A', date, rng) : null,
      B: held && came.B ? course.ratings('B', date, rng) : null,
    };
    // Who canceled and how far ahead: most with good notice, some late, a few by the clinician.
    const cancellation =
      outcome !== 'cancelled'
        ? null
        : (forcedCancel ??
          (dropping
            ? ('notice' as const)
            : rng.weighted([
                ['notice', 0.6],
                ['late', 0.22],
                ['clinician', 0.18],
              ] as const)));
    const cancelledBy =
      cancellation === null
        ? null
        : cancellation === 'clinician'
          ? ('clinician' as const)
          : rng.pick(['partnerA', 'partnerB', 'both'] as const);
    const noticeHours =
      cancellation === 'notice'
        ? rng.int(26, 96)
        : cancellation === 'late'
          ? rng.int(2, 20)
          : cancellation === 'clinician'
            ? rng.int(24, 72)
            : null;
    const reason =
      cancellation === 'notice'
        ? rng.pick(CANCEL_REASONS)
        : cancellation === 'late'
          ? rng.pick(LATE_CANCEL_REASONS)
          : cancellation === 'clinician'
            ? rng.pick(CLINICIAN_CANCEL_REASONS)
            : outcome === 'noShow'
              ? rng.pick(NO_SHOW_REASONS)
              : null;

    if (unrecorded) {
      tally.sessions.toRecord++;
    } else {
      // A cancellation is recorded when the call comes; anything else once the session is over.
      const recordedAt =
        noticeHours === null ? { date, minutes: end + 2 } : hoursBefore(date, session.start, noticeHours);
      yield step(recordedAt.date, recordedAt.minutes, async () => {
        await api.ok('sessions:recordOutcome', {
          id: session.id,
          coupleId,
          date,
          startTime: hhmm(session.start),
          durationMinutes: session.duration,
          type,
          place: session.place,
          outcome,
          outcomeReason: reason,
          cancelledBy,
          noticeHours,
          attendance,
          checkIn,
        });
        tally.sessions[outcome]++;
        if (cancellation === 'late') tally.sessions.lateCancellations++;
        if (cancellation === 'clinician') tally.sessions.clinicianCancellations++;
      });
    }
    const sessionId = session.id;
    let noteId = '';
    let assessedToday = false;
    if (held) {
      if (raisesSafety) {
        safetyRaised = true;
        assessedToday = true;
        const afraid: Position = recovering.length === 2 ? 'B' : recovering[0] === 'A' ? 'B' : 'A';
        yield step(date, end + 10, () =>
          addAssessment(date, 'review', ratingsOn(date), { [afraid]: ['fearOfPartner'] }),
        );
      }
      const lapse = course.relapses.find(
        (r) => r.date > lastHeld && r.date <= date && !reportedLapses.has(r) && came[r.partner],
      );
      if (lapse) reportedLapses.add(lapse);
      const level = course.progress(date);
      const improving = level > lastProgress + 0.005;

      // Homework due by today is reviewed first (a missed session left it to this one).
      const due = outstanding.filter((h) => h.dueDate <= date && h.assignedOn < date);
      const reviewed = due.map((h) => {
        outstanding.splice(outstanding.indexOf(h), 1);
        const status = reviewOutcome(level, lapse !== undefined);
        const comment = hwRng.chance(0.35) ? hwRng.pick(REVIEW_COMMENTS[status]) : null;
        return { id: h.id, title: h.title, status, comment };
      });
      if (reviewed.length > 0) {
        yield step(date, end + 5, async () => {
          for (const h of reviewed) {
            await api.ok('homework:review', { id: h.id, sessionId, status: h.status, comment: h.comment });
            tally.homework[h.status]++;
          }
        });
      }

      const active = plan as PlanVersion | null;
      const focus = focusArea();
      const context: NoteContext = {
        format: p.noteFormat,
        type,
        names,
        came,
        late: { A: attendance.A === 'late', B: attendance.B === 'late' },
        inRecovery,
        level,
        improving,
        focus,
        used: active ? interventionsUsed(active, noteRng, safetyMode || raisesSafety, o.isSensitive) : [],
        reviewed: reviewed.map(({ title, status }) => ({ title, status })),
        assigned: [],
        progress: active
          ? objectiveProgress(active, noteRng, {
              focus,
              improving,
              lapse: lapse !== undefined,
              setback: course.setback(date),
              reached: celebrated,
              stalled:
                stallFrom && date >= stallFrom
                  ? ((measures as MeasurePlan | null)?.tally?.key ?? null)
                  : null,
            })
          : [],
        lapse: lapse?.partner ?? null,
        safetyConcern: raisesSafety,
        safetyFirst: safetyMode || raisesSafety,
      };
      lastProgress = level;
      lastHeld = date;
      if (active && type !== 'workshop') {
        // After the safety screen: with a flag raised today, only individual exercises are offered.
        yield step(date, end + 12, async () => {
          context.assigned = await assignHomework(sessionId, type, date);
        });
      }
      yield step(date, end + 15, async () => {
        const note = await api.ok('notes:saveDraft', { sessionId, content: demoNote(noteRng, context) });
        noteId = note.id;
        if (raisesSafety) {
          noteFlagOpen = true;
          tally.safetyFlags.raised++;
        }
      });

      // What the couple brought and what the therapist rated.
      const m = measures as MeasurePlan | null;
      if (m) {
        const weekStart = addDays(date, -7);
        const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
        if (m.journal) {
          const journal = m.journal;
          for (const x of ['A', 'B'] as const) {
            if (!came[x]) continue;
            const milestone = journal[x];
            const values = days.map((d) =>
              d <= planDay || valueRng.chance(0.18) ? null : valueOn(milestone, d, 0.7),
            );
            if (values.every((v) => v === null)) continue;
            yield step(date, end + 25, async () => {
              const result = await api.ok('measurements:recordWeek', {
                coupleId,
                milestoneKey: milestone.key,
                source: x === 'A' ? 'partnerFeedbackA' : 'partnerFeedbackB',
                weekStart,
                values,
              });
              tally.measurements += result.items.length;
              const last = values.filter((v) => v !== null).at(-1);
              if (last !== undefined && last !== null) latestValue.set(milestone.key, last);
            });
          }
        }
        if (m.tally && came.A && came.B) {
          const log = m.tally;
          const logDay = addDays(date, -1);
          if (logDay > planDay) {
            const value = shaped(log, logDay, valueOn(log, logDay), stallFrom !== null);
            yield step(date, end + 27, async () => {
              const result = await api.ok('measurements:recordWeek', {
                coupleId,
                milestoneKey: log.key,
                source: 'coupleLog',
                weekStart,
                values: [null, null, null, null, null, null, value],
              });
              tally.measurements += result.items.length;
              await celebrate(log, logDay, value);
            });
          }
        }
        if (m.shared && came.A && came.B) {
          const shared = m.shared;
          const fromA = valueOn(shared, date);
          const fromB = kinderView(fromA, p.trustGap, valueRng);
          latestValue.set(shared.key, fromA);
          yield step(date, end + 29, async () => {
            for (const [source, value] of [
              ['partnerFeedbackA', fromA],
              ['partnerFeedbackB', fromB],
            ] as const) {
              await api.ok('measurements:create', {
                coupleId,
                milestoneKey: shared.key,
                source,
                measuredOn: date,
                value,
                comment: null,
              });
              tally.measurements++;
            }
          });
        }
        if (m.evaluation && type === 'joint' && evaluations++ % 2 === 0) {
          const evaluation = m.evaluation;
          const value = shaped(evaluation, date, valueOn(evaluation, date), false);
          yield step(date, end + 31, async () => {
            await api.ok('measurements:create', {
              coupleId,
              milestoneKey: evaluation.key,
              source: 'therapistEvaluation',
              measuredOn: date,
              value,
              comment: `Rubric level ${value}: ${value >= 7 ? 'open and two-sided without prompting' : value >= 4 ? 'opens up with some prompting' : 'guarded; needs structure'}`,
              sessionId,
            });
            tally.measurements++;
            await celebrate(evaluation, date, value);
          });
        }
        for (const [i, confirmation] of m.confirmations.entries()) {
          const first = !latestValue.has(confirmation.key);
          const done = !confirmed.has(confirmation.key) && level >= 0.4 + 0.15 * i;
          if (!first && !done) continue;
          const value = done ? confirmation.target : confirmation.baseline;
          latestValue.set(confirmation.key, value);
          if (done) confirmed.add(confirmation.key);
          yield step(date, end + 33, async () => {
            await api.ok('measurements:create', {
              coupleId,
              milestoneKey: confirmation.key,
              source: 'therapistEvaluation',
              measuredOn: date,
              value,
              comment: done ? 'Seen in session, written and agreed.' : 'Not written yet.',
              sessionId,
            });
            tally.measurements++;
            await celebrate(confirmation, date, value);
          });
        }
        if (m.observation && type === 'joint') {
          const observation = m.observation;
          const count = valueOn(observation, date, 0);
          if (count > (observed.get(observation.key) ?? 0)) {
            observed.set(observation.key, count);
            latestValue.set(observation.key, count);
            yield step(date, end + 35, async () => {
              await api.ok('measurements:create', {
                coupleId,
                milestoneKey: observation.key,
                source: 'sessionObservation',
                measuredOn: date,
                value: count,
                comment: 'Counted in session.',
                sessionId,
              });
              tally.measurements++;
            });
          }
        }
      }
    }

    // The recovery calendar, a completed month at a time, as the couple brings it in.
    const lastComplete = monthEnd(date) === date ? date : addDays(`${date.slice(0, 8)}01`, -1);
    yield* saveCalendar(earlierDate(lastComplete, yesterday), date, end + 40);

    // Safety concern resolved: reassess and move the plan on to conjoint work.
    if (resolves) {
      const flags = [...openFlags];
      openFlags.length = 0;
      yield step(date, end + 45, async () => {
        for (const id of flags) {
          const resolved: SafetyFlag = await api.ok('safety:resolve', { id, resolution: RESOLUTION });
          if (resolved.resolvedAt) tally.safetyFlags.resolved++;
        }
      });
    }

    // Plan review about every six weeks (and straight after a safety concern is resolved).
    const review = plan ? (plan as PlanVersion).reviewDate : null;
    const suppressed =
      (featuredRelapse !== null && date >= featuredRelapse.date) ||
      (roles.has('reviewOverdue') && date > addDays(today, -60));
    if (held && plan && review && !suppressed && (resolves || date >= addDays(review, -3))) {
      if (!assessedToday) yield step(date, end + 50, () => addAssessment(date, 'review', ratingsOn(date)));
      const from = (plan as PlanVersion).document.safetyFirst && !flagged() ? 'proposal' : 'active';
      yield* newPlanVersion(date, end + 55, from);
      const maintenance =
        !flagged() && (roles.has('maintenance') ? revisions >= 1 : course.progress(date) > 0.9 && week >= 26);
      if (maintenance && !inMaintenance) {
        inMaintenance = true;
        yield step(date, end + 85, () => setStatus('maintenance'));
      }
    }

    // The next session, booked before the couple leaves (or when the cancellation came in), its
    // type following the plan and any safety flag as they stand now. Nothing after the no-show
    // of the couple not seen.
    if (!(dropping && outcome === 'noShow')) {
      const next = bookingFor(week + 1);
      booking = next;
      yield step(date, end + 86, () => book(next));
    }

    if (held) {
      if (unsigned) {
        unsignedLeft = false;
        tally.notes.draft++;
      } else {
        const nextMorning = rng.chance(0.3) && addDays(date, 1) < today;
        yield step(
          nextMorning ? addDays(date, 1) : date,
          nextMorning ? 8 * 60 + rng.int(0, 50) : end + rng.int(90, 200),
          async () => {
            await api.ok('notes:sign', { id: noteId, signedBy: DEMO_CLINICIAN, attest: true });
            tally.notes.signed++;
          },
        );
      }
    }
  }

  // The present: the rest of the calendar, and the featured review brought within the week.
  yield* saveCalendar(yesterday, today, 24 * 60);
  const activeReview = () => (plan as PlanVersion | null)?.reviewDate ?? null;
  const due = activeReview();
  if (roles.has('reviewDueSoon') && (due === null || due < today || due > addDays(today, 7))) {
    yield step(today, 24 * 60, () => addAssessment(today, 'review', ratingsOn(today)));
    yield* newPlanVersion(today, 24 * 60, 'active');
  }
}
