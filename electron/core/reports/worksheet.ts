import { formatFrequency, type LibraryWho } from '../../../shared/domain/library';
import { bulletList, numberedList, smallNote, writeOnLines } from './document-blocks';
import { colors, ReportWriter } from './frame';
import { bothNames, capitalise } from './print-format';
import { ruledGrid } from './ruled-grid';
import type { DocumentFrame, RenderedDocument, WorksheetInput } from './types';

/**
 * A library exercise as a handout the couple takes home: what it is for, how to do it, when
 * not to, and a week's log to fill in by hand and bring back (the therapist enters it with
 * "record a week"). Printed for a couple it carries their names; otherwise blank name lines.
 */
export async function renderWorksheet(
  input: WorksheetInput,
  frame: DocumentFrame,
): Promise<RenderedDocument> {
  const { entry, couple } = input;
  const writer = new ReportWriter({ ...frame, title: 'Exercise worksheet', subject: couple?.label ?? null });
  writer.paragraph('Exercise worksheet', { font: 'bold', size: 9, color: colors.muted, gapAfter: 2 });
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

  writer.heading('Steps', 3);
  numberedList(writer, entry.steps);
  if (entry.contraindications.length > 0) {
    writer.heading('Before you start', 3);
    bulletList(writer, entry.contraindications);
  }

  for (const log of logs(entry.who, input)) weeklyLog(writer, log);
  smallNote(
    writer,
    'How did it feel: 0 means it felt very hard or bad, 10 means it felt very good. Bring this sheet to your next session.',
  );
  return writer.finish();
}

function whoText(who: LibraryWho, { couple }: WorksheetInput): string {
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
function logs(who: LibraryWho, { couple }: WorksheetInput): LogSpec[] {
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
