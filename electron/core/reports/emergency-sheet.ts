import { bulletList, notice, numberedList, smallNote, writeOnLines } from './document-blocks';
import { colors, ReportWriter } from './frame';
import { printDate } from './print-format';
import type { DocumentFrame, EmergencySheetInput, RenderedDocument } from './types';

/**
 * The sheet printed at set-up that holds the recovery key: the one way into the records
 * without the passphrase, for the clinician who forgot it or for the colleague the practice's
 * continuity plan names. Paper, because a key kept on the laptop it unlocks protects nothing.
 * Its footer says what the sheet is worth to a thief instead of the usual notice.
 */
export const EMERGENCY_CONFIDENTIALITY =
  'Anyone who holds this sheet and the practice laptop can read every client record. Keep it locked away, apart from the laptop, and never copy it onto a computer or phone.';

export async function renderEmergencySheet(
  input: EmergencySheetInput,
  frame: DocumentFrame,
): Promise<RenderedDocument> {
  const writer = new ReportWriter({
    ...frame,
    title: 'Emergency access sheet',
    subject: null,
    confidentiality: EMERGENCY_CONFIDENTIALITY,
  });
  writer.heading('Emergency access sheet', 1);
  writer.paragraph(
    "Rekindle keeps this practice's client records encrypted on the laptop. The recovery key below opens them if the passphrase is forgotten, and lets a colleague named in the practice's continuity plan reach them in an emergency, such as the clinician's illness or death.",
  );
  notice(writer, EMERGENCY_CONFIDENTIALITY, {
    title: 'Treat this sheet like the records themselves',
    tone: 'warning',
  });

  writer.heading('Recovery key');
  keyGrid(writer, input.recoveryKey);
  writer.fields([['Set up on', printDate(input.createdOn)]], 90);
  smallNote(
    writer,
    'Type the groups in order. Hyphens, spaces and case make no difference; O is read as 0, and I and L as 1.',
  );

  writer.heading('Where to keep it');
  bulletList(writer, [
    'In a locked place: a safe, a locked drawer, or a sealed envelope with your professional executor.',
    'Never with the laptop, in its bag, or in the same room as it when you travel.',
    'Not as a photo, a scan or a file on any computer, phone or online storage.',
    'Lost, or seen by someone else? Treat it as a security incident under your practice policies.',
  ]);

  writer.heading('How to use it');
  numberedList(writer, [
    'Start Rekindle on the practice laptop.',
    'On the unlock screen, choose “Forgot your passphrase? Use your recovery key”.',
    'Type the recovery key from this sheet.',
    'Choose a new passphrase. The records open, and the new passphrase replaces the forgotten one.',
  ]);

  writer.heading('Continuity plan', 3);
  writeOnLines(writer, [
    { label: 'Colleague who may use this sheet if the clinician cannot', weight: 3 },
    { label: 'Their phone', weight: 2 },
  ]);
  return writer.finish();
}

const PER_ROW = 4;
const BOX_GAP = 10;
const BOX_HEIGHT = 42;

/**
 * The key large, in a fixed-width face, one group per box and numbered, so it can be read
 * aloud and typed back without losing one's place. The groups are drawn before their numbers:
 * text extraction (and a screen reader) then meets the key as one run of characters.
 */
function keyGrid(writer: ReportWriter, recoveryKey: string): void {
  const groups = recoveryKey.split(/[\s-]+/).filter(Boolean);
  const rows = Math.ceil(groups.length / PER_ROW);
  const boxWidth = (writer.contentWidth - BOX_GAP * (PER_ROW - 1)) / PER_ROW;
  const longest = Math.max(...groups.map((g) => g.length), 1);
  // DejaVu Sans Mono glyphs are 0.6 em wide; keep the longest group inside its box.
  const size = Math.min(26, (boxWidth - 20) / (longest * 0.6 + (longest - 1) * 0.12));
  const spacing = size * 0.12;
  writer.ensureSpace(rows * (BOX_HEIGHT + BOX_GAP) + 10);
  const top = writer.y + 4;
  const boxAt = (index: number) => ({
    x: writer.left + (index % PER_ROW) * (boxWidth + BOX_GAP),
    y: top + Math.floor(index / PER_ROW) * (BOX_HEIGHT + BOX_GAP),
  });

  for (const [index] of groups.entries()) {
    const { x, y } = boxAt(index);
    writer.doc.roundedRect(x, y, boxWidth, BOX_HEIGHT, 4).lineWidth(1).strokeColor(colors.text).stroke();
  }
  writer.setStyle({ font: 'mono', size, color: colors.text });
  for (const [index, group] of groups.entries()) {
    const { x, y } = boxAt(index);
    writer.doc.text(group, x, y + (BOX_HEIGHT - size * 1.15) / 2, {
      width: boxWidth,
      align: 'center',
      characterSpacing: spacing,
      lineBreak: false,
    });
  }
  writer.setStyle({ font: 'regular', size: 7, color: colors.muted });
  for (const [index] of groups.entries()) {
    const { x, y } = boxAt(index);
    writer.doc.text(String(index + 1), x + 5, y + 4, { width: 20, lineBreak: false });
  }
  writer.doc.x = writer.left;
  writer.doc.y = top + rows * (BOX_HEIGHT + BOX_GAP);
  writer.setStyle({ font: 'regular', size: 10, color: colors.text });
}
