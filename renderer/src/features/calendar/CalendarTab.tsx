import { channelKey } from '@renderer/api/channelQuery';
import { errorMessage, invoke, isApiError } from '@renderer/api/client';
import { today as todayIso } from '@renderer/features/couples/format';
import { useSaveShortcut } from '@renderer/features/plans/editor/useSaveShortcut';
import { usePartnerNames } from '@renderer/features/plans/usePartnerNames';
import { PrintDocumentButton } from '@renderer/features/reports/PrintDocumentButton';
import { clampToGrid, type GridPosition } from '@renderer/ui/gridNavigation';
import { allQueries, QueryView } from '@renderer/ui/states';
import type { CalendarDay } from '@shared/contract/calendar';
import type { Couple } from '@shared/contract/couples';
import {
  addDaysIso,
  formatIsoDate,
  formatMonth,
  isMonth,
  monthDates,
  monthOf,
  shiftMonth,
} from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CalendarGrid } from './CalendarGrid';
import { CalendarStats } from './CalendarStats';
import {
  BLANK_DAY,
  buildCalendarSaves,
  type CalendarRowKey,
  calendarRows,
  type DayMarks,
  type Mark,
  marksFromDay,
  withMark,
} from './calendarGridModel';
import { calendarRangeQuery, invalidateAfterCalendarSave } from './queries';

/** How far back streaks look: two years of saved days. */
const HISTORY_DAYS = 730;

const monthLabel = (month: string) => formatMonth(month, 'long');

type UseDay = { date: string; partner: 'A' | 'B' };

function toMarks(days: readonly CalendarDay[]): Map<string, DayMarks> {
  return new Map(days.map((day) => [day.date, marksFromDay(day)]));
}

/**
 * The couple's recovery calendar, a month at a time: trust discussion, abstinence of each
 * partner in recovery, support meeting and screen result per day, typed a key per day. Unsaved
 * changes are kept across months until saved. A use day saved becomes a relapse on the timeline
 * and flags the plan for review on Today, and the clinician is told so.
 */
export function CalendarTab({ couple }: { couple: Couple }) {
  const [today] = useState(todayIso);
  const [params, setParams] = useSearchParams();
  const requested = params.get('month');
  const month = isMonth(requested) && requested <= monthOf(today) ? requested : monthOf(today);
  const dates = useMemo(() => monthDates(month), [month]);
  const from = dates[0] as string;
  const to = dates.at(-1) as string;
  const monthQuery = useQuery(calendarRangeQuery(couple.id, from, to));
  const historyFrom = addDaysIso(today, -HISTORY_DAYS);
  const historyQuery = useQuery(calendarRangeQuery(couple.id, historyFrom, today));
  const names = usePartnerNames(couple);
  const queryClient = useQueryClient();

  const [edits, setEdits] = useState<Map<string, DayMarks>>(() => new Map());
  const [active, setActive] = useState<GridPosition>({
    row: 0,
    col: Math.max(0, Number(today.slice(8, 10)) - 1),
  });
  const [focusRequest, setFocusRequest] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ days: number } | null>(null);
  const [relapses, setRelapses] = useState<UseDay[]>([]);
  const savingRef = useRef(false);

  const monthDays = monthQuery.data?.days ?? [];
  const savedMarks = useMemo(() => {
    const map = toMarks(historyQuery.data?.days ?? []);
    for (const [date, marks] of toMarks(monthQuery.data?.days ?? [])) map.set(date, marks);
    return map;
  }, [historyQuery.data, monthQuery.data]);

  const recordedFor = {
    A: monthDays.some((d) => d.abstinence.A !== null),
    B: monthDays.some((d) => d.abstinence.B !== null),
  };
  const rows = calendarRows({ A: couple.partnerA.inRecovery, B: couple.partnerB.inRecovery }, recordedFor);
  const partners: PartnerKey[] = (['A', 'B'] as const).filter((p) =>
    rows.includes(p === 'A' ? 'abstinenceA' : 'abstinenceB'),
  );

  const goToMonth = (next: string) => {
    if (next > monthOf(today)) return;
    const nextDates = monthDates(next);
    const clamped = clampToGrid(active, {
      rows: rows.length,
      cols: nextDates.length,
      isDisabled: ({ col }) => (nextDates[col] ?? '') > today,
    });
    if (clamped) setActive(clamped);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('tab', 'calendar');
        copy.set('month', next);
        return copy;
      },
      { replace: true },
    );
  };

  const save = useCallback(async () => {
    if (savingRef.current) return;
    const calls = buildCalendarSaves(edits, savedMarks);
    if (calls.length === 0) return;
    savingRef.current = true;
    setSaving(true);
    setSaveError(null);
    setSaved(null);
    setRelapses([]);
    const savedDates = new Set<string>();
    const useDays: UseDay[] = [];
    try {
      for (const call of calls) {
        const result = await invoke('calendar:save', { coupleId: couple.id, days: call });
        for (const day of call) savedDates.add(day.date);
        useDays.push(...result.useDays);
      }
    } catch (error) {
      const fields = isApiError(error) ? Object.values(error.fields) : [];
      setSaveError(
        `${savedDates.size > 0 ? `${savedDates.size} days were saved; the others were not. ` : 'Nothing was saved. '}${fields[0] ?? errorMessage(error)}`,
      );
    } finally {
      if (savedDates.size > 0) {
        // Show the saved marks before dropping the edits, so the grid never flashes the old ones.
        await queryClient.invalidateQueries({
          queryKey: channelKey('calendar:get', { coupleId: couple.id }),
        });
        invalidateAfterCalendarSave(queryClient, couple.id);
        setEdits((current) => new Map([...current].filter(([date]) => !savedDates.has(date))));
        setSaved({ days: savedDates.size });
        setRelapses(useDays);
      }
      savingRef.current = false;
      setSaving(false);
    }
  }, [edits, savedMarks, couple.id, queryClient]);
  useSaveShortcut(save);

  return (
    <QueryView
      query={allQueries([monthQuery, historyQuery])}
      loading="Loading the recovery calendar…"
      errorTitle="The recovery calendar could not be loaded"
    >
      {([monthQueryData, historyQueryData]) => {
        const marksOf = (date: string) => edits.get(date) ?? savedMarks.get(date) ?? BLANK_DAY;
        const pending = buildCalendarSaves(edits, savedMarks).flat().length;
        const onMark = (date: string, row: CalendarRowKey, mark: Mark | null) => {
          setSaved(null);
          setEdits((current) => withMark(current, savedMarks, date, row, mark));
        };
        const label = monthLabel(month);
        const isCurrent = month === monthOf(today);

        return (
          <div className="tab-panel__stack calendar">
            <CalendarMonthHead
              coupleId={couple.id}
              month={month}
              isCurrent={isCurrent}
              onMonth={goToMonth}
              thisMonth={monthOf(today)}
            />
            {relapses.length > 0 ? (
              <UseDayNotice coupleId={couple.id} useDays={relapses} names={names} />
            ) : null}
            <div className="panel calendar__panel">
              <p className="calendar__help" id="calendar-help">
                Click or Tab into the grid, then type a key per day: it moves on to the next day. Arrow keys
                move, <kbd>Space</kbd> blanks a day, <kbd>PageUp</kbd>/<kbd>PageDown</kbd> change month,{' '}
                <kbd>Enter</kbd> or <kbd>Ctrl</kbd>+<kbd>S</kbd> saves. Days changed but not saved are
                underlined.
                {partners.length === 0
                  ? ' Neither partner is recorded as in recovery, so there is no abstinence row.'
                  : ''}
              </p>
              <CalendarGrid
                label={`Recovery calendar, ${label}`}
                rows={rows}
                dates={dates}
                today={today}
                names={names}
                marksOf={marksOf}
                isEdited={(date) => edits.has(date)}
                active={active}
                focusRequest={focusRequest}
                onActiveChange={setActive}
                onMark={onMark}
                onMonthStep={(delta) => {
                  goToMonth(shiftMonth(month, delta));
                  setFocusRequest((n) => n + 1);
                }}
                onSave={() => void save()}
              />
              <div className="calendar__save">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={saving || pending === 0}
                  onClick={() => void save()}
                >
                  {saving ? 'Saving…' : 'Save calendar'}
                </button>
                {pending > 0 ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={saving}
                    onClick={() => {
                      setEdits(new Map());
                      setSaveError(null);
                    }}
                  >
                    Discard changes
                  </button>
                ) : null}
                <p className="form__status calendar__pending" role="status">
                  {pending > 0
                    ? `${pending} ${pending === 1 ? 'day' : 'days'} changed, not saved yet.`
                    : saved
                      ? `Saved ${saved.days} ${saved.days === 1 ? 'day' : 'days'}.`
                      : ''}
                </p>
              </div>
              {saveError ? (
                <p className="notice notice--error calendar__error" role="alert">
                  {saveError}
                </p>
              ) : null}
            </div>
            <CalendarStats
              history={historyQueryData.days}
              monthDays={monthQueryData.days}
              monthLabel={label}
              today={today}
              partners={partners}
              names={names}
            />
          </div>
        );
      }}
    </QueryView>
  );
}

function UseDayNotice({
  coupleId,
  useDays,
  names,
}: {
  coupleId: string;
  useDays: readonly UseDay[];
  names: { A: string; B: string };
}) {
  const list = useDays
    .map(({ date, partner }) => `${names[partner] || `partner ${partner}`} on ${formatIsoDate(date)}`)
    .join(', ');
  return (
    <div className="banner banner--safety calendar__relapse" role="alert">
      <p className="banner__title">
        {useDays.length === 1 ? 'Use day recorded' : `${useDays.length} use days recorded`}: {list}
      </p>
      <p>
        {useDays.length === 1 ? 'A relapse was' : 'Relapses were'} added to the couple’s timeline, and the
        plan is flagged for review on Today.
      </p>
      <p className="calendar__relapse-links">
        <Link to={`/couples/${coupleId}?tab=timeline`}>Open the timeline</Link>
        <Link to="/today">Open Today</Link>
      </p>
    </div>
  );
}

/** The month shown, the way to the months before and after it, and its printable sheet. */
function CalendarMonthHead({
  coupleId,
  month,
  isCurrent,
  thisMonth,
  onMonth,
}: {
  coupleId: string;
  month: string;
  isCurrent: boolean;
  thisMonth: string;
  onMonth(month: string): void;
}) {
  return (
    <div className="calendar__head">
      <h2 className="calendar__month" id="calendar-month-heading" aria-live="polite">
        {monthLabel(month)}
      </h2>
      <div className="calendar__nav">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onMonth(shiftMonth(month, -1))}
        >
          <span aria-hidden="true">← </span>
          {monthLabel(shiftMonth(month, -1))}
        </button>
        {isCurrent ? null : (
          <button type="button" className="button button--secondary" onClick={() => onMonth(thisMonth)}>
            This month
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={isCurrent}
          onClick={() => onMonth(shiftMonth(month, 1))}
        >
          {monthLabel(shiftMonth(month, 1))}
          <span aria-hidden="true"> →</span>
        </button>
        <PrintDocumentButton
          // Keyed by month: a failure about one month’s sheet is not left showing under another.
          key={month}
          request={{ kind: 'calendarSheet', coupleId: coupleId, month }}
          label="Print month sheet"
        />
      </div>
    </div>
  );
}
