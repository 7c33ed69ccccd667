import { plural } from '@renderer/features/couples/format';
import { formatIsoDate } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import { adherence, type RecoveryDay, type StreakSummary, streaks } from '@shared/domain/progress/calendar';
import { percent } from './labels';

function span(from: string | null, to: string | null): string {
  if (!from || !to) return '';
  return from === to ? ` (${formatIsoDate(from)})` : ` (${formatIsoDate(from)} – ${formatIsoDate(to)})`;
}

/** "current streak since Oct 2, 2026. Longest: 6 days (Oct 1 – Oct 6, 2026)." */
function streakText(summary: StreakSummary): string {
  const { current, longest } = summary;
  const since = current.days > 0 && current.from ? ` since ${formatIsoDate(current.from)}` : '';
  const best =
    longest.days > 0 ? `${plural(longest.days, 'day')}${span(longest.from, longest.to)}` : 'none yet';
  return `current streak${since}. Longest: ${best}.`;
}

/**
 * What the saved calendar shows: streaks (from the saved history, so they can reach back across
 * months) and the month's adherence. Both come from the shared domain rules, the same the
 * progress dashboard and reports use: only a day recorded as done extends a streak.
 */
export function CalendarStats({
  history,
  monthDays,
  monthLabel,
  today,
  partners,
  names,
}: {
  history: readonly RecoveryDay[];
  monthDays: readonly RecoveryDay[];
  monthLabel: string;
  today: string;
  /** Partners whose abstinence is followed (in recovery, or recorded). */
  partners: readonly PartnerKey[];
  names: { A: string; B: string };
}) {
  const s = streaks(history, today);
  const month = adherence(monthDays)[0] ?? null;
  return (
    <div className="calendar-stats">
      <section className="panel calendar-stats__panel" aria-labelledby="calendar-streaks-heading">
        <h3 id="calendar-streaks-heading" className="calendar-stats__title">
          Streaks
        </h3>
        <dl className="calendar-stats__list">
          {partners.map((p) => {
            const summary = s.abstinence[p];
            return (
              <div key={p} className="calendar-stats__item">
                <dt>Abstinence: {names[p] || `partner ${p}`}</dt>
                <dd>
                  <span className="calendar-stats__big">
                    {summary ? plural(summary.current.days, 'day') : '—'}
                  </span>{' '}
                  {summary ? streakText(summary) : 'Nothing recorded yet.'}
                </dd>
              </div>
            );
          })}
          <div className="calendar-stats__item">
            <dt>Trust discussion</dt>
            <dd>
              {history.some((day) => day.trustDiscussion !== null) ? (
                <>
                  <span className="calendar-stats__big">{plural(s.trustDiscussion.current.days, 'day')}</span>{' '}
                  {streakText(s.trustDiscussion)}
                </>
              ) : (
                'Nothing recorded yet.'
              )}
            </dd>
          </div>
        </dl>
        <p className="field__hint">
          Only days marked done count; a blank or unknown day ends a streak. Saved days only.
        </p>
      </section>
      <section className="panel calendar-stats__panel" aria-labelledby="calendar-adherence-heading">
        <h3 id="calendar-adherence-heading" className="calendar-stats__title">
          Adherence in {monthLabel}
        </h3>
        {month ? (
          <dl className="calendar-stats__list">
            <div className="calendar-stats__item">
              <dt>Trust discussion held</dt>
              <dd>
                <span className="calendar-stats__big">{percent(month.trustDiscussion.rate)}</span>{' '}
                {month.trustDiscussion.done} of {plural(month.trustDiscussion.recorded, 'day')} marked
              </dd>
            </div>
            {partners.map((p) => {
              const a = month.abstinence[p];
              return (
                <div key={p} className="calendar-stats__item">
                  <dt>Abstinent: {names[p] || `partner ${p}`}</dt>
                  <dd>
                    <span className="calendar-stats__big">{percent(a?.rate ?? null)}</span>{' '}
                    {a
                      ? `${a.yes} of ${plural(a.yes + a.no + a.unknown, 'day')}; ${plural(a.no, 'use day')}, ${a.unknown} unknown`
                      : 'Nothing recorded'}
                  </dd>
                </div>
              );
            })}
            <div className="calendar-stats__item">
              <dt>Support meetings</dt>
              <dd>
                <span className="calendar-stats__big">{month.supportMeetings}</span> attended
              </dd>
            </div>
            <div className="calendar-stats__item">
              <dt>Screens</dt>
              <dd>
                <span className="calendar-stats__big">{month.screens.taken}</span> taken
                {month.screens.positive > 0 ? (
                  <strong className="calendar-stats__alert">, {month.screens.positive} positive</strong>
                ) : (
                  ', none positive'
                )}
              </dd>
            </div>
          </dl>
        ) : (
          <p className="muted">Nothing saved for this month yet.</p>
        )}
      </section>
    </div>
  );
}
