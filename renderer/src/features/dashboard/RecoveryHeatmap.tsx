import type { HeatmapDay } from '@shared/domain/dashboard';
import { memo, useMemo } from 'react';
import { ChartFigure, ChartTable } from './ChartFigure';
import { formatDay, monthLabel } from './format';
import { cellMark, cellText, heatmapCounts, heatmapMarkLabels, heatmapMonths } from './heatmapGrid';

const DAY_NUMBERS = Array.from({ length: 31 }, (_, i) => i + 1);

/**
 * The recovery calendar as a grid: a row per month, a cell per day. The fill shows the day's
 * abstinence (the worse of the two partners' marks), a symbol repeats it for those who cannot
 * tell the colors apart, and a dot in the corner means the trust discussion was held.
 */
export const RecoveryHeatmap = memo(function RecoveryHeatmap({
  days,
  allTables,
}: {
  days: readonly HeatmapDay[];
  allTables: boolean;
}) {
  const months = useMemo(() => heatmapMonths(days), [days]);
  if (months.length === 0) {
    return (
      <figure className="chart-figure chart-figure--empty">
        <div className="chart-figure__head">
          <h3 className="chart-figure__title">Recovery calendar, day by day</h3>
        </div>
        <p className="muted">Nothing recorded in the recovery calendar yet.</p>
      </figure>
    );
  }
  const counts = heatmapCounts(days);
  const description =
    `Recovery calendar, ${months.length} ${months.length === 1 ? 'month' : 'months'}: ` +
    `${counts.recorded} days recorded; abstinent ${counts.yes}, use recorded ${counts.no}, not known ${counts.unknown}; ` +
    `trust discussion held on ${counts.trustHeld} days.`;
  const chart = (
    <div className="heatmap">
      <div className="heatmap__row heatmap__row--head" aria-hidden="true">
        <span className="heatmap__month" />
        <span className="heatmap__days">
          {DAY_NUMBERS.map((n) => (
            <span key={n} className="heatmap__day-number">
              {n % 5 === 0 || n === 1 ? n : ''}
            </span>
          ))}
        </span>
      </div>
      {months.map((m) => (
        <div key={m.month} className="heatmap__row">
          <span className="heatmap__month">{monthLabel(m.month)}</span>
          <span className="heatmap__days">
            {m.cells.map((c) => (
              <span
                key={c.day}
                className={`heat-cell heat-cell--${cellMark(c.entry)}${c.entry?.trustDiscussion ? ' heat-cell--trust' : ''}`}
                title={`${formatDay(c.date)}: ${cellText(c.entry)}`}
              />
            ))}
          </span>
        </div>
      ))}
    </div>
  );
  const legend = (
    <ul className="chart-legend chart-legend--compact heatmap-legend">
      {(['yes', 'no', 'unknown', 'blank', 'none'] as const).map((mark) => (
        <li key={mark}>
          <span className={`heat-cell heat-cell--${mark}`} aria-hidden="true" />
          {heatmapMarkLabels[mark]}
        </li>
      ))}
      <li>
        <span className="heat-cell heat-cell--none heat-cell--trust" aria-hidden="true" />
        Dot: trust discussion held
      </li>
    </ul>
  );
  const table = (
    <ChartTable caption="Recovery calendar, each recorded day">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Abstinence (worse of the two partners)</th>
          <th scope="col">Trust discussion</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date}>
            <th scope="row">{formatDay(d.date)}</th>
            <td>{heatmapMarkLabels[cellMark(d)]}</td>
            <td>{d.trustDiscussion === null ? '—' : d.trustDiscussion ? 'Held' : 'Not held'}</td>
          </tr>
        ))}
      </tbody>
    </ChartTable>
  );
  return (
    <ChartFigure
      title="Recovery calendar, day by day"
      description={description}
      chart={chart}
      table={table}
      legend={legend}
      allTables={allTables}
      height={null}
    />
  );
});
