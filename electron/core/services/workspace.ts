import { notFound } from '@core/errors';
import type { Session } from '@core/session';
import type { Homework } from '@shared/contract/homework';
import type { Session as SessionRecord } from '@shared/contract/sessions';
import type { Workspace, workspaceContract } from '@shared/contract/workspace';
import { milestoneProgress } from '@shared/domain/dashboard/milestones';
import { toIsoDate } from '@shared/domain/dates';
import type { NoteFormat } from '@shared/domain/notes';
import { streaks } from '@shared/domain/progress';
import { type LastNote, sessionBrief } from '@shared/domain/workspace/brief';
import { type BriefLine, briefLine } from '@shared/domain/workspace/brief-line';
import { sessionWins } from '@shared/domain/workspace/wins';
import { compareAscii } from '@shared/domain/workspace/words';
import type { ServiceContext } from './context';
import { gatherDashboardInput } from './dashboard';
import type { HandlerMap } from './handlers';
import { questionnairesDueAt } from './questionnaires';

/** Chart points are not drawn here; the brief reads each milestone's verdicts, not its chart. */
const CHART_POINTS = 200;

/** The couple's last note before `session` (by session date), as the brief quotes it. */
function lastNoteBefore(
  s: Session,
  session: SessionRecord,
  sessions: readonly SessionRecord[],
): LastNote | null {
  const earlier = sessions
    .filter((other) => other.id !== session.id && other.noteId !== null && other.date <= session.date)
    .sort((x, y) => compareAscii(x.date, y.date) || compareAscii(x.startTime ?? '', y.startTime ?? ''));
  const last = earlier.at(-1);
  const note = last?.noteId ? s.notes.get(last.noteId) : null;
  if (!last || !note) return null;
  const { content } = note;
  return { sessionDate: last.date, plan: content.sections.plan ?? null, homework: content.homework };
}

/** The format of the couple's most recent note: the clinician's last choice for them. */
function lastNoteFormat(s: Session, sessions: readonly SessionRecord[]): NoteFormat {
  const withNote = sessions
    .filter((other) => other.noteId !== null)
    .sort((x, y) => compareAscii(x.date, y.date));
  const note = withNote.at(-1)?.noteId ? s.notes.get(withNote.at(-1)?.noteId as string) : null;
  return note?.content.format ?? 'SOAP';
}

/**
 * Everything the brief is derived from, gathered once: the dashboard's own input (so
 * milestones, check-ins and the calendar are the dashboard's series), the couple's homework,
 * open safety flags and the last note.
 */
function gatherBrief(s: Session, session: SessionRecord, today: string) {
  const input = gatherDashboardInput(s, session.coupleId, today, CHART_POINTS);
  const sessions = s.sessions.listForCouple(session.coupleId);
  const homework: Homework[] = s.homework.list(session.coupleId);
  // A past session being recorded late is judged as of its own date.
  const milestones = milestoneProgress({ ...input, today: session.date < today ? session.date : today });
  const brief = sessionBrief({
    session,
    sessions,
    calendar: input.calendar,
    milestones,
    ratings: input,
    homework,
    safetyFlags: s.safety.list({ coupleId: session.coupleId, openOnly: true }),
    lastNote: lastNoteBefore(s, session, sessions),
  });
  const names = input.names ?? { A: 'Partner A', B: 'Partner B' };
  return {
    input,
    names,
    sessions,
    homework,
    milestones,
    brief: { ...brief, questionnairesDue: questionnairesDueAt(s, session) },
  };
}

/** The one-line brief Today shows for a booked session (no wins: Today does not show them). */
export function agendaBriefLine(s: Session, sessionId: string, today: string): BriefLine {
  const session = s.sessions.get(sessionId);
  if (!session) throw notFound('session');
  const { brief, names } = gatherBrief(s, session, today);
  return briefLine(brief, names);
}

/** The active plan's accepted objectives and interventions, as the note links to them. */
function activePlanItems(s: Session, coupleId: string): Pick<Workspace, 'objectives' | 'interventions'> {
  const version = s.plans.activeFor(coupleId);
  if (!version) return { objectives: [], interventions: [] };
  const objectives: Workspace['objectives'] = [];
  const interventions: Workspace['interventions'] = [];
  for (const area of version.document.problemAreas) {
    if (area.decision !== 'accepted') continue;
    for (const goal of area.goals) {
      if (goal.decision !== 'accepted') continue;
      for (const objective of goal.objectives) {
        if (objective.decision !== 'accepted') continue;
        objectives.push({
          planVersionId: version.id,
          key: objective.key,
          description: objective.description,
          goal: goal.description,
          areaTitle: area.title,
        });
        for (const intervention of objective.interventions) {
          if (intervention.decision !== 'accepted') continue;
          interventions.push({
            planVersionId: version.id,
            key: intervention.key,
            name: intervention.name,
            libraryId: intervention.libraryId,
            objectiveKey: objective.key,
          });
        }
      }
    }
  }
  return { objectives, interventions };
}

export function createWorkspaceHandlers(ctx: ServiceContext) {
  return {
    'workspace:get': ({ sessionId }) => {
      const s = ctx.session();
      const session = s.sessions.get(sessionId);
      if (!session) throw notFound('session');
      const today = toIsoDate(ctx.clock());
      const couple = s.couples.get(session.coupleId);
      if (!couple) throw notFound('couple');
      const { input, names, sessions, homework, milestones, brief } = gatherBrief(s, session, today);
      const wins = sessionWins({
        since: brief.since?.date ?? null,
        until: session.date,
        milestones,
        streaks: streaks(input.calendar, session.date),
        homework,
        names,
      });
      const note = s.notes.getBySession(sessionId);
      const next = sessions
        .filter((other) => other.outcome === 'booked' && other.id !== session.id && other.date > session.date)
        .sort(
          (x, y) => compareAscii(x.date, y.date) || compareAscii(x.startTime ?? '', y.startTime ?? ''),
        )[0];
      s.audit.record(
        'session.workspace_opened',
        { entity: 'session', id: sessionId },
        { coupleId: couple.id },
      );
      return {
        session,
        couple: { id: couple.id, displayName: couple.displayName, partners: names },
        brief,
        wins,
        ...activePlanItems(s, couple.id),
        noteFormat: note ? note.content.format : lastNoteFormat(s, sessions),
        note,
        homeworkAssigned: homework.filter((item) => item.assignedInSessionId === sessionId),
        nextBooking: next ?? null,
        // Risk answers first: they are what the clinician must see on taking the laptop back.
        unreviewedResponses: s.questionnaires
          .listUnreviewed(couple.id)
          .sort((x, y) => Number(y.riskAnswers.length > 0) - Number(x.riskAnswers.length > 0)),
      };
    },
  } satisfies HandlerMap<keyof typeof workspaceContract>;
}
