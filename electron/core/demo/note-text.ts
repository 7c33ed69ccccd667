/**
 * Progress notes for the demo practice, assembled from short interchangeable sentences so
 * that no two weeks read quite alike. Everything is generic and invented: no real case, no
 * identifying detail beyond the fictional first names.
 */
import type { HomeworkReviewStatus, HomeworkWho } from '@shared/contract/homework';
import type { NoteContentInput, ObjectiveProgress } from '@shared/contract/notes';
import { formatIsoDate } from '@shared/domain/dates';
import type { Rng } from './prng';
import type { Position } from './profile';

export type DemoSessionType = 'joint' | 'individualA' | 'individualB' | 'workshop';

/** A plan intervention as a note names it: the signed plan version, the item's key, its name. */
export interface PlanItemRef {
  planVersionId: string;
  key: string;
  name: string;
}

/** Homework reviewed in the session, as the review recorded it. */
export interface ReviewedHomework {
  title: string;
  status: HomeworkReviewStatus;
}

/** Homework assigned in the session, as the assignment recorded it. */
export interface AssignedHomework {
  title: string;
  who: HomeworkWho;
  joint: boolean;
  dueDate: string;
}

export interface NoteContext {
  format: 'DAP' | 'SOAP' | 'BIRP';
  type: DemoSessionType | 'intake';
  names: Record<Position, string>;
  /** Who came (present or late) and who was late. */
  came: Record<Position, boolean>;
  late: Record<Position, boolean>;
  inRecovery: Record<Position, boolean>;
  /** Latent progress 0-1 and whether it rose since the last note. */
  level: number;
  improving: boolean;
  /** Plan areas in focus this week ("trust", "communication"...). */
  focus: string;
  /** The plan's interventions used in the session (the text names them). */
  used: PlanItemRef[];
  /** Homework due and reviewed in this session. */
  reviewed: ReviewedHomework[];
  /** Homework assigned in this session (the Plan section and the homework field say so). */
  assigned: AssignedHomework[];
  /** "Progress toward the plan": the active objectives rated in this note. */
  progress: ObjectiveProgress[];
  /** A partner who used since the last session (from the recovery calendar). */
  lapse: Position | null;
  /** The clinician identified a safety concern in this session. */
  safetyConcern: boolean;
  safetyFirst: boolean;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);

const WEEK_WORDS = [
  'calmer than last week',
  'busy but manageable',
  'tense around the weekend',
  'better than expected',
  'up and down',
  'quiet and steady',
  'harder than usual at work',
  'mostly good',
] as const;

const TOPICS = [
  'sharing household chores',
  'plans for a family birthday',
  'money and a delayed bill',
  'time spent with friends who still drink',
  'evenings on phones instead of talking',
  'a visit from relatives',
  'who does the school run',
  'how to spend a free Saturday',
] as const;

const QUOTES_GOOD = [
  'We managed most of our check-ins this week.',
  'It felt easier to say what I needed.',
  'I noticed the small things again.',
  'We laughed together for the first time in a while.',
  'I kept the promises I made, and it showed.',
] as const;
const QUOTES_HARD = [
  'I still feel on edge when plans change.',
  'I want to trust it, but part of me is waiting for the next lie.',
  'It was a hard week to find time for each other.',
  'I felt shut out again after Tuesday.',
  'It is hard to talk without it turning into blame.',
] as const;

const OBSERVATIONS = [
  'used reflective listening with one prompt',
  'kept a calm tone during a disagreement',
  'turned toward each other when describing the week',
  'needed support to slow down and take turns',
  'named feelings rather than accusations',
  'interrupted less than in earlier sessions',
  'were guarded at first and warmed up in the second half',
] as const;

function progressPhrase(ctx: NoteContext): string {
  if (ctx.lapse) return 'A setback this week';
  if (ctx.level > 0.75) return ctx.improving ? 'Gains are holding' : 'Gains are holding, with less momentum';
  if (ctx.level > 0.4) return ctx.improving ? 'Steady progress' : 'Some progress';
  return ctx.improving ? 'Early signs of progress' : 'Little change so far';
}

function attendanceSentence(ctx: NoteContext): string {
  const { names, came, late } = ctx;
  if (ctx.type === 'individualA' || ctx.type === 'individualB') {
    const p: Position = ctx.type === 'individualA' ? 'A' : 'B';
    return `Individual session with ${names[p]}${late[p] ? ' (arrived late)' : ''}.`;
  }
  if (!came.A || !came.B) {
    const present: Position = came.A ? 'A' : 'B';
    const absent: Position = present === 'A' ? 'B' : 'A';
    return `${names[present]} attended alone; ${names[absent]} did not come and had not sent word.`;
  }
  const lateOne = late.A ? 'A' : late.B ? 'B' : null;
  return lateOne
    ? `Both attended; ${names[lateOne]} arrived about ten minutes late.`
    : `Both partners attended on time.`;
}

function dataText(rng: Rng, ctx: NoteContext): string {
  const v = {
    A: ctx.names.A,
    B: ctx.names.B,
    weekA: rng.pick(WEEK_WORDS),
    weekB: rng.pick(WEEK_WORDS),
    topic: rng.pick(TOPICS),
    exercise: ctx.used[0]?.name ?? 'the agreed exercise',
    focus: ctx.focus,
  };
  const parts = [attendanceSentence(ctx)];
  if (ctx.type === 'intake') {
    parts.push(
      fill(
        'Intake: both partners described how the use affected closeness and trust; goals discussed in their own words. Safety screen completed with each partner separately.',
        v,
      ),
    );
  } else if (ctx.type === 'workshop') {
    parts.push(
      fill('Skills workshop on {focus}: practiced the structure in pairs with the group (demo).', v),
    );
  } else {
    parts.push(
      fill(
        rng.pick([
          '{A} described the week as {weekA}; {B} described it as {weekB}.',
          '{A} reported a week that was {weekA}. {B} agreed, adding that it was {weekB} at times.',
          'Reviewed the week: {weekA} for {A}, {weekB} for {B}.',
        ]),
        v,
      ),
      ...ctx.reviewed.map((homework) => reviewSentence(rng, homework)),
      fill(
        rng.pick(
          ctx.used.length > 0
            ? [
                'Practiced {exercise} in session, using a recent disagreement about {topic}.',
                'Worked on {focus} with {exercise}; discussed {topic}.',
              ]
            : [
                'Discussed a disagreement about {topic}; the time-out agreement was used once.',
                'Worked on {focus} using a recent disagreement about {topic}.',
              ],
        ),
        v,
      ),
    );
  }
  if (ctx.lapse) {
    parts.push(
      `${ctx.names[ctx.lapse]} disclosed a lapse since the last session, recorded on the recovery calendar; reviewed what led up to it and the relapse-prevention plan.`,
    );
  }
  if (ctx.safetyConcern) {
    parts.push(
      'A safety concern was raised; the safety screen was repeated with each partner separately and a safety plan agreed. Conjoint work paused.',
    );
  }
  return parts.join(' ');
}

const REVIEW_WORDS: Record<HomeworkReviewStatus, readonly string[]> = {
  done: ['done on most days', 'done as agreed', 'done, and both said it helped'],
  partly: ['done twice, then dropped mid-week', 'partly done; the weekend got away from them'],
  notDone: ['not done; explored what got in the way', 'not done this week; agreed to try a shorter version'],
};

function reviewSentence(rng: Rng, homework: ReviewedHomework): string {
  return `Reviewed homework (${homework.title}): ${rng.pick(REVIEW_WORDS[homework.status])}.`;
}

/** Who does the homework, in the names the clinician uses. */
function forWhom(ctx: Pick<NoteContext, 'names'>, homework: AssignedHomework): string {
  if (homework.who === 'partnerA') return ctx.names.A;
  if (homework.who === 'partnerB') return ctx.names.B;
  return homework.joint ? 'both partners together' : 'each partner';
}

/** The homework assigned, in one line each: what, for whom, due when (the documents' date style). */
export function homeworkText(ctx: Pick<NoteContext, 'names' | 'assigned'>): string | null {
  if (ctx.assigned.length === 0) return null;
  return ctx.assigned
    .map((h) => `${h.title}, for ${forWhom(ctx, h)}, due ${formatIsoDate(h.dueDate)}.`)
    .join(' ');
}

function assessmentText(rng: Rng, ctx: NoteContext): string {
  const observation = rng.pick(OBSERVATIONS);
  const base = `${progressPhrase(ctx)} toward the ${ctx.focus} goals. The partners ${observation}.`;
  if (ctx.safetyFirst) return `${base} Safety-first plan: individual sessions until the concern is resolved.`;
  if (ctx.lapse)
    return `${base} The lapse is being used as information, not as failure; both stayed engaged.`;
  return base;
}

function planText(rng: Rng, ctx: NoteContext): string {
  const homework = homeworkText(ctx);
  const next = rng.pick([
    'Next session in one week.',
    'Next session in one week: review the homework and the recovery calendar.',
    'Next session in one week; keep the daily check-in going.',
  ]);
  if (ctx.type === 'intake')
    return 'Treatment plan to be drafted from the assessment. Next session in one week.';
  return homework ? `Homework assigned: ${homework} ${next}` : `No new homework this week. ${next}`;
}

/** A complete progress note in the couple's chosen format. */
export function demoNote(rng: Rng, ctx: NoteContext): NoteContentInput {
  const data = dataText(rng, ctx);
  const assessment = assessmentText(rng, ctx);
  const plan = planText(rng, ctx);
  const quote = (p: Position) =>
    `${ctx.names[p]}: “${ctx.improving && !ctx.lapse ? rng.pick(QUOTES_GOOD) : rng.pick(QUOTES_HARD)}”`;
  const sections =
    ctx.format === 'DAP'
      ? { data, assessment, plan }
      : ctx.format === 'SOAP'
        ? {
            subjective: (['A', 'B'] as const)
              .filter((p) => ctx.came[p])
              .map(quote)
              .join(' '),
            objective: data,
            assessment,
            plan,
          }
        : {
            behavior: data,
            intervention: `Structured practice of ${ctx.used[0]?.name ?? 'the agreed exercise'} with coaching.`,
            response: assessment,
            plan,
          };
  const use = (p: Position) =>
    ctx.lapse === p ? 'yes' : ctx.came[p] || !ctx.inRecovery[p] ? 'no' : 'unknown';
  return {
    format: ctx.format,
    sections,
    interventions: [],
    planInterventions: ctx.used,
    progress: ctx.progress,
    homework: homeworkText(ctx),
    risk: {
      useSinceLastSession: { A: use('A'), B: use('B') },
      safetyConcerns: ctx.safetyConcern,
      suicidalThoughts: false,
      // While a safety flag is open a note is signed only with its risk details written.
      details: ctx.safetyConcern
        ? 'Fear of the partner disclosed after an argument (demo). Safety plan agreed; individual sessions next.'
        : ctx.safetyFirst
          ? 'Safety plan reviewed with each partner; no new incident reported (demo).'
          : null,
    },
  };
}
