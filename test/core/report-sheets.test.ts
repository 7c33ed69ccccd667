import { monthDays, renderCalendarSheet } from '@core/reports/calendar-sheet';
import { EMERGENCY_CONFIDENTIALITY, renderEmergencySheet } from '@core/reports/emergency-sheet';
import { DEFAULT_CONFIDENTIALITY } from '@core/reports/frame';
import { renderWorksheet } from '@core/reports/worksheet';
import { describe, expect, it } from 'vitest';
import {
  calendarInput,
  emergencyInput,
  frame,
  libraryEntry,
  partners,
  RECOVERY_KEY,
  worksheetInput,
  worldPartners,
} from '../fixtures/report-documents';
import { expectInOrder, expectPageNumbers, oneLine, squeezed } from '../support/pdf-expect';
import { pdfPages } from '../support/pdf-text';

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Occurrences, with line breaks read as spaces (a header cell may wrap anywhere). */
function count(text: string, pattern: RegExp): number {
  return oneLine(text).match(pattern)?.length ?? 0;
}

describe('exercise worksheet', () => {
  it('prints the exercise, its numbered steps and the cautions written for the couple, then one log per partner for an individual exercise', async () => {
    const pages = await pdfPages((await renderWorksheet(worksheetInput(), frame())).bytes);
    expectPageNumbers(pages);
    const text = pages.join('\n');
    expectInOrder(text, [
      'Feelings journal',
      'For',
      'Alex Example and Zoë Exemple-Dupont',
      'Week starting',
      'Builds the habit of noticing',
      'Who',
      'Each of you, on your own',
      'How often',
      '5 times a week',
      'Steps',
      '1. Pick a quiet ten minutes',
      '2. Write down one moment',
      '3. Note where you felt it',
      '4. Mark any entry',
      'Before you start',
      'strong cravings or distress',
      'Weekly log: Alex Example',
      ...WEEK,
      'Weekly log: Zoë Exemple-Dupont',
      ...WEEK,
    ]);
    expect(count(text, /How did it feel \(0–10\)/g)).toBe(2);
    expect(text).not.toContain('Name');
    // The entry's contraindication is the clinician's, even when the whole entry rides along.
    expect(oneLine(text)).not.toContain('If writing about feelings');
  });

  it('prints one shared log for a joint exercise, with seven day rows, on one page', async () => {
    const { bytes, pageCount } = await renderWorksheet(
      worksheetInput(libraryEntry({ who: 'both' })),
      frame(),
    );
    expect(pageCount).toBe(1);
    const text = (await pdfPages(bytes)).join('\n');
    expect(text).toContain('Weekly log (together)');
    for (const day of WEEK) expect(count(text, new RegExp(`\\b${day}\\b`, 'g'))).toBe(1);
    expect(count(text, /Done\? \(✓\)/g)).toBe(1);
  });

  it('prints blank name lines and no names on a handout not made for a couple', async () => {
    const text = (
      await pdfPages((await renderWorksheet(worksheetInput(libraryEntry(), null), frame())).bytes)
    ).join('\n');
    // Two names at the top, then one per partner's log.
    expect(count(text, /\bName\b/g)).toBe(4);
    expect(text).not.toContain('Alex Example');
    expect(text).not.toContain('Zoë');
    expect(count(text, /Weekly log/g)).toBe(2);
  });

  it('keeps numbering and the day rows intact when the steps are long enough to push the log over', async () => {
    const long =
      'Take it slowly and talk through what you notice, in your own words, before moving on. '.repeat(4);
    const entry = libraryEntry({
      steps: Array.from({ length: 9 }, (_, i) => `Step ${i + 1} of nine. ${long}`),
    });
    const { bytes, pageCount } = await renderWorksheet(worksheetInput(entry), frame());
    expect(pageCount).toBeGreaterThan(1);
    const pages = await pdfPages(bytes);
    expectPageNumbers(pages);
    expectInOrder(pages.join('\n'), [
      ...Array.from({ length: 9 }, (_, i) => `${i + 1}. Step ${i + 1} of nine.`),
      'Weekly log: Alex Example',
      ...WEEK,
    ]);
    // A log is never cut in two: its heading and all seven days are on the same page.
    const logPage = pages.find((page) => page.includes('Weekly log: Alex Example')) ?? '';
    for (const day of WEEK) expect(logPage).toContain(day);
  });

  it('prints non-Latin names exactly', async () => {
    const text = (
      await pdfPages((await renderWorksheet(worksheetInput(libraryEntry(), worldPartners), frame())).bytes)
    ).join('\n');
    expect(text).toContain('Weekly log: Дарья Пример');
    expect(text).toContain('Weekly log: Łukasz Przykład');
  });
});

describe('recovery calendar sheet', () => {
  it.each([
    ['2026-02', 28],
    ['2028-02', 29],
    ['2026-04', 30],
    ['2026-03', 31],
  ])('prints one row per day of %s (%i days) with its weekday, on one page', async (month, days) => {
    const { bytes, pageCount } = await renderCalendarSheet(calendarInput(month), frame());
    expect(pageCount).toBe(1);
    const text = oneLine((await pdfPages(bytes)).join('\n'));
    const short = month.endsWith('-02') ? 'Feb' : month.endsWith('-03') ? 'Mar' : 'Apr';
    const printed = [
      ...text.matchAll(new RegExp(`\\b${short} (\\d{1,2}) (Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b`, 'g')),
    ];
    expect(printed.map((m) => Number(m[1]))).toEqual(Array.from({ length: days }, (_, i) => i + 1));
    expect(text).not.toContain(`${short} ${days + 1} `);
  });

  it('knows the weekday of each date, leap day included', () => {
    expect(monthDays('2028-02').at(-1)).toEqual({ label: 'Feb 29', weekday: 'Tue' });
    expect(monthDays('2026-03')[0]).toEqual({ label: 'Mar 1', weekday: 'Sun' });
    expect(() => monthDays('2026-13')).toThrow(/month/);
  });

  it('has an abstinence column only for a partner in recovery, headed with their name', async () => {
    const text = oneLine(
      (await pdfPages((await renderCalendarSheet(calendarInput('2026-03'), frame())).bytes)).join('\n'),
    );
    expectInOrder(text, [
      'Recovery calendar: March 2026',
      'Alex Example and Zoë Exemple-Dupont',
      'Abstinent: Y',
    ]);
    expect(count(text, /Abstinent \(Y\/N\/\?\)/g)).toBe(1);
    expect(text).toMatch(/Abstinent \(Y\/N\/\?\) Alex Example/);
    expect(text).not.toMatch(/\(Y\/N\/\?\) Zoë/);
    expectInOrder(text, [
      'Date',
      'Day',
      'Trust discussion (✓/✗)',
      'Abstinent',
      'Support meeting (✓/✗)',
      'Screen result (+/−)',
      'Notes',
    ]);
  });

  it('has two abstinence columns when both are in recovery, and none (nor its key) when neither is', async () => {
    const both = oneLine(
      (
        await pdfPages((await renderCalendarSheet(calendarInput('2026-01', worldPartners), frame())).bytes)
      ).join('\n'),
    );
    expect(count(both, /Abstinent \(Y\/N\/\?\)/g)).toBe(2);
    expectInOrder(both, ['Abstinent (Y/N/?) Дарья Пример', 'Abstinent (Y/N/?) Łukasz Przykład']);

    const neither = { A: { ...partners.A, inRecovery: false }, B: partners.B };
    const none = oneLine(
      (await pdfPages((await renderCalendarSheet(calendarInput('2026-01', neither), frame())).bytes)).join(
        '\n',
      ),
    );
    expect(none).not.toContain('Abstinent');
    expect(none).toContain('Support meeting');
  });
});

describe('emergency access sheet', () => {
  it('prints the recovery key exactly, with when it was set up and how to use it, on one page', async () => {
    const { bytes, pageCount } = await renderEmergencySheet(emergencyInput(), frame());
    expect(pageCount).toBe(1);
    const pages = await pdfPages(bytes);
    expectPageNumbers(pages);
    const text = pages.join('\n');
    const key = RECOVERY_KEY.replaceAll('-', '');
    expect(squeezed(text)).toContain(key);
    // The groups come in order and nothing else sits between them.
    const start = squeezed(text).indexOf(key.slice(0, 4));
    expect(squeezed(text).slice(start, start + key.length)).toBe(key);
    expectInOrder(text, [
      'Emergency access sheet',
      'encrypted',
      'Recovery key',
      'Set up on',
      'May 4, 2026',
      'Where to keep it',
      'locked',
      'Never with the laptop',
      'How to use it',
      'Forgot your passphrase? Use your recovery key',
    ]);
  });

  it('warns in its footer that the sheet and the laptop together open every record', async () => {
    const pages = await pdfPages((await renderEmergencySheet(emergencyInput(), frame())).bytes);
    const warning = oneLine(EMERGENCY_CONFIDENTIALITY);
    for (const page of pages) {
      // Once in the box under the title, once in the footer instead of the usual notice.
      expect(oneLine(page).split(warning)).toHaveLength(3);
      expect(oneLine(page)).not.toContain(oneLine(DEFAULT_CONFIDENTIALITY));
    }
    expect(EMERGENCY_CONFIDENTIALITY).toMatch(
      /anyone who holds this sheet and the practice laptop can read every client record/i,
    );
  });
});
