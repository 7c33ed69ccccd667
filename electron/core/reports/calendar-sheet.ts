import { daysInMonth, epochDay, formatMonth } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import { smallNote } from './document-blocks';
import { ReportWriter } from './frame';
import { bothNames } from './print-format';
import { type GridColumn, ruledGrid } from './ruled-grid';
import type { CalendarSheetInput, DocumentFrame, RenderedDocument } from './types';

/**
 * A month of the recovery calendar on paper, for couples who keep it on the fridge rather
 * than in the app: one row per day, the same marks the calendar screen takes, so the
 * therapist can type a month in from it. Abstinence has a column only for a partner in
 * recovery, as on the screen.
 */
export async function renderCalendarSheet(
  input: CalendarSheetInput,
  frame: DocumentFrame,
): Promise<RenderedDocument> {
  const days = monthDays(input.month);
  const monthName = formatMonth(input.month, 'long');
  const writer = new ReportWriter({ ...frame, title: 'Recovery calendar', subject: input.coupleLabel });
  writer.heading(`Recovery calendar: ${monthName}`, 1);
  writer.fields(
    [
      ['Couple', input.coupleLabel],
      ['Partners', bothNames(input.partners)],
    ],
    70,
  );
  smallNote(writer, legend(input), 8);

  const inRecovery = (['A', 'B'] as const).filter((key: PartnerKey) => input.partners[key].inRecovery);
  const columns: GridColumn[] = [
    { header: 'Date', weight: 1.1, strong: true },
    { header: 'Day', weight: 0.7 },
    { header: 'Trust\ndiscussion\n(✓/✗)', weight: 1.4, align: 'center' },
    ...inRecovery.map(
      (key): GridColumn => ({
        header: `Abstinent\n(Y/N/?)\n${input.partners[key].name}`,
        weight: inRecovery.length === 2 ? 1.7 : 1.5,
        align: 'center',
      }),
    ),
    { header: 'Support\nmeeting\n(✓/✗)', weight: 1.25, align: 'center' },
    { header: 'Screen\nresult\n(+/−)', weight: 1.15, align: 'center' },
    { header: 'Notes', weight: inRecovery.length === 2 ? 2.8 : 4.2 },
  ];
  ruledGrid(writer, {
    columns,
    rows: days.map((day) => [day.label, day.weekday, ...columns.slice(2).map(() => '')]),
    // Roomy when the page allows; never so tight a mark cannot be written in.
    rowHeight: { min: 13, max: 18 },
    fontSize: 8.5,
    headerFontSize: 7.5,
    heavyRuleAfter: (index) => days[index]?.weekday === 'Sun',
    shaded: (index) => days[index]?.weekday === 'Sat' || days[index]?.weekday === 'Sun',
  });
  return writer.finish();
}

function legend(input: CalendarSheetInput): string {
  const anyInRecovery = input.partners.A.inRecovery || input.partners.B.inRecovery;
  return [
    'Fill in one row each evening. Trust discussion and support meeting: ✓ yes, ✗ no.',
    anyInRecovery ? 'Abstinent: Y abstained all day, N used, ? not sure.' : null,
    'Screen result: + positive, − negative, blank on days without a screen.',
    'Leave a box empty rather than guess, and bring the sheet to your next session.',
  ]
    .filter(Boolean)
    .join(' ');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

interface SheetDay {
  label: string;
  weekday: (typeof WEEKDAYS)[number];
}

/** Every day of a `YYYY-MM` month, leap years included. */
export function monthDays(month: string): SheetDay[] {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const count = daysInMonth(month);
  const short = new Date(Date.UTC(year, monthIndex, 1)).toLocaleDateString('en-US', {
    month: 'short',
    timeZone: 'UTC',
  });
  const days: SheetDay[] = [];
  for (let day = 1; day <= count; day += 1) {
    const iso = `${month}-${String(day).padStart(2, '0')}`;
    // 1970-01-01, day 0, was a Thursday.
    const weekday = WEEKDAYS[(((epochDay(iso) + 4) % 7) + 7) % 7] ?? 'Sun';
    days.push({ label: `${short} ${day}`, weekday });
  }
  return days;
}
