import { partnerLabel } from '@renderer/features/plans/planLabels';
import type { AreaChart, ChartMarker } from '@shared/domain/dashboard';
import { memo, useMemo } from 'react';
import { LineChart, ReferenceLine, YAxis } from 'recharts';
import { areaRows, gapSegments, markerLines, targetLines, timeDomain } from './areaSeries';
import { ChartFigure, ChartTable } from './ChartFigure';
import { partnerLines, timeAxisParts, timeChartFrame } from './chartParts';
import {
  axisColor,
  CHART_HEIGHT,
  DOTS_UP_TO,
  discrepancyColor,
  gapStrokeWidth,
  markerStyle,
  partnerStyle,
  RATING_TICKS,
} from './chartStyle';
import { describeArea } from './describe';
import { formatDay, valueText } from './format';

type Names = { A: string; B: string };

const targetLabel = { A: 'Target A', B: 'Target B', both: 'Target' } as const;
// At the left, above the line for A (and both) and below it for B, so two close targets' labels do not collide.
const targetPosition = { A: 'insideTopLeft', B: 'insideBottomLeft', both: 'insideTopLeft' } as const;

/**
 * One area (emotional, physical, intellectual, experiential intimacy, trust, communication):
 * both partners' ratings on one axis, their targets, the events, and (for the clinician) the
 * dates their ratings were 3 or more apart, drawn as a bar joining the two points.
 */
export const AreaChartPanel = memo(function AreaChartPanel({
  area,
  markers,
  names,
  shareable,
  allTables,
}: {
  area: AreaChart;
  markers: readonly ChartMarker[];
  names: Names;
  shareable: boolean;
  allTables: boolean;
}) {
  const rows = useMemo(() => areaRows(area), [area]);
  const domain = useMemo(() => timeDomain(rows, markers), [rows, markers]);
  const description = describeArea(area, markers, names, { shareable });
  if (!domain) {
    return (
      <figure className="chart-figure chart-figure--empty">
        <div className="chart-figure__head">
          <h3 className="chart-figure__title">{area.label}</h3>
        </div>
        <p className="muted">No ratings of {area.label.toLowerCase()} yet.</p>
      </figure>
    );
  }
  const dots = Math.max(area.series.A.length, area.series.B.length) <= DOTS_UP_TO;
  const targets = targetLines(area);
  const gapWidth = gapStrokeWidth(area.discrepancies.length);
  const chart = (
    <LineChart data={rows} {...timeChartFrame(CHART_HEIGHT.area)}>
      {timeAxisParts(domain, rows[0]?.day)}
      <YAxis
        type="number"
        domain={[0, 10]}
        ticks={RATING_TICKS}
        interval={0}
        stroke={axisColor}
        fontSize={12}
      />
      {markerLines(markers).map((m) => (
        <ReferenceLine
          key={m.key}
          x={m.day}
          stroke={markerStyle[m.kind].color}
          strokeDasharray={markerStyle[m.kind].dash}
          strokeWidth={markerStyle[m.kind].width}
        />
      ))}
      {targets.map((t) => (
        <ReferenceLine
          key={t.who}
          y={t.value}
          stroke={t.who === 'both' ? axisColor : partnerStyle[t.who].color}
          strokeDasharray="2 3"
          strokeWidth={1.5}
          label={{
            value: targetLabel[t.who],
            position: targetPosition[t.who],
            fontSize: 11,
            fill: axisColor,
          }}
        />
      ))}
      {shareable
        ? null
        : gapSegments(area).map((g) => (
            <ReferenceLine
              key={`gap-${g.day}`}
              className="gap-marker"
              segment={[
                { x: g.day, y: g.A },
                { x: g.day, y: g.B },
              ]}
              stroke={discrepancyColor}
              strokeOpacity={0.45}
              strokeWidth={gapWidth}
              strokeLinecap="round"
            />
          ))}
      {partnerLines(names, dots)}
    </LineChart>
  );
  const table = (
    <ChartTable caption={`${area.label}: ratings by date (0 to 10)`}>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">{partnerLabel('A', names)}</th>
          <th scope="col">{partnerLabel('B', names)}</th>
          {shareable ? null : <th scope="col">3 or more apart</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={!shareable && row.apart ? 'chart-table__row--gap' : undefined}>
            <th scope="row">{formatDay(row.date)}</th>
            <td>{valueText(row.A)}</td>
            <td>{valueText(row.B)}</td>
            {shareable ? null : <td>{row.apart ? 'Yes' : ''}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Target</th>
          <td>{valueText(area.target.A)}</td>
          <td>{valueText(area.target.B)}</td>
          {shareable ? null : <td />}
        </tr>
      </tfoot>
    </ChartTable>
  );
  return (
    <ChartFigure
      title={area.label}
      description={description}
      chart={chart}
      table={table}
      allTables={allTables}
      height={CHART_HEIGHT.area}
      badge={
        !shareable && area.discrepancyNow ? (
          <span className="badge badge--gap">Partners 3 or more apart now</span>
        ) : null
      }
    />
  );
});
