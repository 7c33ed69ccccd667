/**
 * Progress notes for the demo practice, assembled from short interchangeable sentences so
 * that no two weeks read quite alike. Everything is generic and invented: no real case, no
 * identifying detail beyond the fictional first names.
 */
import type { NoteContentInput } from '../../../shared/contract/notes';
import type { Rng } from './prng';
import type { Position } from './profile';

export type DemoSessionType = 'joint' | 'individualA' | 'individualB' | 'workshop';

export interface NoteContext {
  format: 'DAP' | 'SOAP' | 'BIRP';
  type: DemoSessionType | 'intake';
  names: Record<Position, string>;
  /** Who came (present or late) and who was late. */
  came: Record<Position, boolean>;
  late: Record<Position, boolean>;
  inRecovery: Record<Position, boolean>;
  /** Latent progress 0-1 and whether it rose since the last note. */
  progress: number;
  improving: boolean;
  /** Plan areas in focus this week ("trust", "communication"...). */
  focus: string;
  /** Intervention names from the active plan. */
  exercises: string[];
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
  'We skipped the exercises; the week got away from us.',
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
  if (ctx.progress > 0.75)
    return ctx.improving ? 'Gains are holding' : 'Gains are holding, with less momentum';
  if (ctx.progress > 0.4) return ctx.improving ? 'Steady progress' : 'Some progress';
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
    exercise: ctx.exercises[0] ?? 'the agreed exercise',
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
      fill(
        rng.pick([
          'Reviewed homework ({exercise}): done on most days.',
          'Reviewed homework ({exercise}): done twice, then dropped mid-week.',
          'Homework ({exercise}) not done; explored what got in the way.',
          'Discussed a disagreement about {topic}; the time-out agreement was used once.',
          'Worked on {focus} using a recent disagreement about {topic}.',
        ]),
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

function assessmentText(rng: Rng, ctx: NoteContext): string {
  const observation = rng.pick(OBSERVATIONS);
  const base = `${progressPhrase(ctx)} toward the ${ctx.focus} goals. The partners ${observation}.`;
  if (ctx.safetyFirst) return `${base} Safety-first plan: individual sessions until the concern is resolved.`;
  if (ctx.lapse)
    return `${base} The lapse is being used as information, not as failure; both stayed engaged.`;
  return base;
}

function planText(rng: Rng, ctx: NoteContext): string {
  const exercise = ctx.exercises[1] ?? ctx.exercises[0] ?? 'the agreed exercise';
  return rng.pick([
    `Continue ${exercise}; next session in one week.`,
    `Keep the daily check-in; add ${exercise}. Next session in one week.`,
    `Repeat ${exercise} three times before the next session; review the log then.`,
    `Next session in one week: review ${exercise} and the recovery calendar.`,
  ]);
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
            intervention: `Structured practice of ${ctx.exercises[0] ?? 'the agreed exercise'} with coaching.`,
            response: assessment,
            plan,
          };
  const use = (p: Position) =>
    ctx.lapse === p ? 'yes' : ctx.came[p] || !ctx.inRecovery[p] ? 'no' : 'unknown';
  return {
    format: ctx.format,
    sections,
    interventions: ctx.exercises.slice(0, 2),
    homework: ctx.exercises[1] ?? ctx.exercises[0] ?? null,
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
