import { formatFrequency, type LibraryWho } from '@shared/domain/library';
import { type HandoutExercise, handoutCautions } from '@shared/domain/reports/handouts';
import { bulletList, numberedList, smallNote, writeOnLines } from './document-blocks';
import { colors, ReportWriter } from './frame';
import { bothNames, capitalise, printDate } from './print-format';
import { ruledGrid } from './ruled-grid';
import type {
  DocumentFrame,
  DocumentPartners,
  RenderedDocument,
  WorksheetAssignment,
  WorksheetInput,
} from './types';

/**
 * A library exercise as a handout the couple takes home: what it is for, how to do it, what to
 * look out for (written for them: the entry's contraindications are the clinician's and never
 * reach this function), and a week's log to fill in by hand and bring back (the therapist enters it with
 * "record a week"). Printed for a couple it carries their names; otherwise blank name lines.
 * Printed for a homework assignment it also says who does it, by when, and the clinician's
 * instructions; a custom task (no library entry) keeps the same layout with room to note how
 * it went.
 */
export async function renderWorksheet(
  input: WorksheetInput,
  frame: DocumentFrame,
): Promise<RenderedDocument> {
  const { couple } = input;
  const assignment = input.assignment ?? null;
  const kind = assignment ? 'Homework worksheet' : 'Exercise worksheet';
  const writer = new ReportWriter({ ...frame, title: kind, subject: couple?.label ?? null });
  writer.paragraph(kind, { font: 'bold', size: 9, color: colors.muted, gapAfter: 2 });
  if (input.assignment) {
    const { entry } = input;
    writer.heading(input.assignment.title, 1);
    if (entry && entry.name !== input.assignment.title)
      smallNote(writer, `From the exercise “${entry.name}”`);
    assignmentSheet(writer, input.assignment, entry, input.couple.partners);
    return writer.finish();
  }
  const { entry } = input;
  writer.heading(entry.name, 1);
  if (couple) {
    writer.fields([['For', bothNames(couple.partners)]]);
    writeOnLines(writer, [{ label: 'Week starting', weight: 1 }], 0.35);
  } else {
    writeOnLines(writer, [
      { label: 'Name', weight: 3 },
      { label: 'Name', weight: 3 },
      { label: 'Week starting', weight: 2 },
    ]);
  }
  writer.moveDown(4);
  writer.paragraph(entry.purpose);
  writer.fields([
    ['Who', whoText(entry.who, input)],
    ['How often', capitalise(formatFrequency(entry.frequency))],
  ]);
  exerciseBody(writer, entry, logs(entry.who, input));
  return writer.finish();
}

function exerciseBody(writer: ReportWriter, entry: HandoutExercise, logSpecs: readonly LogSpec[]): void {
  writer.heading('Steps', 3);
  numberedList(writer, entry.steps);
  writer.heading('Before you start', 3);
  bulletList(writer, handoutCautions(entry));
  for (const log of logSpecs) weeklyLog(writer, log);
  smallNote(
    writer,
    'How did it feel: 0 means it felt very hard or bad, 10 means it felt very good. Bring this sheet to your next session.',
  );
}

function assignmentSheet(
  writer: ReportWriter,
  assignment: WorksheetAssignment,
  entry: HandoutExercise | null,
  partners: DocumentPartners,
): void {
  writer.fields([
    ['For', bothNames(partners)],
    ['Who', assignmentWho(assignment, entry, partners)],
    ['Due', printDate(assignment.dueDate)],
    ...(entry ? [['How often', capitalise(formatFrequency(entry.frequency))] as const] : []),
  ]);
  writer.moveDown(4);
  if (entry) writer.paragraph(entry.purpose);
  if (assignment.instructions) {
    writer.heading(entry ? 'From your therapist' : 'What to do', 3);
    writer.paragraph(assignment.instructions);
  }
  if (entry) {
    exerciseBody(writer, entry, assignmentLogs(assignment, entry, partners));
    return;
  }
  howItWent(writer);
  smallNote(writer, 'Bring this sheet to your next session.');
}

/** Who does an assignment, in the couple's names. */
function assignmentWho(
  assignment: WorksheetAssignment,
  entry: HandoutExercise | null,
  partners: DocumentPartners,
): string {
  switch (assignment.who) {
    case 'partnerA':
      return partners.A.name;
    case 'partnerB':
      return partners.B.name;
    case 'both':
      if (assignment.joint) return 'Both of you, together';
      return entry ? 'Each of you, on your own' : 'Both of you';
  }
}

/** One shared log for joint work; otherwise one for each partner who does it. */
function assignmentLogs(
  assignment: WorksheetAssignment,
  entry: HandoutExercise,
  partners: DocumentPartners,
): LogSpec[] {
  if (assignment.who === 'partnerA') return [{ title: 'Weekly log', name: partners.A.name }];
  if (assignment.who === 'partnerB') return [{ title: 'Weekly log', name: partners.B.name }];
  if (assignment.joint || entry.conjoint) return [{ title: 'Weekly log (together)', name: '' }];
  return [
    { title: 'Weekly log', name: partners.A.name },
    { title: 'Weekly log', name: partners.B.name },
  ];
}

/** A custom task has no steps to log day by day: rows to note when it was done and how it went. */
function howItWent(writer: ReportWriter): void {
  writer.ensureSpace(ROW_HEIGHT * 6 + 60);
  writer.heading('How it went', 3);
  ruledGrid(writer, {
    columns: [
      { header: 'Date', weight: 1.2 },
      { header: 'Done? (✓)', weight: 1, align: 'center' },
      { header: 'What happened, how it felt', weight: 6 },
    ],
    rows: Array.from({ length: 6 }, () => ['', '', '']),
    rowHeight: ROW_HEIGHT * 1.5,
    fontSize: 9,
    headerFontSize: 8.5,
    keepTogether: true,
  });
}

function whoText(who: LibraryWho, { couple }: Pick<WorksheetInput, 'couple'>): string {
  switch (who) {
    case 'both':
      return 'Both of you, together';
    case 'eitherPartner':
      return 'Each of you, on your own';
    case 'partnerA':
      return couple ? couple.partners.A.name : 'One partner, as agreed with your therapist';
    case 'partnerB':
      return couple ? couple.partners.B.name : 'One partner, as agreed with your therapist';
    case 'inSession':
      return 'Together, with your therapist in session';
  }
}

/** Whose log each grid is: `name` null prints a line to write the name on; '' is a shared log. */
interface LogSpec {
  title: string;
  name: string | null;
}

/** An individual exercise gets one log per partner (each keeps their own); a joint one, one shared log. */
function logs(who: LibraryWho, { couple }: Pick<WorksheetInput, 'couple'>): LogSpec[] {
  const partners = couple?.partners ?? null;
  switch (who) {
    case 'eitherPartner':
      return [
        { title: 'Weekly log', name: partners?.A.name ?? null },
        { title: 'Weekly log', name: partners?.B.name ?? null },
      ];
    case 'partnerA':
      return [{ title: 'Weekly log', name: partners?.A.name ?? null }];
    case 'partnerB':
      return [{ title: 'Weekly log', name: partners?.B.name ?? null }];
    case 'both':
    case 'inSession':
      // Shared: the names are already at the top of the sheet.
      return [{ title: 'Weekly log (together)', name: '' }];
  }
}

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ROW_HEIGHT = 22;

function weeklyLog(writer: ReportWriter, log: LogSpec): void {
  // Title, name and grid travel together: a log's heading never sits alone at a page foot.
  writer.ensureSpace(ROW_HEIGHT * 7 + 90);
  writer.heading(log.name ? `${log.title}: ${log.name}` : log.title, 3);
  if (log.name === null) writeOnLines(writer, [{ label: 'Name', weight: 1 }], 0.5);
  ruledGrid(writer, {
    columns: [
      { header: 'Day', weight: 1.3, strong: true },
      { header: 'Date', weight: 1.1 },
      { header: 'Done? (✓)', weight: 1, align: 'center' },
      { header: 'Minutes', weight: 1, align: 'center' },
      { header: 'How did it feel (0–10)', weight: 1.3, align: 'center' },
      { header: 'Notes', weight: 4 },
    ],
    rows: WEEK.map((day) => [day, '', '', '', '', '']),
    rowHeight: ROW_HEIGHT,
    fontSize: 9,
    headerFontSize: 8.5,
    keepTogether: true,
  });
}
