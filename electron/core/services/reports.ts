import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { NewReportRecord } from '@core/db/repos/reports';
import { CoreFailure, notFound } from '@core/errors';
import { renderCalendarSheet } from '@core/reports/calendar-sheet';
import { renderEmergencySheet } from '@core/reports/emergency-sheet';
import type { PartTwoFrame } from '@core/reports/frame';
import { noteSubstanceUsePartners, renderNote } from '@core/reports/note-document';
import { planSubstanceUsePartners, renderPlan } from '@core/reports/plan-document';
import { renderProgressReport } from '@core/reports/progress-report';
import type { DocumentFrame, DocumentPartners, RenderedDocument } from '@core/reports/types';
import { renderWorksheet } from '@core/reports/worksheet';
import { writeToChosenPath } from '@core/save-chosen-file';
import { loadVersion } from '@core/services/plans/versions';
import type { Session } from '@core/session';
import type { PreferencesStore, SaveDialog, SaveFileKind } from '@core/types';
import {
  type DocumentRecipient,
  type ParsedReportRequest,
  type ProgressReportOptions,
  progressReportOptionsSchema,
  type ReportRecord,
  type reportsContract,
} from '@shared/contract/reports';
import { emptyLetterhead } from '@shared/contract/settings';
import {
  type ConsentPartner,
  consentCitation,
  consentCoverage,
  type DisclosureScope,
  missingConsentMessages,
} from '@shared/domain/consent';
import { partnerFullName } from '@shared/domain/couple';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { savedFileName } from '@shared/domain/file-names';
import { safetyBlockMessage, safetyRefusal } from '@shared/domain/homework';
import type { LibraryEntry } from '@shared/domain/library';
import { reportDisclosureScopes, reportSubstanceUsePartners } from '@shared/domain/reports/disclosure';
import { handoutExercise, NOTE_COUPLE_COPY_TITLE } from '@shared/domain/reports/handouts';
import { fileNameInitials, reportPartnerName } from '@shared/domain/reports/identifiers';
import { emptyPeriodText, periodProblems } from '@shared/domain/reports/period';
import { reportPlanGoals } from '@shared/domain/reports/plan-items';
import {
  buildProgressReport,
  type ProgressReportInput,
  reportSubstanceUseRecord,
} from '@shared/domain/reports/progress-report';
import {
  applyDecisions,
  decisionProblem,
  decisionsForRecord,
} from '@shared/domain/reports/redaction/decisions';
import {
  reportFreeTextFields,
  rewritePlanTexts,
  scanKindsFor,
} from '@shared/domain/reports/redaction/fields';
import { findingKindLabels, scanFreeText } from '@shared/domain/reports/redaction/scan';
import { partTwoAbbreviatedNotice, partTwoRedisclosureNotice } from '@shared/domain/reports/redisclosure';
import { substanceUseScreen } from '@shared/domain/reports/substance-use';
import type { ServiceContext } from './context';
import { gatherDashboardInput } from './dashboard';
import type { HandlerMap } from './handlers';
import { hasOpenSafetyFlag } from './homework';
import { perSession } from './per-session';
import { initialsIfChosen, readPreferences } from './settings';

export interface ReportsDeps {
  preferences: PreferencesStore;
  /** Asks the clinician where to save (Electron's native dialog); absent where there is no window. */
  saveDialog: SaveDialog | undefined;
  /** The demo practice: every page says so. */
  demo: boolean;
  /** Whether a recovery key opens this vault (checked before it is printed). */
  recoveryKeyOpens(recoveryKey: string): Promise<boolean>;
}

/** A generated document waiting to be saved or printed. Kept in memory only, never on disk. */
interface OpenDocument {
  bytes: Buffer;
  fileName: string;
  recordId: string | null;
  /**
   * Which folder the save dialog opens in (the one last used for this kind); null when it is
   * printed only: the emergency sheet holds the recovery key and never becomes a file.
   */
  saveKind: SaveFileKind | null;
}

/** The last few documents per unlocked session: locking drops the session and them with it. */
const OPEN_DOCUMENTS_KEPT = 8;
const documentsOf = perSession<OpenDocument>();

function keep(s: Session, id: string, document: OpenDocument): void {
  const documents = documentsOf(s);
  documents.set(id, document);
  for (const oldest of documents.keys()) {
    if (documents.size <= OPEN_DOCUMENTS_KEPT) break;
    documents.delete(oldest);
  }
}

/**
 * The plan the couple was working to at the end of a report's period: the last version signed
 * on or before that day. A report on last spring is judged against last spring's goals, not
 * against a plan signed since.
 */
function planInForce(s: Session, coupleId: string, periodEnd: string) {
  const signed = s.plans
    .listForCouple(coupleId)
    .filter((summary) => summary.signedAt !== null && toIsoDate(new Date(summary.signedAt)) <= periodEnd)
    .sort((a, b) => b.version - a.version)[0];
  const version = signed ? s.plans.get(signed.id) : null;
  if (!version?.signedAt) return null;
  return { document: version.document, signedAt: version.signedAt, reviewDate: version.reviewDate };
}

/**
 * A progress report as data, from the couple's whole record: the same gathering as the
 * dashboard (so charts and statuses match it), the plan in force at the period's end, and what
 * the first page and the outside-recipient details read beside it.
 */
function progressModel(
  s: Session,
  options: ProgressReportOptions,
  today: string,
  /** The redaction review's rewrites of plan texts, by field id (see redaction/fields.ts). */
  rewrites: ReadonlyMap<string, string> = new Map(),
) {
  const { couple, initials } = loadCouple(s, options.coupleId);
  const plan = planInForce(s, couple.id, options.to);
  const sessions = s.sessions.listForCouple(couple.id);
  const assessments = s.assessments.listForCouple(couple.id).flatMap((summary) => {
    const a = s.assessments.get(summary.id);
    if (!a) return [];
    const basis = (answers: typeof a.partnerA, scores: typeof a.scores.partnerA) => ({
      dsm5Assessed: scores.dsm5Assessed,
      severity: scores.severity,
      substances: answers.substances,
    });
    return [
      {
        assessedOn: a.assessedOn,
        A: basis(a.partnerA, a.scores.partnerA),
        B: basis(a.partnerB, a.scores.partnerB),
      },
    ];
  });
  const dashboardInput = {
    // The builder thins the charts for paper itself; 200 is only the dashboard's default.
    ...gatherDashboardInput(s, couple.id, today, 200),
    plan: plan ? { document: rewritePlanTexts(plan.document, rewrites), signedAt: plan.signedAt } : null,
  };
  const input: ProgressReportInput = {
    couple,
    options,
    dashboardInput,
    generatedOn: today,
    // Totals, dates and who gave them, in the order the questionnaires service passes them to
    // the same trajectories; never the item answers, so none can reach the paper.
    questionnaires: s.questionnaires
      .listForCouple(couple.id)
      .map(({ partner, instrument, answeredOn, total, mode, createdAt }) => ({
        partner,
        instrument,
        answeredOn,
        total,
        mode,
        createdAt,
      })),
    extras: {
      startDate: couple.startDate,
      datesOfBirth: { A: couple.partnerA.dateOfBirth, B: couple.partnerB.dateOfBirth },
      services: sessions.map(({ date, type, outcome }) => ({ date, type, outcome })),
      assessments,
      reviewDate: plan?.reviewDate ?? null,
      homework: s.homework.list(couple.id),
    },
  };
  return {
    couple,
    initials,
    model: buildProgressReport(input),
    /** What the consents are checked for: the same record the builder read. */
    substanceUse: reportSubstanceUseRecord(input),
  };
}

type ProgressOptions = Extract<ParsedReportRequest, { kind: 'progress' }>['options'];

/** A few words either side of a finding, for the review to show it in context. */
const CONTEXT_CHARS = 60;

/**
 * The redaction review of a progress report: the free text it would print (the one list in
 * `reportFreeTextFields`) and what the scan finds there that the options leave out. Run for
 * `reports:scan` and again, on the same record, for `reports:generate`.
 */
function reviewProgressText(s: Session, options: ProgressOptions, today: string) {
  const { couple, initials } = loadCouple(s, options.coupleId);
  const plan = planInForce(s, couple.id, options.to);
  const substances = [...couple.partnerA.substances, ...couple.partnerB.substances];
  // The goals the report shows: the builder leaves out the same ones (see plan-items.ts).
  const screen = options.includeSubstanceUse ? null : substanceUseScreen(substances);
  const goals = reportPlanGoals(plan?.document, screen);
  const fields = reportFreeTextFields(options, plan ? { document: plan.document, goals } : null);
  const findings = scanFreeText(
    fields,
    {
      partners: { A: couple.partnerA, B: couple.partnerB },
      displayName: couple.displayName,
      recordedSubstances: substances,
      today,
    },
    scanKindsFor(options),
  );
  return { couple, initials, plan, fields, findings };
}

/**
 * The second half of the after-unlock warm-up (see reports/warm-up.ts): the report model of
 * the couple seen most recently, over the last three months, built and thrown away. The
 * synthetic report compiles the layout; this runs the model over a real record's size and
 * shape (a signed plan, milestone series, months of calendar, many pages) and brings its rows
 * into the database cache. Nothing is stored, audited or kept; a failure only costs speed.
 */
export async function warmProgressModel(s: Session, today: string): Promise<void> {
  const recent = s.today
    .couplesLastSeen(today)
    .filter((couple) => couple.lastHeld !== null)
    .sort((x, y) => ((x.lastHeld ?? '') < (y.lastHeld ?? '') ? 1 : -1))[0];
  if (!recent) return;
  const from = addDaysIso(today, -90);
  const couple = s.couples.get(recent.coupleId);
  if (!couple) return;
  const options = progressReportOptionsSchema.parse({
    coupleId: couple.id,
    from: couple.startDate && couple.startDate > from ? couple.startDate : from,
    to: today,
    recipient: 'couple',
    recipientName: null,
    identifiers: 'full',
    includeSubstanceUse: true,
    sections: {
      attendance: true,
      goals: true,
      milestones: true,
      charts: true,
      calendar: true,
      questionnaires: true,
    },
    narrative: null,
    recommendations: null,
  });
  const { model } = progressModel(s, options, today);
  // Its own turn of the event loop: building and laying out never block together.
  await new Promise<void>((resolve) => setImmediate(resolve));
  await renderProgressReport(model, { letterhead: emptyLetterhead, demo: false, generatedAt: new Date() });
}

/** A couple as documents print it: partners' names and who is in recovery, and file-name initials. */
export function loadCouple(s: Session, coupleId: string) {
  const couple = s.couples.get(coupleId);
  if (!couple) throw notFound('couple');
  const partners: DocumentPartners = {
    A: { name: partnerFullName(couple.partnerA), inRecovery: couple.partnerA.inRecovery },
    B: { name: partnerFullName(couple.partnerB), inRecovery: couple.partnerB.inRecovery },
  };
  const initials = `${fileNameInitials(couple.partnerA)}-${fileNameInitials(couple.partnerB)}`;
  return { couple, partners, initials };
}

/**
 * A document that shows partners' substance-use information to a recipient is a disclosure
 * under 42 CFR part 2: each such partner needs a current consent to that recipient covering
 * what is shown, or the document is refused with, per partner, what is missing. Returns the
 * 42 CFR 2.32 marking (statement, footer, the consents named) and the consent ids to record;
 * undefined marking when nothing of the kind is shown.
 */
function disclosureFor(
  s: Session,
  couple: ReturnType<typeof loadCouple>['couple'],
  request: {
    recipient: DocumentRecipient;
    date: string;
    partners: readonly ConsentPartner[];
    scopes: readonly DisclosureScope[];
    field: (partner: ConsentPartner) => string;
    /** The other way out, in the refusal: leave the details out, or print for the record. */
    instead?: (name: string) => string;
    /** How the document names the partners (initials on a report that uses them). */
    citeAs?: Record<ConsentPartner, string>;
  },
): { partTwo: PartTwoFrame | undefined; consentIds: string[] } {
  if (request.partners.length === 0) return { partTwo: undefined, consentIds: [] };
  const includes = (p: ConsentPartner) => (request.partners.includes(p) ? request.scopes : []);
  const coverage = consentCoverage(s.consents.list(couple.id), {
    recipient: request.recipient,
    date: request.date,
    includes: { A: includes('A'), B: includes('B') },
  });
  const names = { A: partnerFullName(couple.partnerA), B: partnerFullName(couple.partnerB) };
  const missing = missingConsentMessages(coverage, names, request.instead);
  const entries = Object.entries(missing) as [ConsentPartner, string][];
  if (entries.length > 0) {
    throw new CoreFailure('validation', entries.map(([, message]) => message).join(' '), {
      fields: Object.fromEntries(entries.map(([partner, message]) => [request.field(partner), message])),
    });
  }
  const covered = (['A', 'B'] as const).flatMap((p) => {
    const c = coverage[p];
    return c.status === 'covered' ? [{ partner: p, consent: c.consent }] : [];
  });
  return {
    partTwo: {
      statement: partTwoRedisclosureNotice,
      footer: partTwoAbbreviatedNotice,
      consents: covered.map(({ partner, consent }) =>
        consentCitation(consent, (request.citeAs ?? names)[partner]),
      ),
    },
    consentIds: covered.map(({ consent }) => consent.id),
  };
}

/** A note or plan for a recipient (a disclosure), or for the clinician's own record. */
function documentDisclosure(
  s: Session,
  couple: ReturnType<typeof loadCouple>['couple'],
  recipient: DocumentRecipient | null,
  date: string,
  partners: readonly ConsentPartner[],
  scopes: readonly DisclosureScope[],
) {
  if (recipient === null) return { partTwo: undefined, consentIds: [] as string[] };
  return disclosureFor(s, couple, {
    recipient,
    date,
    partners,
    scopes,
    field: (p) => `recipient.consent${p}`,
    instead: () => 'print the copy for the clinical record instead',
  });
}

interface Generated {
  title: string;
  coupleId: string | null;
  fileName: string;
  rendered: RenderedDocument;
  /** What the record keeps; null for a document that is never recorded (the emergency sheet). */
  record: Pick<NewReportRecord, 'recipient' | 'recipientName' | 'options'> | null;
}

/** What every printed document carries besides its content: the letterhead, the demo mark, the time. */
export function documentFrame(preferences: PreferencesStore, demo: boolean, now: Date): DocumentFrame {
  return { letterhead: readPreferences(preferences).letterhead, demo, generatedAt: now };
}

/**
 * A worksheet for a couple with an open safety flag is refused for a joint, touch or conflict
 * exercise, by the same rule that refuses assigning it as homework: a sheet on the fridge is an
 * invitation to do the exercise. The message names why and the individual alternatives.
 */
function refuseWhileSafetyFlagOpen(
  s: Session,
  coupleId: string,
  entry: LibraryEntry,
  field: string,
  then = '',
): void {
  if (!hasOpenSafetyFlag(s, coupleId)) return;
  const refusal = safetyRefusal(entry, s.library.entries());
  if (!refusal) return;
  const message = [
    safetyBlockMessage(entry.name, refusal.reason, refusal.alternatives, 'cannot be printed for this couple'),
    then,
  ]
    .join(' ')
    .trim();
  throw new CoreFailure('validation', message, { fields: { [field]: message } });
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a handler map: each reports:* handler is its own short function, closing over the documents waiting to be saved
export function createReportsHandlers(ctx: ServiceContext, deps: ReportsDeps) {
  const frame = () => documentFrame(deps.preferences, deps.demo, ctx.clock());
  const named = (initials: string) => initialsIfChosen(deps.preferences, initials);

  /** A homework assignment's worksheet: the couple, the exercise and the wording come from the assignment. */
  async function homeworkWorksheet(
    s: Session,
    request: Extract<ParsedReportRequest, { kind: 'worksheet' }>,
  ): Promise<Generated> {
    const homework = request.homeworkId ? s.homework.get(request.homeworkId) : null;
    if (!homework) throw notFound('homework');
    const differs = (given: string | null, own: string | null) => given !== null && given !== own;
    if (differs(request.coupleId, homework.coupleId) || differs(request.libraryId, homework.libraryId)) {
      throw new CoreFailure(
        'validation',
        'A homework worksheet prints the assignment as it was given: leave out the couple and exercise, or give its own.',
      );
    }
    const entry = homework.libraryId
      ? (s.library.entries().find((e) => e.id === homework.libraryId) ?? null)
      : null;
    if (homework.libraryId && !entry) throw notFound('library exercise');
    const { couple, partners, initials } = loadCouple(s, homework.coupleId);
    // Assigned before a safety flag was raised: the sheet would send the couple home to do
    // together what the flag now holds back (issue 15: safety stays first).
    if (entry) {
      refuseWhileSafetyFlagOpen(
        s,
        couple.id,
        entry,
        'homeworkId',
        'Withdraw the assignment until the flag is resolved.',
      );
    }
    const { title, who, joint, dueDate, instructions } = homework;
    return {
      title: 'Homework worksheet',
      coupleId: couple.id,
      fileName: savedFileName(`homework-${homework.libraryId ?? 'task'}`, named(initials), [dueDate], '.pdf'),
      rendered: await renderWorksheet(
        {
          entry: entry ? handoutExercise(entry) : null,
          couple: { label: couple.displayName, partners },
          assignment: { title, who, joint, dueDate, instructions },
        },
        frame(),
      ),
      // Ids only: the title and instructions are the clinician's own text.
      record: {
        recipient: null,
        recipientName: null,
        options: { homeworkId: homework.id, libraryId: homework.libraryId },
      },
    };
  }

  // biome-ignore lint/complexity/noExcessiveLinesPerFunction: one case per report kind (six), each a few lines that hand off to its document builder
  async function generate(s: Session, request: ParsedReportRequest, today: string): Promise<Generated> {
    switch (request.kind) {
      case 'progress': {
        const { redactions, ...options } = request.options;
        const impossible = periodProblems(options.from, options.to, {
          today,
          startDate: loadCouple(s, options.coupleId).couple.startDate,
        });
        if (Object.keys(impossible).length > 0) {
          throw new CoreFailure('validation', 'Some fields need attention.', {
            fields: Object.fromEntries(
              Object.entries(impossible).map(([field, message]) => [`options.${field}`, message]),
            ),
          });
        }
        const { couple, fields, findings } = reviewProgressText(s, request.options, today);
        const decided = new Map(redactions.map((decision) => [decision.findingId, decision]));
        const unresolved = findings.filter((f) => decisionProblem(f, decided.get(f.id)) !== null);
        if (unresolved.length > 0) {
          // Kinds and fields only: the matched text may be a name or a date of birth.
          const labels = new Map(fields.map((field) => [field.id, field.label]));
          const list = unresolved
            .map((f) => `${findingKindLabels[f.kind].toLowerCase()} in ${labels.get(f.field) ?? f.field}`)
            .join('; ');
          throw new CoreFailure('validation', 'Some fields need attention.', {
            fields: {
              'options.redactions': `${unresolved.length === 1 ? '1 finding needs' : `${unresolved.length} findings need`} a decision before this report can be made (${list}): replace it, remove it, or keep it with a reason.`,
            },
          });
        }
        // Replacements and removals are applied to the text before anything is built.
        const rewrites = applyDecisions(fields, findings, redactions);
        const rewritten = (id: 'recipientName' | 'narrative' | 'recommendations' | 'overview') =>
          options[id] === null ? null : (rewrites.get(id) ?? options[id]);
        const built = {
          ...options,
          redactions: [],
          recipientName: rewritten('recipientName'),
          narrative: rewritten('narrative'),
          recommendations: rewritten('recommendations'),
          overview: rewritten('overview'),
        };
        const { initials, model, substanceUse } = progressModel(s, built, today, rewrites);
        // The same partners the builder showed: each needs a current consent to this recipient.
        const { partTwo, consentIds } = disclosureFor(s, couple, {
          recipient: { kind: options.recipient, name: built.recipientName },
          date: today,
          partners: reportSubstanceUsePartners(couple, built, substanceUse),
          scopes: reportDisclosureScopes(built),
          field: (p) => `options.substanceUseOf.${p}`,
          citeAs: {
            A: reportPartnerName(couple.partnerA, 'A', options.identifiers),
            B: reportPartnerName(couple.partnerB, 'B', options.identifiers),
          },
        });
        const {
          narrative,
          recommendations,
          overview,
          referenceNumber,
          coupleId: _coupleId,
          ...switches
        } = options;
        return {
          title: model.title,
          coupleId: couple.id,
          fileName: savedFileName('progress-report', named(initials), [options.to], '.pdf'),
          rendered: await renderProgressReport(model, { ...frame(), ...(partTwo ? { partTwo } : {}) }),
          record: {
            recipient: options.recipient,
            recipientName: rewritten('recipientName'),
            // The narrative is the clinician's own text: note only whether there was one. The
            // review's decisions are kept (kind, field, action, the reason for a keep).
            options: {
              ...switches,
              narrative: narrative !== null,
              recommendations: recommendations !== null,
              overview: overview !== null,
              referenceNumber: referenceNumber !== null,
              redactions: decisionsForRecord(findings, redactions),
              ...(consentIds.length > 0 ? { consents: consentIds } : {}),
            },
          },
        };
      }
      case 'plan': {
        const version = loadVersion(s, request.versionId);
        const { couple, partners, initials } = loadCouple(s, version.coupleId);
        const libraryNames = new Map(s.library.entries().map((entry) => [entry.id, entry.name]));
        const { partTwo, consentIds } = documentDisclosure(
          s,
          couple,
          request.recipient,
          today,
          planSubstanceUsePartners({ partners, document: version.document }),
          ['treatment'],
        );
        return {
          title: 'Treatment plan',
          coupleId: couple.id,
          fileName: savedFileName('treatment-plan', named(initials), [`v${version.version}`], '.pdf'),
          rendered: await renderPlan(
            {
              coupleLabel: couple.displayName,
              partners,
              document: version.document,
              version: version.version,
              status: version.status,
              signedAt: version.signedAt,
              signedBy: version.signedBy,
              reviewDate: version.reviewDate,
              libraryNames,
            },
            { ...frame(), ...(partTwo ? { partTwo } : {}) },
          ),
          record: {
            recipient: request.recipient?.kind ?? null,
            recipientName: request.recipient?.name ?? null,
            options: {
              versionId: version.id,
              version: version.version,
              ...(consentIds.length > 0 ? { consents: consentIds } : {}),
            },
          },
        };
      }
      case 'note': {
        const note = s.notes.get(request.noteId);
        if (!note) throw notFound('note');
        if (note.status !== 'signed') {
          throw new CoreFailure('conflict', 'Only a signed note can be printed. Sign the note first.');
        }
        const session = s.sessions.get(note.sessionId);
        if (!session) throw notFound('session');
        const { couple, partners, initials } = loadCouple(s, note.coupleId);
        const { forCouple } = request;
        // The couple's copy goes to the couple: partner B reading partner A's note is a
        // disclosure of A's information, so it needs A's consent to the couple as a report does.
        const recipient = request.recipient ?? (forCouple ? { kind: 'couple' as const, name: null } : null);
        const { partTwo, consentIds } = documentDisclosure(
          s,
          couple,
          recipient,
          today,
          noteSubstanceUsePartners({ partners, note }),
          ['treatment', 'useData'],
        );
        return {
          // The history tells the couple's copy from the full note by its title and options.
          title: forCouple ? NOTE_COUPLE_COPY_TITLE : 'Session note',
          coupleId: couple.id,
          fileName: savedFileName(
            'session-note',
            named(initials),
            [session.date, forCouple ? 'couple-copy' : null],
            '.pdf',
          ),
          rendered: await renderNote(
            { coupleLabel: couple.displayName, partners, note, session, forCouple },
            { ...frame(), ...(partTwo ? { partTwo } : {}) },
          ),
          record: {
            recipient: recipient?.kind ?? null,
            recipientName: recipient?.name ?? null,
            options: {
              noteId: note.id,
              addenda: note.addenda.length,
              forCouple,
              riskReview: !forCouple,
              ...(consentIds.length > 0 ? { consents: consentIds } : {}),
            },
          },
        };
      }
      case 'worksheet': {
        if (request.homeworkId) return homeworkWorksheet(s, request);
        const entry = s.library.entries().find((e) => e.id === request.libraryId);
        if (!entry) throw notFound('library exercise');
        const forCouple = request.coupleId ? loadCouple(s, request.coupleId) : null;
        if (forCouple) refuseWhileSafetyFlagOpen(s, forCouple.couple.id, entry, 'libraryId');
        return {
          title: 'Homework worksheet',
          coupleId: forCouple?.couple.id ?? null,
          fileName: savedFileName(
            `worksheet-${entry.id}`,
            forCouple ? named(forCouple.initials) : null,
            [],
            '.pdf',
          ),
          rendered: await renderWorksheet(
            {
              entry: handoutExercise(entry),
              couple: forCouple
                ? { label: forCouple.couple.displayName, partners: forCouple.partners }
                : null,
            },
            frame(),
          ),
          record: { recipient: null, recipientName: null, options: { libraryId: entry.id } },
        };
      }
      case 'calendarSheet': {
        const { couple, partners, initials } = loadCouple(s, request.coupleId);
        return {
          title: 'Recovery calendar',
          coupleId: couple.id,
          fileName: savedFileName('recovery-calendar', named(initials), [request.month], '.pdf'),
          rendered: await renderCalendarSheet(
            { month: request.month, coupleLabel: couple.displayName, partners },
            frame(),
          ),
          record: { recipient: null, recipientName: null, options: { month: request.month } },
        };
      }
      case 'emergencySheet':
        if (!(await deps.recoveryKeyOpens(request.recoveryKey))) {
          throw new CoreFailure('validation', 'Some fields need attention.', {
            fields: {
              recoveryKey:
                'That is not the recovery key of these records, so it was not printed. Print the key shown when the records were set up.',
            },
          });
        }
        return {
          title: 'Emergency access sheet',
          coupleId: null,
          fileName: `rekindle-emergency-access-${today}.pdf`,
          rendered: await renderEmergencySheet(
            { recoveryKey: request.recoveryKey, createdOn: today },
            frame(),
          ),
          // The key must never be written anywhere Rekindle keeps: not even a record that it was printed.
          record: null,
        };
    }
  }

  function openDocument(s: Session, documentId: string): OpenDocument {
    const document = documentsOf(s).get(documentId);
    if (!document) {
      throw new CoreFailure(
        'not_found',
        'That document is no longer open. Generate it again to save or print it.',
      );
    }
    return document;
  }

  return {
    'reports:generate': async (request) => {
      const now = ctx.clock();
      const generated = await generate(ctx.session(), request, toIsoDate(now));
      const { bytes, pageCount } = generated.rendered;
      // Rendering is asynchronous: if the vault locked meanwhile, this says "locked", not "internal".
      const s = ctx.session();
      const documentId = randomUUID();
      const recordId = generated.record ? documentId : null;
      s.db.transaction(() => {
        if (generated.record) {
          s.reports.insert({
            id: documentId,
            coupleId: generated.coupleId,
            kind: request.kind,
            title: generated.title,
            ...generated.record,
            pageCount,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            createdAt: now.toISOString(),
          });
        }
        s.audit.record('report.generated', recordId ? { entity: 'report', id: recordId } : undefined, {
          kind: request.kind,
          pages: pageCount,
          ...(generated.coupleId ? { coupleId: generated.coupleId } : {}),
          ...(generated.record?.recipient ? { recipient: generated.record.recipient } : {}),
        });
      })();
      keep(s, documentId, {
        bytes,
        fileName: generated.fileName,
        recordId,
        saveKind: request.kind === 'emergencySheet' ? null : request.kind,
      });
      return {
        documentId,
        kind: request.kind,
        title: generated.title,
        fileName: generated.fileName,
        pageCount,
        pdfBase64: bytes.toString('base64'),
      };
    },

    'reports:scan': ({ options }) => {
      const s = ctx.session();
      const { couple, fields, findings } = reviewProgressText(s, options, toIsoDate(ctx.clock()));
      const byId = new Map(fields.map((field) => [field.id, field]));
      s.audit.record(
        'report.scanned',
        { entity: 'couple', id: couple.id },
        {
          coupleId: couple.id,
          findings: findings.length,
        },
      );
      return {
        findings: findings.map((finding) => {
          const field = byId.get(finding.field);
          const text = field?.text ?? '';
          return {
            ...finding,
            fieldLabel: field?.label ?? finding.field,
            // An ellipsis says where the context was cut, not where the field starts or ends.
            before: `${finding.start > CONTEXT_CHARS ? '…' : ''}${text.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.start)}`,
            after: `${text.slice(finding.end, finding.end + CONTEXT_CHARS)}${finding.end + CONTEXT_CHARS < text.length ? '…' : ''}`,
          };
        }),
      };
    },

    'reports:save': async ({ documentId }) => {
      const document = openDocument(ctx.session(), documentId);
      if (document.saveKind === null) {
        throw new CoreFailure(
          'not_saved',
          'The emergency access sheet is printed only: as a file on this laptop the recovery key would sit beside the records it opens.',
        );
      }
      if (!deps.saveDialog) {
        throw new CoreFailure('not_saved', 'Not saved: saving a file needs the Rekindle desktop window.');
      }
      const chosen = await deps.saveDialog({ fileName: document.fileName, kind: document.saveKind });
      if (chosen === null) return { saved: false, fileName: null };
      // The dialog may have stayed open across a lock: the session is asked for again.
      const s = ctx.session();
      const target = document.recordId ? { entity: 'report', id: document.recordId } : undefined;
      const path = writeToChosenPath(chosen, '.pdf', document.bytes, 'the file', (code) =>
        s.audit.record('report.save_failed', target, { code }),
      );
      s.db.transaction(() => {
        if (document.recordId) s.reports.markSaved(document.recordId, ctx.clock().toISOString());
        s.audit.record('report.saved', target);
      })();
      return { saved: true, fileName: basename(path) };
    },

    'reports:printed': ({ documentId }) => {
      const s = ctx.session();
      const document = openDocument(s, documentId);
      s.db.transaction(() => {
        if (document.recordId) s.reports.markPrinted(document.recordId, ctx.clock().toISOString());
        s.audit.record(
          'report.printed',
          document.recordId ? { entity: 'report', id: document.recordId } : undefined,
        );
      })();
      return { recorded: true as const };
    },

    'reports:overviewDraft': ({ options }) => {
      const s = ctx.session();
      // Drafted as the report would print it (names, substance use and period as chosen); the
      // clinician's own text is not needed for the draft and is not read.
      const { model } = progressModel(s, { ...options, overview: null }, toIsoDate(ctx.clock()));
      return { draft: model.summary?.draft ?? '' };
    },

    'reports:checkPeriod': ({ coupleId, from, to }) => {
      const s = ctx.session();
      const couple = s.couples.get(coupleId);
      if (!couple) throw notFound('couple');
      const today = toIsoDate(ctx.clock());
      const inPeriod = (date: string) => date >= from && date <= to;
      const recorded = {
        sessions: s.sessions.listForCouple(coupleId).filter((session) => inPeriod(session.date)).length,
        assessments: s.assessments.listForCouple(coupleId).filter((a) => inPeriod(a.assessedOn)).length,
        calendarDays: from <= to ? s.calendar.days(coupleId, from, to).length : 0,
        measurements: s.measurements.points(coupleId).filter((point) => inPeriod(point.measuredOn)).length,
        homework: s.homework.list(coupleId).filter((h) => inPeriod(h.dueDate)).length,
      };
      return {
        problems: periodProblems(from, to, { today, startDate: couple.startDate }),
        recorded,
        empty: emptyPeriodText(from, to, recorded),
      };
    },

    'reports:history': ({ coupleId }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      const items: ReportRecord[] = s.reports.listForCouple(coupleId);
      s.audit.record('report.history_viewed', { entity: 'couple', id: coupleId }, { coupleId });
      return { items };
    },
  } satisfies HandlerMap<keyof typeof reportsContract>;
}
