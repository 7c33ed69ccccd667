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
import type { Channel, Input, Output } from '@shared/contract';
import type { Ratings } from '@shared/contract/assessments';
import type { CalendarDayInput } from '@shared/contract/calendar';
import type { HomeworkOption, HomeworkReviewStatus, HomeworkWho } from '@shared/contract/homework';
import type { PlanVersion } from '@shared/contract/plans';
import type { SafetyFlag } from '@shared/contract/safety';
import type { SessionInput } from '@shared/contract/sessions';
import { NOT_SEEN_AFTER_DAYS } from '@shared/domain/agenda';
import type { SafetyItemId } from '@shared/domain/assessment';
import { daysBetweenIso } from '@shared/domain/dates';
import { instruments } from '@shared/domain/questionnaires';
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
import {
  answersFor,
  demoSchedule,
  demoTotal,
  drawBaselines,
  QUESTIONNAIRE_EVERY_DAYS,
  type QuestionnaireBaselines,
} from './questionnaires';
import { acceptAll, reviseDocument } from './revise';
import { coupleSteps, type Step, type StepAt } from './steps';

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
  /** Questionnaire responses entered (PHQ-9, GAD-7). */
  questionnaires: number;
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
    questionnaires: 0,
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

/**
 * One couple's history as it unfolds: what is drawn once at the start, then what has been
 * written so far. The phases below read and change it; a step's `run` reads it when it runs,
 * so what an earlier step set (the couple's id, the signed plan, an open flag) is seen by the
 * later ones. The random streams are drawn in the same order as the steps are made and run,
 * so the same seed always writes the same practice.
 */
interface History {
  readonly o: HistoryOptions;
  readonly api: DemoApi;
  readonly p: CoupleProfile;
  readonly tally: DemoTally;
  readonly step: StepAt;
  readonly today: string;
  readonly yesterday: string;
  readonly rng: Rng;
  readonly noteRng: Rng;
  readonly hwRng: Rng;
  readonly valueRng: Rng;
  readonly roles: CoupleProfile['roles'];
  readonly start: string;
  readonly planDay: string;
  readonly course: Course;
  readonly recovering: Position[];
  readonly featuredRelapse: Relapse | null;
  readonly stallFrom: string | null;
  readonly missRate: number;
  readonly trustTracking: boolean;
  readonly codependent: boolean;
  readonly screenDay: number;
  readonly journalPick: number;
  readonly names: Record<Position, string>;
  readonly inRecovery: Record<Position, boolean>;
  readonly calendarFrom: string;
  /** Slower couples reach their milestones later. */
  readonly slowness: number;

  coupleId: string;
  plan: PlanVersion | null;
  measures: MeasurePlan | null;
  revisions: number;
  inMaintenance: boolean;
  readonly openFlags: string[];
  /** A flag raised by a note's risk review (its id is not returned; it stays open). */
  noteFlagOpen: boolean;
  calendarSavedThrough: string;
  readonly latestValue: Map<string, number>;
  readonly bestBeforeStall: Map<string, number>;
  readonly celebrated: Set<string>;
  readonly confirmed: Set<string>;
  readonly observed: Map<string, number>;
  readonly reportedLapses: Set<Relapse>;
  readonly climbs: Map<string, Climb>;
  lastHeld: string;
  lastProgress: number;
  evaluations: number;
  /** What `homework:options` offered, kept until the plan version or the safety flag changes. */
  options: { key: string; items: HomeworkOption[] } | null;
  /** Homework assigned and not reviewed yet, oldest first. */
  readonly outstanding: (AssignedHomework & { id: string; assignedOn: string })[];
  /** The next session, booked ahead; null once nothing more is booked. */
  booking: Booking | null;
  unsignedLeft: boolean;
  safetyRaised: boolean;
  droppedOut: boolean;
  readonly questionnaires: QuestionnaireBaselines;
  /** The last day the questionnaires were answered; null before the first. */
  questionnairesOn: string | null;
}

/** The traits drawn once, in the order the history has always drawn them. */
function beginHistory(o: HistoryOptions): History {
  const { profile: p } = o;
  const today = isoDay(o.present);
  const rng = Rng.for(o.seed, 'history', p.index);
  const roles = p.roles;
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
  return {
    o,
    api: o.api,
    p,
    tally: o.tally,
    step: coupleSteps(o.present),
    today,
    yesterday: addDays(today, -1),
    rng,
    noteRng: Rng.for(o.seed, 'notes', p.index),
    hwRng: Rng.for(o.seed, 'homework', p.index),
    valueRng: Rng.for(o.seed, 'values', p.index),
    roles,
    start,
    planDay,
    course,
    recovering,
    featuredRelapse,
    stallFrom,
    missRate,
    trustTracking,
    codependent,
    screenDay,
    journalPick,
    names: { A: p.partners.A.identity.firstName, B: p.partners.B.identity.firstName },
    inRecovery: { A: p.partners.A.inRecovery, B: p.partners.B.inRecovery },
    calendarFrom: addDays(planDay, 1),
    slowness: 0.7 + (p.paceWeeks - 8) / 20,
    coupleId: '',
    plan: null,
    measures: null,
    revisions: 0,
    inMaintenance: false,
    openFlags: [],
    noteFlagOpen: false,
    calendarSavedThrough: planDay,
    latestValue: new Map(),
    bestBeforeStall: new Map(),
    celebrated: new Set(),
    confirmed: new Set(),
    observed: new Map(),
    reportedLapses: new Set(),
    climbs: new Map(),
    lastHeld: start,
    lastProgress: 0,
    evaluations: 0,
    options: null,
    outstanding: [],
    booking: null,
    unsignedLeft: roles.has('unsignedNote'),
    safetyRaised: false,
    droppedOut: false,
    questionnaires: drawBaselines(o.seed, p.index),
    questionnairesOn: null,
  };
}

const flagged = (s: History) => s.openFlags.length > 0 || s.noteFlagOpen;

function lastUseOn(s: History, date: string): Record<Position, string | null> {
  const lastUse = (x: Position) => {
    const partner = s.p.partners[x];
    if (!partner.inRecovery || !partner.sobrietyDate) return null;
    return s.course.lastRelapse(x, date)?.date ?? addDays(partner.sobrietyDate, -1);
  };
  return { A: lastUse('A'), B: lastUse('B') };
}

const ratingsOn = (s: History, date: string): Record<Position, Ratings> => ({
  A: s.course.ratings('A', date, s.rng),
  B: s.course.ratings('B', date, s.rng),
});

/** How a homework went, more often done as the couple progresses, less after a lapse. */
function reviewOutcome(s: History, level: number, lapse: boolean): HomeworkReviewStatus {
  const done = Math.max(0.1, 0.3 + 0.55 * level - (lapse ? 0.25 : 0));
  return s.hwRng.weighted([
    ['done', done],
    ['partly', (1 - done) * 0.55],
    ['notDone', (1 - done) * 0.45],
  ]);
}

/**
 * New homework from what the core offers now: the plan's allowed interventions, or with a
 * safety flag open the individual alternatives to the blocked ones; for an individual
 * session, only what that partner can do alone. One, sometimes two; due at the next session.
 */
async function assignHomework(
  s: History,
  sessionId: string,
  type: DemoSessionType,
  date: string,
): Promise<AssignedHomework[]> {
  const { api, hwRng } = s;
  // What can be assigned changes only with the plan version and the safety flag: asked again then.
  const key = `${s.plan?.id ?? ''} ${flagged(s)}`;
  if (s.options?.key !== key)
    s.options = { key, items: (await api.ok('homework:options', { coupleId: s.coupleId })).items };
  const { items } = s.options;
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
      coupleId: s.coupleId,
      sessionId,
      planVersionId: option.planVersionId,
      interventionKey: option.interventionKey,
      libraryId: option.libraryId,
      title: option.title,
      instructions: hwRng.chance(0.4) ? hwRng.pick(HOMEWORK_INSTRUCTIONS) : null,
      who,
      dueDate,
    });
    s.tally.homework.assigned++;
    const entry = { title: homework.title, who, joint: homework.joint, dueDate };
    s.outstanding.push({ ...entry, id: homework.id, assignedOn: homework.assignedOn });
    assigned.push(entry);
  }
  return assigned;
}

function focusArea(s: History): string {
  const titles = s.plan?.document.problemAreas.map((area) => area.title.toLowerCase()) ?? [];
  return titles.length > 0 ? s.noteRng.pick(titles.slice(0, 4)) : 'relationship';
}

async function addAssessment(
  s: History,
  date: string,
  kind: 'intake' | 'review',
  ratings: Record<Position, Ratings>,
  safety?: Partial<Record<Position, SafetyItemId[]>>,
): Promise<void> {
  const assessment = await s.api.ok(
    'assessments:create',
    assessmentInput(s.p, {
      coupleId: s.coupleId,
      kind,
      assessedOn: date,
      ratings,
      lastUse: lastUseOn(s, date),
      safety,
    }),
  );
  s.tally.assessments++;
  if (assessment.safetyFlagId) {
    s.openFlags.push(assessment.safetyFlagId);
    s.tally.safetyFlags.raised++;
  }
}

function afterSigning(s: History, signed: PlanVersion, date: string): void {
  s.plan = signed;
  const measures = measurePlan(signed.document, s.journalPick);
  s.measures = measures;
  s.tally.planVersions++;
  // Each measured milestone is reached around its first due date, later for slower couples;
  // the one that stalls would have been reached only after the stall began.
  for (const m of allMeasured(measures)) {
    if (s.climbs.has(m.key)) continue;
    const due = m.dueDate > date ? m.dueDate : addDays(date, 42);
    const reachOn =
      s.stallFrom && m.key === measures.tally?.key && s.stallFrom > date
        ? addDays(s.stallFrom, 21)
        : addDays(date, Math.round(daysBetweenIso(date, due) * s.slowness));
    s.climbs.set(m.key, { from: date, reachOn });
  }
}

const valueOn = (s: History, m: MeasuredMilestone, date: string, spread?: number) =>
  climbValue(
    m,
    s.climbs.get(m.key) ?? { from: s.planDay, reachOn: addDays(s.planDay, 42) },
    date,
    s.course.setback(date),
    s.valueRng,
    spread,
  );

/** When the plan just signed will be reviewed: six weeks on, or within the week for the featured couple. */
function nextReviewDate(s: History, date: string): string {
  const natural = addDays(date, REVIEW_WEEKS * 7);
  return s.roles.has('reviewDueSoon') && natural > addDays(s.today, 7) ? addDays(s.today, 4) : natural;
}

/** A plan version: started, edited and signed within the hour. */
function* newPlanVersion(
  s: History,
  date: string,
  minutes: number,
  from: 'proposal' | 'active',
): Generator<Step> {
  const { api, step } = s;
  let draft: PlanVersion | null = null;
  yield step(date, minutes, async () => {
    draft = await api.ok('plans:startDraft', { coupleId: s.coupleId, from });
  });
  yield step(date, minutes + 20, async () => {
    if (!draft) return;
    let document = acceptAll(draft.document);
    if (from === 'active') {
      s.revisions++;
      document = reviseDocument(document, {
        date,
        revision: s.revisions,
        dropSensitive: flagged(s),
        isSensitive: s.o.isSensitive,
        pick: s.rng.int(0, 40),
      });
    }
    await api.ok('plans:saveDraft', { id: draft.id, document, reviewDate: nextReviewDate(s, date) });
  });
  yield step(date, minutes + 25, async () => {
    if (!draft) return;
    afterSigning(
      s,
      await api.ok('plans:sign', { id: draft.id, signedBy: DEMO_CLINICIAN, attest: true }),
      date,
    );
  });
}

function allMeasured(measures: MeasurePlan): MeasuredMilestone[] {
  const { journal, shared, evaluation, confirmations, tally: log, observation } = measures;
  return [
    ...(journal ? [journal.A, journal.B] : []),
    ...(shared ? [shared] : []),
    ...(evaluation ? [evaluation] : []),
    ...confirmations,
    ...(log ? [log] : []),
    ...(observation ? [observation] : []),
  ];
}

async function setStatus(s: History, next: 'active' | 'maintenance'): Promise<void> {
  await s.api.ok('couples:update', { id: s.coupleId, ...coupleInput(s.p, next) });
  s.inMaintenance = next === 'maintenance';
}

/** Records a value, keeps the best before a stall, and flattens the stalled milestone. */
function shaped(s: History, m: MeasuredMilestone, date: string, value: number, stalls: boolean): number {
  let v = value;
  if (stalls && s.stallFrom) {
    if (date < s.stallFrom) {
      v = Math.min(v, m.target - 1);
      s.bestBeforeStall.set(m.key, Math.max(s.bestBeforeStall.get(m.key) ?? m.baseline, v));
    } else {
      v = stalledValue(v, s.bestBeforeStall.get(m.key) ?? m.baseline, m, s.valueRng);
    }
  }
  s.latestValue.set(m.key, v);
  return v;
}

async function celebrate(s: History, m: MeasuredMilestone, date: string, value: number): Promise<void> {
  if (s.celebrated.has(m.key) || !reached(m, value)) return;
  s.celebrated.add(m.key);
  await s.api.ok('timeline:addEvent', {
    coupleId: s.coupleId,
    occurredOn: date,
    kind: 'milestone',
    partner: m.partner,
    description: `Milestone reached: ${m.description}`,
  });
  s.tally.events++;
}

function calendarDay(s: History, date: string): CalendarDayInput {
  const { course, valueRng } = s;
  const progress = course.progress(date);
  const abstinence = (x: Position) => {
    if (!s.inRecovery[x]) return null;
    if (course.relapses.some((r) => r.partner === x && r.date === date)) return 'no' as const;
    if (course.relapses.some((r) => r.partner === x && addDays(r.date, 1) === date))
      return valueRng.chance(0.5) ? ('unknown' as const) : ('yes' as const);
    return valueRng.chance(0.03) ? ('unknown' as const) : ('yes' as const);
  };
  const screened = s.p.screens && daysBetweenIso(s.calendarFrom, date) % 7 === s.screenDay;
  const positive = course.relapses.some((r) => date >= r.date && date <= addDays(r.date, 2));
  return {
    date,
    trustDiscussion: s.trustTracking ? valueRng.chance(0.4 + 0.5 * progress) : null,
    abstinence: { A: abstinence('A'), B: abstinence('B') },
    supportMeeting:
      s.recovering.length > 0
        ? valueRng.chance(0.26 + 0.1 * progress)
        : s.codependent
          ? valueRng.chance(0.12)
          : null,
    screen: screened ? (positive ? 'positive' : 'negative') : null,
  };
}

/** Saves the calendar from the day after the last save through `through`, a month per call. */
function* saveCalendar(s: History, through: string, date: string, minutes: number): Generator<Step> {
  while (s.calendarSavedThrough < through) {
    const from = laterDate(addDays(s.calendarSavedThrough, 1), s.calendarFrom);
    const to = earlierDate(monthEnd(from), through);
    s.calendarSavedThrough = to;
    if (from > to) continue;
    yield s.step(date, minutes, async () => {
      const days: CalendarDayInput[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) days.push(calendarDay(s, d));
      const saved = await s.api.ok('calendar:save', { coupleId: s.coupleId, days });
      s.tally.calendarDays += saved.saved;
      s.tally.relapses += saved.useDays.length;
    });
  }
}

/** The session type, time, length and place for a week, as booked the week before. */
function bookingFor(s: History, week: number): Booking {
  const { p, rng } = s;
  const date = addDays(s.start, 7 * week);
  const doc = s.plan ? s.plan.document : null;
  const safetyMode = flagged(s) || doc?.safetyFirst === true;
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
    date === s.today && p.todayOrdinal !== null ? todayStart(s.o.present, p.todayOrdinal, duration) : null;
  return { date, type, start: at ?? usual, duration, place, id: '' };
}

async function book(s: History, booking: Booking): Promise<void> {
  const { items } = await s.api.ok('sessions:book', {
    coupleId: s.coupleId,
    date: booking.date,
    startTime: hhmm(booking.start),
    durationMinutes: booking.duration,
    type: booking.type,
    place: booking.place,
  });
  booking.id = items[0]?.id ?? '';
  s.tally.sessions.booked++;
}

/** Referral, intake session, intake assessment and note, and the first plan the day after. */
function* intakePhase(s: History): Generator<Step> {
  const { api, p, step, start, tally } = s;
  // Referral: the couple's record is opened, and the intake booked, a week before it.
  yield step(addDays(start, -7), 9 * 60 + 40, async () => {
    s.coupleId = (await api.ok('couples:create', coupleInput(p, 'intake'))).id;
    tally.couples++;
    await api.ok('questionnaires:setSchedule', { coupleId: s.coupleId, entries: demoSchedule(s.inRecovery) });
  });
  const intake: Booking = {
    date: start,
    type: 'joint',
    start: p.sessionStart,
    duration: 80,
    place: 'office',
    id: '',
  };
  yield step(addDays(start, -7), 9 * 60 + 45, () => book(s, intake));

  // Intake: a long joint session, the assessment, and its note.
  const intakeEnd = p.sessionStart + 80;
  const intakeRatings = { A: p.partners.A.ratings, B: p.partners.B.ratings };
  yield step(start, intakeEnd + 2, async () => {
    await api.ok('sessions:recordOutcome', {
      id: intake.id,
      coupleId: s.coupleId,
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
  const intakeSafety = s.roles.has('resolvedSafetyFlag')
    ? { [s.recovering[0] ?? 'A']: ['suicidalThoughts' as const] }
    : {};
  yield step(start, intakeEnd + 20, () => addAssessment(s, start, 'intake', intakeRatings, intakeSafety));
  // The first weekly session is booked before the couple leaves (after the safety screen, which decides its type).
  const first = bookingFor(s, 1);
  s.booking = first;
  yield step(start, intakeEnd + 25, () => book(s, first));
  let intakeNote = '';
  yield step(start, intakeEnd + 30, async () => {
    const content = demoNote(s.noteRng, {
      format: p.noteFormat,
      type: 'intake',
      names: s.names,
      came: { A: true, B: true },
      late: { A: false, B: false },
      inRecovery: s.inRecovery,
      level: 0,
      improving: false,
      focus: 'intake',
      used: [],
      reviewed: [],
      assigned: [],
      progress: [],
      lapse: null,
      safetyConcern: false,
      safetyFirst: flagged(s),
    });
    intakeNote = (await api.ok('notes:saveDraft', { sessionId: intake.id, content })).id;
  });
  yield step(start, intakeEnd + 150, async () => {
    await api.ok('notes:sign', { id: intakeNote, signedBy: DEMO_CLINICIAN, attest: true });
    tally.notes.signed++;
  });

  // The first plan, from the engine's proposal, the day after intake.
  yield* newPlanVersion(s, s.planDay, 15 * 60, 'proposal');
  yield step(s.planDay, 15 * 60 + 30, () => setStatus(s, 'active'));
}

type Outcome = 'held' | 'cancelled' | 'noShow';
type Cancellation = 'notice' | 'late' | 'clinician';

/** One booked session as the week plays out: what happened, and what the later phases need. */
interface Visit {
  week: number;
  session: Booking;
  date: string;
  type: DemoSessionType;
  /** Minutes after midnight the session ends. */
  end: number;
  safetyMode: boolean;
  raisesSafety: boolean;
  unsigned: boolean;
  resolves: boolean;
  dropping: boolean;
  unrecorded: boolean;
  outcome: Outcome;
  attendance: Record<Position, Attendance>;
  came: Record<Position, boolean>;
  held: boolean;
  /** Set by the note's step when it runs. */
  noteId: string;
  assessedToday: boolean;
}

/**
 * What the week's session comes to: the featured situations that force an outcome, else the
 * couple's odds; who came. Draws from the history stream in the order it always has.
 */
function playOut(s: History, week: number, session: Booking, resolveWeek: number) {
  const { roles, today, rng } = s;
  const { date, type } = session;
  const doc = s.plan ? s.plan.document : null;
  const safetyMode = flagged(s) || doc?.safetyFirst === true;
  const inWindow = (from: number, to: number) => date >= addDays(today, -from) && date <= addDays(today, -to);
  const raisesSafety = roles.has('openSafetyFlag') && !s.safetyRaised && inWindow(20, 14);
  const unsigned = s.unsignedLeft && inWindow(8, 2);
  const resolves = roles.has('resolvedSafetyFlag') && s.openFlags.length > 0 && week >= resolveWeek;
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
  let outcome: Outcome = forcedHeld
    ? 'held'
    : forcedCancel
      ? 'cancelled'
      : dropping
        ? s.droppedOut
          ? 'noShow'
          : 'cancelled'
        : rng.weighted([
            ['held', 1 - s.missRate],
            ['cancelled', s.missRate * 0.55],
            ['noShow', s.missRate * 0.45],
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
  if (dropping) s.droppedOut = true;
  const visit: Visit = {
    week,
    session,
    date,
    type,
    end: session.start + session.duration,
    safetyMode,
    raisesSafety,
    unsigned,
    resolves,
    dropping,
    unrecorded,
    outcome,
    attendance,
    came: {
      A: attendance.A === 'present' || attendance.A === 'late',
      B: attendance.B === 'present' || attendance.B === 'late',
    },
    held: outcome === 'held' && !unrecorded,
    noteId: '',
    assessedToday: false,
  };
  return { visit, forcedCancel };
}

/**
 * The outcome as recorded: the check-in of those who came, and for a cancellation who called,
 * how far ahead and why (most with good notice, some late, a few by the clinician). A
 * cancellation is recorded when the call comes; anything else once the session is over.
 */
function* recordOutcome(s: History, v: Visit, forcedCancel: Cancellation | null): Generator<Step> {
  const { rng, tally } = s;
  const { date, session, outcome, held, came } = v;
  const checkIn = {
    A: held && came.A ? s.course.ratings('A', date, rng) : null,
    B: held && came.B ? s.course.ratings('B', date, rng) : null,
  };
  const cancellation: Cancellation | null =
    outcome !== 'cancelled'
      ? null
      : (forcedCancel ??
        (v.dropping
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

  if (v.unrecorded) {
    tally.sessions.toRecord++;
    return;
  }
  const recordedAt =
    noticeHours === null ? { date, minutes: v.end + 2 } : hoursBefore(date, session.start, noticeHours);
  yield s.step(recordedAt.date, recordedAt.minutes, async () => {
    await s.api.ok('sessions:recordOutcome', {
      id: session.id,
      coupleId: s.coupleId,
      date,
      startTime: hhmm(session.start),
      durationMinutes: session.duration,
      type: v.type,
      place: session.place,
      outcome,
      outcomeReason: reason,
      cancelledBy,
      noticeHours,
      attendance: v.attendance,
      checkIn,
    });
    tally.sessions[outcome]++;
    if (cancellation === 'late') tally.sessions.lateCancellations++;
    if (cancellation === 'clinician') tally.sessions.clinicianCancellations++;
  });
}

/** A held session: any safety screen, the homework review, new homework, and the draft note. */
function* heldSession(s: History, v: Visit): Generator<Step> {
  const { api, course, hwRng, noteRng, step, tally } = s;
  const { date, end, type, came, raisesSafety } = v;
  const sessionId = v.session.id;
  if (raisesSafety) {
    s.safetyRaised = true;
    v.assessedToday = true;
    const afraid: Position = s.recovering.length === 2 ? 'B' : s.recovering[0] === 'A' ? 'B' : 'A';
    yield step(date, end + 10, () =>
      addAssessment(s, date, 'review', ratingsOn(s, date), { [afraid]: ['fearOfPartner'] }),
    );
  }
  const lapse = course.relapses.find(
    (r) => r.date > s.lastHeld && r.date <= date && !s.reportedLapses.has(r) && came[r.partner],
  );
  if (lapse) s.reportedLapses.add(lapse);
  const level = course.progress(date);
  const improving = level > s.lastProgress + 0.005;

  // Homework due by today is reviewed first (a missed session left it to this one).
  const due = s.outstanding.filter((h) => h.dueDate <= date && h.assignedOn < date);
  const reviewed = due.map((h) => {
    s.outstanding.splice(s.outstanding.indexOf(h), 1);
    const status = reviewOutcome(s, level, lapse !== undefined);
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

  const active = s.plan;
  const focus = focusArea(s);
  const safetyFirst = v.safetyMode || raisesSafety;
  const context: NoteContext = {
    format: s.p.noteFormat,
    type,
    names: s.names,
    came,
    late: { A: v.attendance.A === 'late', B: v.attendance.B === 'late' },
    inRecovery: s.inRecovery,
    level,
    improving,
    focus,
    used: active ? interventionsUsed(active, noteRng, safetyFirst, s.o.isSensitive) : [],
    reviewed: reviewed.map(({ title, status }) => ({ title, status })),
    assigned: [],
    progress: active
      ? objectiveProgress(active, noteRng, {
          focus,
          improving,
          lapse: lapse !== undefined,
          setback: course.setback(date),
          reached: s.celebrated,
          stalled: s.stallFrom && date >= s.stallFrom ? (s.measures?.tally?.key ?? null) : null,
        })
      : [],
    lapse: lapse?.partner ?? null,
    safetyConcern: raisesSafety,
    safetyFirst,
  };
  s.lastProgress = level;
  s.lastHeld = date;
  if (active && type !== 'workshop') {
    // After the safety screen: with a flag raised today, only individual exercises are offered.
    yield step(date, end + 12, async () => {
      context.assigned = await assignHomework(s, sessionId, type, date);
    });
  }
  yield step(date, end + 15, async () => {
    const note = await api.ok('notes:saveDraft', { sessionId, content: demoNote(noteRng, context) });
    v.noteId = note.id;
    if (raisesSafety) {
      s.noteFlagOpen = true;
      tally.safetyFlags.raised++;
    }
  });
  const m = s.measures;
  if (m) {
    yield* coupleMeasures(s, v, m);
    yield* therapistMeasures(s, v, m, level);
  }
  yield* questionnairesAt(s, v, level);
}

/** Every 4 weeks, the paper questionnaires each partner who came filled in, entered after the session. */
function* questionnairesAt(s: History, v: Visit, level: number): Generator<Step> {
  const { date, end, came } = v;
  if (s.questionnairesOn !== null && daysBetweenIso(s.questionnairesOn, date) < QUESTIONNAIRE_EVERY_DAYS)
    return;
  s.questionnairesOn = date;
  const { rng, start } = s.questionnaires;
  const setback = s.course.setback(date);
  const due = demoSchedule(s.inRecovery).filter((entry) => came[entry.partner]);
  yield s.step(date, end + 20, async () => {
    for (const { instrument, partner } of due) {
      const definition = instruments[instrument];
      const total = demoTotal(
        definition,
        start[partner][instrument === 'gad7' ? 'gad7' : 'phq9'],
        level,
        setback,
        rng,
      );
      await s.api.ok('questionnaires:record', {
        coupleId: s.coupleId,
        partner,
        instrument,
        answeredOn: date,
        sessionId: v.session.id,
        answers: answersFor(instrument, total, rng),
      });
      s.tally.questionnaires++;
    }
  });
}

/** What the couple brought: each partner's week of journal, the couple's log, their shared rating. */
function* coupleMeasures(s: History, v: Visit, m: MeasurePlan): Generator<Step> {
  const { api, p, planDay, step, tally, valueRng } = s;
  const { date, end, came } = v;
  const weekStart = addDays(date, -7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  if (m.journal) {
    const journal = m.journal;
    for (const x of ['A', 'B'] as const) {
      if (!came[x]) continue;
      const milestone = journal[x];
      const values = days.map((d) =>
        d <= planDay || valueRng.chance(0.18) ? null : valueOn(s, milestone, d, 0.7),
      );
      if (values.every((value) => value === null)) continue;
      yield step(date, end + 25, async () => {
        const result = await api.ok('measurements:recordWeek', {
          coupleId: s.coupleId,
          milestoneKey: milestone.key,
          source: x === 'A' ? 'partnerFeedbackA' : 'partnerFeedbackB',
          weekStart,
          values,
        });
        tally.measurements += result.items.length;
        const last = values.filter((value) => value !== null).at(-1);
        if (last !== undefined && last !== null) s.latestValue.set(milestone.key, last);
      });
    }
  }
  if (m.tally && came.A && came.B) {
    const log = m.tally;
    const logDay = addDays(date, -1);
    if (logDay > planDay) {
      const value = shaped(s, log, logDay, valueOn(s, log, logDay), s.stallFrom !== null);
      yield step(date, end + 27, async () => {
        const result = await api.ok('measurements:recordWeek', {
          coupleId: s.coupleId,
          milestoneKey: log.key,
          source: 'coupleLog',
          weekStart,
          values: [null, null, null, null, null, null, value],
        });
        tally.measurements += result.items.length;
        await celebrate(s, log, logDay, value);
      });
    }
  }
  if (m.shared && came.A && came.B) {
    const shared = m.shared;
    const fromA = valueOn(s, shared, date);
    const fromB = kinderView(fromA, p.trustGap, valueRng);
    s.latestValue.set(shared.key, fromA);
    yield step(date, end + 29, async () => {
      for (const [source, value] of [
        ['partnerFeedbackA', fromA],
        ['partnerFeedbackB', fromB],
      ] as const) {
        await api.ok('measurements:create', {
          coupleId: s.coupleId,
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
}

/** The therapist's rating of a milestone in session, celebrated if it reaches the target. */
async function rate(
  s: History,
  m: MeasuredMilestone,
  date: string,
  value: number,
  comment: string,
  sessionId: string,
): Promise<void> {
  await s.api.ok('measurements:create', {
    coupleId: s.coupleId,
    milestoneKey: m.key,
    source: 'therapistEvaluation',
    measuredOn: date,
    value,
    comment,
    sessionId,
  });
  s.tally.measurements++;
  await celebrate(s, m, date, value);
}

/** What the therapist rated: the rubric every other joint session, confirmations, counts seen in session. */
function* therapistMeasures(s: History, v: Visit, m: MeasurePlan, level: number): Generator<Step> {
  const { api, step, tally } = s;
  const { date, end, type } = v;
  const sessionId = v.session.id;
  if (m.evaluation && type === 'joint' && s.evaluations++ % 2 === 0) {
    const evaluation = m.evaluation;
    const value = shaped(s, evaluation, date, valueOn(s, evaluation, date), false);
    const comment = `Rubric level ${value}: ${value >= 7 ? 'open and two-sided without prompting' : value >= 4 ? 'opens up with some prompting' : 'guarded; needs structure'}`;
    yield step(date, end + 31, () => rate(s, evaluation, date, value, comment, sessionId));
  }
  for (const [i, confirmation] of m.confirmations.entries()) {
    const first = !s.latestValue.has(confirmation.key);
    const done = !s.confirmed.has(confirmation.key) && level >= 0.4 + 0.15 * i;
    if (!first && !done) continue;
    const value = done ? confirmation.target : confirmation.baseline;
    s.latestValue.set(confirmation.key, value);
    if (done) s.confirmed.add(confirmation.key);
    const comment = done ? 'Seen in session, written and agreed.' : 'Not written yet.';
    yield step(date, end + 33, () => rate(s, confirmation, date, value, comment, sessionId));
  }
  if (m.observation && type === 'joint') {
    const observation = m.observation;
    const count = valueOn(s, observation, date, 0);
    if (count > (s.observed.get(observation.key) ?? 0)) {
      s.observed.set(observation.key, count);
      s.latestValue.set(observation.key, count);
      yield step(date, end + 35, async () => {
        await api.ok('measurements:create', {
          coupleId: s.coupleId,
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

/**
 * After the session: the calendar brought in, a resolved safety concern closed, the plan
 * reviewed when due, the next session booked, and the note signed.
 */
function* afterSession(s: History, v: Visit): Generator<Step> {
  const { api, roles, rng, step, tally, today } = s;
  const { date, end, held, resolves, week } = v;
  // The recovery calendar, a completed month at a time, as the couple brings it in.
  const lastComplete = monthEnd(date) === date ? date : addDays(`${date.slice(0, 8)}01`, -1);
  yield* saveCalendar(s, earlierDate(lastComplete, s.yesterday), date, end + 40);

  // Safety concern resolved: reassess and move the plan on to conjoint work.
  if (resolves) {
    const flags = [...s.openFlags];
    s.openFlags.length = 0;
    yield step(date, end + 45, async () => {
      for (const id of flags) {
        const resolved: SafetyFlag = await api.ok('safety:resolve', { id, resolution: RESOLUTION });
        if (resolved.resolvedAt) tally.safetyFlags.resolved++;
      }
    });
  }

  // Plan review about every six weeks (and straight after a safety concern is resolved).
  const plan = s.plan;
  const review = plan ? plan.reviewDate : null;
  const suppressed =
    (s.featuredRelapse !== null && date >= s.featuredRelapse.date) ||
    (roles.has('reviewOverdue') && date > addDays(today, -60));
  if (held && plan && review && !suppressed && (resolves || date >= addDays(review, -3))) {
    if (!v.assessedToday)
      yield step(date, end + 50, () => addAssessment(s, date, 'review', ratingsOn(s, date)));
    const from = plan.document.safetyFirst && !flagged(s) ? 'proposal' : 'active';
    yield* newPlanVersion(s, date, end + 55, from);
    const maintenance =
      !flagged(s) &&
      (roles.has('maintenance') ? s.revisions >= 1 : s.course.progress(date) > 0.9 && week >= 26);
    if (maintenance && !s.inMaintenance) {
      s.inMaintenance = true;
      yield step(date, end + 85, () => setStatus(s, 'maintenance'));
    }
  }

  // The next session, booked before the couple leaves (or when the cancellation came in), its
  // type following the plan and any safety flag as they stand now. Nothing after the no-show
  // of the couple not seen.
  if (!(v.dropping && v.outcome === 'noShow')) {
    const next = bookingFor(s, week + 1);
    s.booking = next;
    yield step(date, end + 86, () => book(s, next));
  }

  if (held) {
    if (v.unsigned) {
      s.unsignedLeft = false;
      tally.notes.draft++;
    } else {
      const nextMorning = rng.chance(0.3) && addDays(date, 1) < today;
      yield step(
        nextMorning ? addDays(date, 1) : date,
        nextMorning ? 8 * 60 + rng.int(0, 50) : end + rng.int(90, 200),
        async () => {
          await api.ok('notes:sign', { id: v.noteId, signedBy: DEMO_CLINICIAN, attest: true });
          tally.notes.signed++;
        },
      );
    }
  }
}

/**
 * Week by week: each session was booked the week before; its outcome is recorded when known
 * (a cancellation when the call comes, a session once it is over).
 */
function* weeklySessions(s: History): Generator<Step> {
  const resolveWeek = s.rng.int(4, 6);
  for (let week = 1; s.booking; week++) {
    const session: Booking = s.booking;
    s.booking = null;
    if (session.date >= s.today) {
      // The next appointment, booked ahead: today's agenda or the week's.
      s.tally.sessions.ahead++;
      break;
    }
    const { visit, forcedCancel } = playOut(s, week, session, resolveWeek);
    yield* recordOutcome(s, visit, forcedCancel);
    if (visit.held) yield* heldSession(s, visit);
    yield* afterSession(s, visit);
  }
}

/** The present: the rest of the calendar, and the featured review brought within the week. */
function* presentDay(s: History): Generator<Step> {
  const { today } = s;
  yield* saveCalendar(s, s.yesterday, today, 24 * 60);
  const due = s.plan?.reviewDate ?? null;
  if (s.roles.has('reviewDueSoon') && (due === null || due < today || due > addDays(today, 7))) {
    yield s.step(today, 24 * 60, () => addAssessment(s, today, 'review', ratingsOn(s, today)));
    yield* newPlanVersion(s, today, 24 * 60, 'active');
  }
}

export function* coupleHistory(o: HistoryOptions): Generator<Step, void, undefined> {
  const s = beginHistory(o);
  yield* intakePhase(s);
  yield* weeklySessions(s);
  yield* presentDay(s);
}
