import type { Addendum } from '@shared/contract/notes';
import { sessionTypeLabels } from '@shared/contract/sessions';
import {
  interventionsUsed,
  noteSections,
  objectiveStatusLabels,
  type RiskReview,
  type UseSinceLastSession,
} from '@shared/domain/notes';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import { riskDisclosures } from '@shared/domain/reports/handouts';
import { joinAnd } from '@shared/domain/workspace/words';
import { bulletList, notice, smallNote } from './document-blocks';
import { colors, ReportWriter } from './frame';
import { NOT_SET, printDate, printTimestamp } from './print-format';
import type { DocumentFrame, DocumentPartners, NoteDocumentInput, RenderedDocument } from './types';

/**
 * A signed session note as it stands in the record: the session, the note's sections in its
 * format's order, the signature with its integrity check, then every addendum. Only signed
 * notes print: a draft can still change, so a paper copy of it would be a record that the
 * record does not back. Process notes never reach this function (the input has no place for
 * them) and nothing here reads beyond `NoteDocumentInput`.
 */
export async function renderNote(input: NoteDocumentInput, frame: DocumentFrame): Promise<RenderedDocument> {
  const { note, session, partners } = input;
  if (note.status !== 'signed' || !note.signedAt || !note.signedBy) {
    throw new Error('Only a signed note can be printed. Sign the note first.');
  }
  const forCouple = input.forCouple === true;
  const writer = new ReportWriter({
    ...frame,
    title: forCouple ? 'Session note: copy for the couple' : 'Session note',
    subject: input.coupleLabel,
  });
  writer.heading('Session note', 1);
  riskNotice(writer, note.content.risk, forCouple);
  const tampered = note.hashValid === false || note.addenda.some((a) => !a.hashValid);
  if (tampered) {
    notice(writer, 'Part of this record no longer matches what was signed. See the integrity checks below.', {
      title: 'Integrity warning',
      tone: 'warning',
    });
  }

  writer.fields([
    ['Couple', input.coupleLabel],
    ['Date', `${weekday(session.date)}, ${printDate(session.date)}`],
    ['Time', session.startTime ?? NOT_SET],
    ['Duration', `${session.durationMinutes} minutes`],
    ['Type', sessionTypeText(session.type, partners)],
    ['Place', session.place === 'office' ? 'In the office' : 'Telehealth'],
    ['Outcome', outcomeLabels[session.outcome]],
    [
      'Attendance',
      (['A', 'B'] as const)
        .map((key) => `${partners[key].name}: ${attendanceLabels[session.attendance[key]]}`)
        .join('\n'),
    ],
    ['Format', note.content.format],
  ]);

  const body = () => {
    for (const section of noteSections[note.content.format]) {
      writer.heading(section.label, 3);
      const text = note.content.sections[section.id]?.trim();
      if (text) writer.paragraph(text);
      else smallNote(writer, '(Left blank)');
    }

    progressTowardPlan(writer, note.content.progress);
    interventions(writer, note.content);

    writer.heading('Homework', 3);
    if (note.content.homework?.trim()) writer.paragraph(note.content.homework.trim());
    else smallNote(writer, 'None set');

    if (!forCouple) riskReview(writer, input);
    signature(writer, note);
    addenda(writer, note.addenda);
  };
  // The whole clinical body is marked for a partner with substance-use information: a session
  // note in this couple's treatment speaks of use anywhere (a lapse in the assessment, a
  // meeting in the plan), not only in the risk review's "use since last session".
  if (noteSubstanceUsePartners(input).length > 0) writer.substanceUse(body);
  else body();
  return writer.finish();
}

/**
 * The partners whose substance-use information a note shows: those in recovery, and anyone with
 * a use answer on record. Their consent is needed when the note is made for a recipient.
 */
export function noteSubstanceUsePartners(input: Pick<NoteDocumentInput, 'partners' | 'note'>): PartnerKey[] {
  const use = input.note.content.risk.useSinceLastSession;
  return (['A', 'B'] as const).filter((key) => input.partners[key].inRecovery || use[key] !== 'unknown');
}

const outcomeLabels: Record<NoteDocumentInput['session']['outcome'], string> = {
  booked: 'Booked',
  held: 'Held',
  cancelled: 'Canceled',
  noShow: 'No-show',
};

const attendanceLabels: Record<NoteDocumentInput['session']['attendance']['A'], string> = {
  present: 'Present',
  late: 'Late',
  absent: 'Absent',
  notExpected: 'Not expected',
};

const useLabels: Record<UseSinceLastSession, string> = {
  no: 'No',
  yes: 'Yes',
  unknown: 'Not known',
};

function weekday(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
}

function sessionTypeText(type: NoteDocumentInput['session']['type'], partners: DocumentPartners): string {
  if (type === 'individualA') return `Individual (${partners.A.name})`;
  if (type === 'individualB') return `Individual (${partners.B.name})`;
  return sessionTypeLabels[type];
}

/**
 * "Progress toward the plan": each objective the note rated, in the words the plan had when
 * the note was written, its status and the clinician's sentence. Left out for a note that
 * rated none (notes written before the plan links, or without a signed plan).
 */
function progressTowardPlan(
  writer: ReportWriter,
  progress: NoteDocumentInput['note']['content']['progress'],
) {
  if (progress.length === 0) return;
  const spec = {
    columns: [
      { header: 'Objective', weight: 4 },
      { header: 'Status', weight: 1.4 },
      { header: 'This session', weight: 4.6 },
    ],
    rows: progress.map((entry) => [
      entry.objective,
      objectiveStatusLabels[entry.status],
      entry.sentence || NOT_SET,
    ]),
    fontSize: 9.5,
  };
  writer.heading('Progress toward the plan', 3);
  writer.ensureSpace(writer.tableStartHeight(spec));
  writer.table(spec);
}

/** Interventions used: those picked from the plan, then those written freely. */
function interventions(writer: ReportWriter, content: NoteDocumentInput['note']['content']): void {
  writer.heading('Interventions used', 3);
  const { fromPlan, written } = interventionsUsed(content);
  if (fromPlan.length === 0 && written.length === 0) {
    smallNote(writer, 'None recorded');
    return;
  }
  if (fromPlan.length > 0) {
    smallNote(writer, 'From the treatment plan', 2);
    bulletList(writer, fromPlan);
  }
  if (written.length > 0) {
    if (fromPlan.length > 0) smallNote(writer, 'Also used', 2);
    bulletList(writer, written);
  }
}

/**
 * The full note says at the top when its risk review discloses something, so nobody hands it to
 * the couple by mistake; the couple's copy says what it leaves out, so nobody takes it for the
 * whole record.
 */
function riskNotice(writer: ReportWriter, risk: RiskReview, forCouple: boolean): void {
  if (forCouple) {
    notice(
      writer,
      'This copy leaves out the risk review. The full note, with the risk review, stays in the clinical record.',
      { title: 'Copy for the couple' },
    );
    return;
  }
  const disclosed = riskDisclosures(risk);
  if (disclosed.length === 0) return;
  notice(
    writer,
    `Its risk review records ${joinAnd(disclosed)}. Do not give this copy to the couple or to either partner: print the copy for the couple, which leaves the risk review out.`,
    { title: 'This note holds a risk disclosure', tone: 'warning' },
  );
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function riskReview(writer: ReportWriter, input: NoteDocumentInput): void {
  const { risk } = input.note.content;
  // Use is asked of partners in recovery; an answer on record for another partner still prints.
  const useFor = (['A', 'B'] as const).filter(
    (key: PartnerKey) => input.partners[key].inRecovery || risk.useSinceLastSession[key] !== 'unknown',
  );
  writer.heading('Risk review', 3);
  writer.fields([
    ['Safety concerns', yesNo(risk.safetyConcerns)],
    ['Suicidal thoughts', yesNo(risk.suicidalThoughts)],
    ...(useFor.length > 0
      ? [
          [
            'Use since last session',
            useFor
              .map((key) => `${input.partners[key].name}: ${useLabels[risk.useSinceLastSession[key]]}`)
              .join('\n'),
          ] as [string, string],
        ]
      : []),
    ['Details', risk.details?.trim() || NOT_SET],
  ]);
}

function signature(writer: ReportWriter, note: NoteDocumentInput['note']): void {
  writer.ensureSpace(120);
  writer.heading('Signature');
  writer.paragraph(`Signed by ${note.signedBy} on ${printTimestamp(note.signedAt ?? '')}`, { font: 'bold' });
  if (note.attestation) writer.paragraph(note.attestation, { font: 'italic' });
  hashLine(writer, note.contentHash);
  integrity(writer, note.hashValid, 'note');
}

function hashLine(writer: ReportWriter, hash: string | null): void {
  writer.setStyle({ font: 'bold', size: 8.5, color: colors.muted });
  writer.doc.text('Content hash (SHA-256): ', writer.left, writer.y, { continued: true });
  writer.setStyle({ font: 'mono', size: 8.5, color: colors.text });
  writer.doc.text(hash ?? NOT_SET, { width: writer.contentWidth });
  writer.moveDown(6);
  writer.setStyle({ font: 'regular', size: 10, color: colors.text });
}

/** The tamper check, in words: a failed one must be impossible to overlook on paper. */
function integrity(writer: ReportWriter, hashValid: boolean | null, what: 'note' | 'addendum'): void {
  if (hashValid === false) {
    notice(
      writer,
      `The ${what}'s text no longer matches the hash recorded when it was signed: it may have been changed after signing. Do not rely on this copy until the record has been checked.`,
      { title: `Integrity check failed: this ${what} may have been altered`, tone: 'warning' },
    );
  } else if (hashValid === true) {
    smallNote(writer, `Integrity check passed: the ${what} matches what was signed.`);
  } else {
    smallNote(writer, `Integrity not checked for this ${what}.`);
  }
}

function addenda(writer: ReportWriter, items: readonly Addendum[]): void {
  if (items.length === 0) return;
  writer.heading('Addenda');
  smallNote(
    writer,
    'Corrections and additions made after signing, oldest first. The signed note above is unchanged.',
  );
  const ordered = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const [index, addendum] of ordered.entries()) {
    writer.heading(
      `Addendum ${index + 1}: ${printTimestamp(addendum.createdAt)}, signed by ${addendum.signedBy}`,
      3,
    );
    writer.paragraph(addendum.body.trim());
    integrity(writer, addendum.hashValid, 'addendum');
  }
}
