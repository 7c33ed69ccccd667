import { randomUUID } from 'node:crypto';
import { CoreFailure, invalidFields, notFound } from '@core/errors';
import type { Session } from '@core/session';
import type {
  DueQuestionnaire,
  PrivateCheckIn,
  QuestionnaireResponse,
  questionnairesContract,
  RiskAnswer,
} from '@shared/contract/questionnaires';
import type { Session as ClinicalSession } from '@shared/contract/sessions';
import { partnerCame } from '@shared/domain/attendance';
import { partnerCallName } from '@shared/domain/couple';
import { formatIsoDate, toIsoDate } from '@shared/domain/dates';
import {
  instrumentById,
  measuresDue,
  questionnaireTrajectories,
  scoreMeasure,
} from '@shared/domain/questionnaires';
import type { InstrumentId } from '@shared/domain/questionnaires/types';
import type { ServiceContext } from './context';
import { requireCouple } from './guards';
import type { HandlerMap } from './handlers';

type Partner = 'A' | 'B';

/** Who has the laptop: held for one unlocked session, so a lock ends it whatever happens. */
export interface PrivateHandOff {
  sessionId: string;
  coupleId: string;
  partner: Partner;
  instruments: InstrumentId[];
  checkIn: boolean;
  /** Set by the first Finish or hand-back: a second one (a double click) saves nothing more. */
  closing?: boolean;
}

/** The private hand-off's state and the lock it ends with; kept by the core, outside any service. */
export interface PrivateModeControl {
  current(s: Session): PrivateHandOff | null;
  begin(s: Session, handOff: PrivateHandOff): void;
  /**
   * Locks the vault (the clinician's passphrase is the only way back to the record). The
   * hand-off ends with the session the lock closes, not before: until then the dispatcher still
   * answers only the private channels.
   */
  lock(): Promise<void>;
  /** A key rotation, restore or lock is queued or running: a hand-off must not straddle it. */
  vaultBusy(): boolean;
  autoLockMinutes(): number;
}

/**
 * What the couple's schedule has due for each partner at a session, judged as of the session's
 * date: a partner who was absent from a held session has nothing due at it.
 */
export function questionnairesDueAt(
  s: Session,
  session: ClinicalSession,
): Record<Partner, DueQuestionnaire[]> {
  const schedule = s.questionnaires.schedule(session.coupleId);
  if (schedule.length === 0) return { A: [], B: [] };
  const answered = s.questionnaires
    .listForCouple(session.coupleId)
    .map((r) => ({ instrument: r.instrument, partner: r.partner, date: r.answeredOn }));
  const sessionDates = s.sessions
    .listForCouple(session.coupleId)
    .filter((other) => other.outcome === 'booked' || other.outcome === 'held')
    .map((other) => other.date);
  const reviewDueOn = s.plans.activeFor(session.coupleId)?.reviewDate ?? null;
  const due = measuresDue(schedule, answered, session.date, { sessionDates, reviewDueOn });
  const attends = (partner: Partner) =>
    session.outcome !== 'held' || partnerCame(session.attendance[partner]);
  return {
    A: attends('A') ? due.filter((d) => d.partner === 'A') : [],
    B: attends('B') ? due.filter((d) => d.partner === 'B') : [],
  };
}

/** Both partners' trajectories for a couple, from every response so far (or up to `asOf`). */
export function coupleTrajectories(s: Session, coupleId: string, asOf?: string) {
  return questionnaireTrajectories(s.questionnaires.listForCouple(coupleId), asOf);
}

/** Scores answers against the instrument, or a validation failure naming the item. */
function scored(instrument: InstrumentId, answers: Record<string, number>, field: string) {
  const definition = instrumentById(instrument);
  try {
    return { definition, score: scoreMeasure(definition, answers) };
  } catch (error) {
    if (error instanceof RangeError) throw invalidFields({ [field]: error.message });
    throw error;
  }
}

function riskAnswersOf(score: ReturnType<typeof scoreMeasure>): RiskAnswer[] {
  return score.riskItems.map((item) => ({
    itemId: item.itemId,
    text: item.text,
    answer: item.answer,
    value: item.value,
  }));
}

/** Raises a safety flag for risk answers; the flag's reasons are codes, never the answer text. */
function raiseFlag(s: Session, response: QuestionnaireResponse, now: string): void {
  if (response.riskAnswers.length === 0) return;
  const id = randomUUID();
  const reasons = response.riskAnswers.map(
    (risk) => `questionnaire.${response.partner}.${response.instrument}.${risk.itemId}`,
  );
  s.safety.insert({
    id,
    coupleId: response.coupleId,
    raisedAt: now,
    source: 'questionnaire',
    sourceId: response.id,
    reasons,
  });
  s.audit.record(
    'safety.flag_raised',
    { entity: 'safety_flag', id },
    { coupleId: response.coupleId, reasons },
  );
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a handler map: each questionnaires:* handler is its own short function, closing over save()
export function createQuestionnairesHandlers(ctx: ServiceContext, privateMode: PrivateModeControl) {
  const now = () => ctx.clock().toISOString();

  function save(
    s: Session,
    fields: {
      coupleId: string;
      partner: Partner;
      instrument: InstrumentId;
      answeredOn: string;
      sessionId: string | null;
      answers: Record<string, number>;
    },
    mode: QuestionnaireResponse['mode'],
    field: string,
  ): QuestionnaireResponse {
    const { score } = scored(fields.instrument, fields.answers, field);
    const at = now();
    const response: QuestionnaireResponse = {
      id: randomUUID(),
      ...fields,
      total: score.total,
      band: score.band?.label ?? null,
      isCase: score.caseness.isCase,
      mode,
      riskAnswers: riskAnswersOf(score),
      // What the clinician typed needs no review; what a partner answered alone waits for it.
      reviewedAt: mode === 'clinicianEntered' ? at : null,
      createdAt: at,
    };
    s.questionnaires.insert(response);
    raiseFlag(s, response, at);
    return response;
  }

  return {
    'questionnaires:list': ({ coupleId }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      s.audit.record('questionnaire.listed', { entity: 'couple', id: coupleId }, { coupleId });
      return { items: s.questionnaires.listForCouple(coupleId) };
    },

    'questionnaires:schedule': ({ coupleId }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      return { entries: s.questionnaires.schedule(coupleId) };
    },

    'questionnaires:setSchedule': ({ coupleId, entries }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const seen = new Map<string, number>();
      const errors: Record<string, string> = {};
      entries.forEach((entry, index) => {
        const key = `${entry.instrument}/${entry.partner}`;
        if (seen.has(key)) {
          errors[`entries.${index}.cadence`] =
            `${instrumentById(entry.instrument).shortName} is already scheduled for partner ${entry.partner}`;
        }
        seen.set(key, index);
      });
      if (Object.keys(errors).length > 0) throw invalidFields(errors);
      s.db.transaction(() => {
        s.questionnaires.replaceSchedule(coupleId, entries);
        s.audit.record(
          'questionnaire.schedule_changed',
          { entity: 'couple', id: coupleId },
          { coupleId, entries: entries.length },
        );
      })();
      return { entries: s.questionnaires.schedule(coupleId) };
    },

    'questionnaires:record': (input) => {
      const s = ctx.session();
      requireCouple(s, input.coupleId);
      if (input.answeredOn > toIsoDate(ctx.clock())) {
        throw invalidFields({ answeredOn: 'The date cannot be in the future' });
      }
      if (input.sessionId) {
        const session = s.sessions.get(input.sessionId);
        if (!session || session.coupleId !== input.coupleId) {
          throw invalidFields({ sessionId: 'Choose one of this couple’s sessions' });
        }
      }
      return s.db.transaction(() => {
        const response = save(s, input, 'clinicianEntered', 'answers');
        s.audit.record(
          'questionnaire.recorded',
          { entity: 'questionnaire_response', id: response.id },
          { coupleId: input.coupleId, instrument: input.instrument, partner: input.partner },
        );
        return response;
      })();
    },

    'questionnaires:trajectories': ({ coupleId }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      return { items: coupleTrajectories(s, coupleId) };
    },

    'questionnaires:markReviewed': ({ ids }) => {
      const s = ctx.session();
      return s.db.transaction(() => {
        const reviewed = s.questionnaires.markReviewed(ids, now());
        if (reviewed > 0) s.audit.record('questionnaire.reviewed', undefined, { count: reviewed });
        return { reviewed };
      })();
    },

    'questionnaires:startPrivate': ({ sessionId, partner }): PrivateCheckIn => {
      const s = ctx.session();
      const session = s.sessions.get(sessionId);
      if (!session) throw notFound('session');
      const couple = s.couples.get(session.coupleId);
      if (!couple) throw notFound('couple');
      if (session.outcome === 'cancelled' || session.outcome === 'noShow') {
        throw new CoreFailure(
          'conflict',
          'This session did not take place: there is nothing to answer in it.',
        );
      }
      // The partner rates "this session": only on its day, never weeks later.
      if (session.date !== toIsoDate(ctx.clock())) {
        throw new CoreFailure(
          'conflict',
          `This session is on ${formatIsoDate(session.date)}: a partner answers privately on the day of the session.`,
        );
      }
      if (privateMode.vaultBusy()) {
        throw new CoreFailure(
          'conflict',
          'Rekindle is finishing a task on the encrypted records (a key rotation, a restore or a backup). Hand the laptop over when it is done.',
        );
      }
      const instruments = questionnairesDueAt(s, session)[partner].map((due) => due.instrument);
      // The check-in rates this session: offered once it is recorded as held, the partner came,
      // and nobody has given their check-in yet.
      const checkIn =
        session.outcome === 'held' && partnerCame(session.attendance[partner]) && !session.checkIn[partner];
      const name = partnerCallName(partner === 'A' ? couple.partnerA : couple.partnerB);
      if (instruments.length === 0 && !checkIn) {
        throw new CoreFailure(
          'conflict',
          `Nothing is due for ${name} at this session. Schedule a questionnaire on the couple’s Questionnaires tab, or record that ${name} came to give the check-in.`,
        );
      }
      privateMode.begin(s, { sessionId, coupleId: session.coupleId, partner, instruments, checkIn });
      s.audit.record(
        'questionnaire.private_started',
        { entity: 'session', id: sessionId },
        { coupleId: session.coupleId, partner, instruments: instruments.length, checkIn },
      );
      return {
        partner,
        partnerName: name,
        instruments,
        checkIn,
        autoLockMinutes: privateMode.autoLockMinutes(),
      };
    },

    'questionnaires:submitPrivate': async ({ responses, checkIn }) => {
      const s = ctx.session();
      const handOff = privateMode.current(s);
      if (!handOff || handOff.closing) {
        throw new CoreFailure('conflict', 'No private check-in is open. Nothing was saved.');
      }
      const offered = new Set(handOff.instruments);
      const given = new Set<InstrumentId>();
      const errors: Record<string, string> = {};
      responses.forEach((response, index) => {
        if (!offered.has(response.instrument) || given.has(response.instrument)) {
          errors[`responses.${index}.instrument`] = 'This questionnaire was not offered in this check-in';
        }
        given.add(response.instrument);
      });
      if (checkIn && !handOff.checkIn) errors.checkIn = 'The check-in was not offered in this check-in';
      if (Object.keys(errors).length > 0) throw invalidFields(errors);
      handOff.closing = true;
      let saved: number;
      try {
        saved = s.db.transaction(() => {
          const out = responses.map((response, index) =>
            save(
              s,
              {
                coupleId: handOff.coupleId,
                partner: handOff.partner,
                instrument: response.instrument,
                // The day they answered, which is the session's day (startPrivate allows no other).
                answeredOn: toIsoDate(ctx.clock()),
                sessionId: handOff.sessionId,
                answers: response.answers,
              },
              'privateSelfReport',
              `responses.${index}.answers`,
            ),
          );
          if (checkIn) s.sessions.setPartnerCheckIn(handOff.sessionId, handOff.partner, checkIn, now());
          s.audit.record(
            'questionnaire.private_submitted',
            { entity: 'session', id: handOff.sessionId },
            {
              coupleId: handOff.coupleId,
              partner: handOff.partner,
              responses: out.length,
              checkIn: checkIn !== null,
              riskAnswers: out.reduce((sum, r) => sum + r.riskAnswers.length, 0),
            },
          );
          return out.length + (checkIn ? 1 : 0);
        })();
      } catch (error) {
        // Nothing was saved (the transaction rolled back): the partner can correct and finish.
        handOff.closing = false;
        throw error;
      }
      await privateMode.lock();
      return { saved };
    },

    'questionnaires:cancelPrivate': async () => {
      const s = ctx.session();
      const handOff = privateMode.current(s);
      // Only a hand-off ends in a lock: this is not a second way to lock the record.
      if (!handOff || handOff.closing) throw new CoreFailure('conflict', 'No private check-in is open.');
      handOff.closing = true;
      s.audit.record(
        'questionnaire.private_cancelled',
        { entity: 'session', id: handOff.sessionId },
        { coupleId: handOff.coupleId, partner: handOff.partner },
      );
      await privateMode.lock();
      return { locked: true as const };
    },
  } satisfies HandlerMap<keyof typeof questionnairesContract>;
}
