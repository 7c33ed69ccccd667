import { randomUUID } from 'node:crypto';
import { CoreFailure, notFound } from '@core/errors';
import type { Session } from '@core/session';
import { ATTESTATION, type Note, type notesContract } from '@shared/contract/notes';
import { partnerCallName } from '@shared/domain/couple';
import { toIsoDate } from '@shared/domain/dates';
import {
  hasContent,
  type NoteContent,
  noteSearchText,
  noteSections,
  type RiskReviewGap,
  riskFlags,
  riskReviewGaps,
} from '@shared/domain/notes';
import { type LinkablePlanVersion, resolveNoteLinks } from '@shared/domain/plan';
import { futureNoteRefusal } from '@shared/domain/session-date';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

/** What a signature covers: only the sections of the chosen format (others were drafts of another format). */
function signedContent(content: NoteContent): NoteContent {
  const sections: NoteContent['sections'] = {};
  for (const section of noteSections[content.format])
    sections[section.id] = content.sections[section.id] ?? '';
  return { ...content, sections };
}

/** How a note is titled in the search index (an addendum's adds "Addendum · " in front). */
export function noteIndexTitle(coupleName: string, sessionDate: string): string {
  return `${coupleName} · ${sessionDate}`;
}

export const ADDENDUM_INDEX_PREFIX = 'Addendum · ';
export const PROCESS_NOTE_INDEX_TITLE = 'Process note';

/** The plan versions a note's links name (only those: a couple's history can hold many). */
function linkedPlanVersions(s: Session, content: NoteContent): LinkablePlanVersion[] {
  const ids = new Set([
    ...content.progress.map((entry) => entry.planVersionId),
    ...content.planInterventions.map((item) => item.planVersionId),
  ]);
  return [...ids].flatMap((id) => {
    const version = s.plans.get(id);
    return version ? [version] : [];
  });
}

/**
 * The note's links to the plan checked against the plan versions they name, with each
 * objective's wording and intervention's name taken from that version (so the note keeps the
 * words the plan had when it was written). Refused, naming the field, when a link does not resolve.
 */
export function linkedToPlan(s: Session, coupleId: string, content: NoteContent): NoteContent {
  if (content.progress.length === 0 && content.planInterventions.length === 0) return content;
  const resolved = resolveNoteLinks(content, coupleId, linkedPlanVersions(s, content));
  const problems = Object.entries(resolved.problems);
  const first = problems[0];
  if (first) {
    throw new CoreFailure(
      'validation',
      `The note's links to the treatment plan need attention: ${first[1]}.`,
      {
        fields: Object.fromEntries(problems.map(([field, message]) => [`content.${field}`, message])),
      },
    );
  }
  return {
    ...content,
    progress: resolved.progress.map(({ planVersion: _, ...entry }) => entry),
    planInterventions: resolved.planInterventions.map(({ planVersion: _, ...item }) => item),
  };
}

/** A risk review gap in words, naming the partner as the clinician knows them. */
function gapText(gap: RiskReviewGap, names: { A: string; B: string }): [field: string, message: string] {
  if (gap.kind === 'details') return ['content.risk.details', 'the risk details'];
  return [
    `content.risk.useSinceLastSession.${gap.partner}`,
    `whether ${names[gap.partner]} used since the last session (yes or no)`,
  ];
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a handler map: each notes:* handler is its own short function, closing over the signing helpers
export function createNotesHandlers(ctx: ServiceContext) {
  function load(id: string): Note {
    const note = ctx.session().notes.get(id);
    if (!note) throw notFound('note');
    return note;
  }

  function sessionTitle(sessionId: string): { coupleId: string; title: string } {
    const session = ctx.session().sessions.get(sessionId);
    if (!session) throw notFound('session');
    const couple = ctx.session().couples.get(session.coupleId);
    return { coupleId: session.coupleId, title: noteIndexTitle(couple?.displayName ?? '', session.date) };
  }

  /** A risk answer in a note raises the couple's safety flag, once per note. */
  function raiseRiskFlag(note: Note, content: NoteContent, now: string): void {
    const reasons = riskFlags(content.risk);
    if (reasons.length === 0) return;
    const s = ctx.session();
    const existing = s.safety
      .list({ coupleId: note.coupleId, openOnly: false })
      .find((f) => f.sourceId === note.id);
    if (existing) return;
    const flagId = randomUUID();
    s.safety.insert({
      id: flagId,
      coupleId: note.coupleId,
      raisedAt: now,
      source: 'note',
      sourceId: note.id,
      reasons,
    });
    s.audit.record(
      'safety.flag_raised',
      { entity: 'safety_flag', id: flagId },
      { coupleId: note.coupleId, reasons },
    );
  }

  /** A note records a session that took place: none for a session dated after today. */
  function refuseFutureNote(sessionId: string): void {
    const session = ctx.session().sessions.get(sessionId);
    const refusal = session ? futureNoteRefusal(session, toIsoDate(ctx.clock())) : null;
    if (refusal) throw new CoreFailure('validation', refusal);
  }

  /**
   * With an open safety flag on the couple, a note is signed only once its risk review is
   * complete (issue 15: safety stays first). Says exactly what is missing.
   */
  function refuseIncompleteRiskReview(note: Note, content: NoteContent): void {
    const s = ctx.session();
    if (s.safety.list({ coupleId: note.coupleId, openOnly: true }).length === 0) return;
    const session = s.sessions.get(note.sessionId);
    if (!session) throw notFound('session');
    const gaps = riskReviewGaps(content.risk, session.attendance);
    if (gaps.length === 0) return;
    const couple = s.couples.get(note.coupleId);
    const names = {
      A: couple ? partnerCallName(couple.partnerA) : 'partner A',
      B: couple ? partnerCallName(couple.partnerB) : 'partner B',
    };
    const missing = gaps.map((gap) => gapText(gap, names));
    throw new CoreFailure(
      'validation',
      `This couple has an open safety flag, so the risk review must be complete before the note is signed. Still missing: ${missing.map(([, text]) => text).join('; ')}.`,
      {
        fields: Object.fromEntries(
          missing.map(([field, text]) => [field, `Required while a safety flag is open: ${text}`]),
        ),
      },
    );
  }

  return {
    'notes:saveDraft': ({ sessionId, content: input }) => {
      const s = ctx.session();
      const { coupleId, title } = sessionTitle(sessionId);
      const now = ctx.clock().toISOString();
      const existing = s.notes.getBySession(sessionId);
      refuseFutureNote(sessionId);
      if (existing?.status === 'signed') {
        throw new CoreFailure(
          'validation',
          'This note is signed and cannot be changed. Add an addendum instead.',
        );
      }
      const content = linkedToPlan(s, coupleId, input);
      const id = existing?.id ?? randomUUID();
      s.db.transaction(() => {
        if (existing) s.notes.updateDraft(id, content, now);
        else {
          s.notes.insertDraft({ id, sessionId, coupleId, content, now });
          s.audit.record('note.created', { entity: 'note', id }, { coupleId, format: content.format });
        }
        s.search.index('note', id, coupleId, title, noteSearchText(content));
        raiseRiskFlag(load(id), content, now);
      })();
      return load(id);
    },

    'notes:get': ({ id }) => {
      const note = load(id);
      ctx.session().audit.record('note.viewed', { entity: 'note', id }, { coupleId: note.coupleId });
      return note;
    },

    'notes:sign': ({ id, signedBy }) => {
      const s = ctx.session();
      const note = load(id);
      if (note.status === 'signed') return note;
      refuseFutureNote(note.sessionId);
      const content = signedContent(note.content);
      if (!hasContent(content)) {
        throw new CoreFailure('validation', 'Write the note before signing it.', {
          fields: { content: 'Every section is empty' },
        });
      }
      refuseIncompleteRiskReview(note, content);
      const signedAt = ctx.clock().toISOString();
      s.db.transaction(() => {
        s.notes.sign({
          id,
          sessionId: note.sessionId,
          content,
          signedAt,
          signedBy,
          attestation: ATTESTATION,
        });
        s.search.index(
          'note',
          id,
          note.coupleId,
          sessionTitle(note.sessionId).title,
          noteSearchText(content),
        );
        s.audit.record('note.signed', { entity: 'note', id }, { coupleId: note.coupleId });
      })();
      return load(id);
    },

    'notes:addAddendum': ({ noteId, body, signedBy }) => {
      const s = ctx.session();
      const note = load(noteId);
      if (note.status !== 'signed') {
        throw new CoreFailure('validation', 'A draft can still be edited; addenda are for signed notes.');
      }
      const id = randomUUID();
      const createdAt = ctx.clock().toISOString();
      s.db.transaction(() => {
        s.notes.insertAddendum({ id, noteId, body, createdAt, signedBy });
        s.search.index(
          'addendum',
          id,
          note.coupleId,
          `${ADDENDUM_INDEX_PREFIX}${sessionTitle(note.sessionId).title}`,
          body,
        );
        s.audit.record(
          'note.addendum_added',
          { entity: 'note', id: noteId },
          { coupleId: note.coupleId, addendumId: id },
        );
      })();
      return load(noteId);
    },

    'notes:listUnsigned': ({ olderThanHours }) => {
      const cutoff = new Date(ctx.clock().getTime() - olderThanHours * 3_600_000).toISOString();
      return { items: ctx.session().notes.listUnsigned(cutoff) };
    },

    'notes:saveProcessNote': ({ id, coupleId, sessionId, body }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      if (sessionId && s.sessions.get(sessionId)?.coupleId !== coupleId) throw notFound('session');
      const now = ctx.clock().toISOString();
      const existing = id ? s.notes.getProcessNote(id) : null;
      if (id && (!existing || existing.coupleId !== coupleId)) throw notFound('process note');
      const noteId = existing?.id ?? randomUUID();
      s.db.transaction(() => {
        s.notes.upsertProcessNote({
          id: noteId,
          coupleId,
          sessionId,
          body,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        });
        s.search.index('process', noteId, coupleId, PROCESS_NOTE_INDEX_TITLE, body);
        s.audit.record(
          existing ? 'process_note.updated' : 'process_note.created',
          { entity: 'process_note', id: noteId },
          { coupleId },
        );
      })();
      const saved = s.notes.getProcessNote(noteId);
      if (!saved) throw notFound('process note');
      return saved;
    },

    'notes:listProcessNotes': ({ coupleId }) => {
      const s = ctx.session();
      s.audit.record('process_note.listed', { entity: 'couple', id: coupleId });
      return {
        items: s.notes.listProcessNotes(coupleId),
      };
    },
  } satisfies HandlerMap<keyof typeof notesContract>;
}
