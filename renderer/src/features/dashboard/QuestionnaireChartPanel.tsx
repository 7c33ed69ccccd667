import { partnerLabel } from '@renderer/features/plans/planLabels';
import type { PartnerNames } from '@renderer/features/questionnaires/labels';
import { Phrase } from '@renderer/features/questionnaires/Phrase';
import type { Trajectory } from '@shared/contract/questionnaires';
import { memo, useMemo } from 'react';
import { LineChart, ReferenceArea, ReferenceLine, YAxis } from 'recharts';
import { timeDomain } from './areaSeries';
import { ChartFigure, ChartTable } from './ChartFigure';
import { partnerLines, timeAxisParts, timeChartFrame } from './chartParts';
import { axisColor, bandStyle, CHART_HEIGHT, cutOffStyle, DOTS_UP_TO, partnerStyle } from './chartStyle';
import { formatDay, valueText } from './format';
import {
  cutOffLines,
  describeTrajectory,
  drawnBand,
  noChangeRange,
  partnerSummary,
  scoreTicks,
  trajectoryRows,
} from './questionnaireSeries';

type Partner = 'A' | 'B';
const PARTNERS: readonly Partner[] = ['A', 'B'];

/** A name short enough for a label inside the chart; the summary under it gives the whole name. */
function chartName(name: string): string {
  const chars = [...name];
  return chars.length > 14 ? `${chars.slice(0, 13).join('')}…` : name;
}

const cutOffLabel = (who: Partner | 'both', value: number, names: PartnerNames) =>
  who === 'both' ? `Cut-off ${value}` : `Cut-off ${chartName(names[who] || `partner ${who}`)} ${value}`;

/**
 * One questionnaire, both partners: each partner's totals over time, the band around each
 * partner's first score inside which a later score is within measurement error, and the
 * caseness cut-off. The words under it say what changed, for each partner.
 */
export const QuestionnaireChartPanel = memo(function QuestionnaireChartPanel({
  trajectory,
  names,
  allTables,
}: {
  trajectory: Trajectory;
  names: PartnerNames;
  allTables: boolean;
}) {
  const rows = useMemo(() => trajectoryRows(trajectory), [trajectory]);
  const domain = useMemo(() => timeDomain(rows, []), [rows]);
  const bands = PARTNERS.map((p) => drawnBand(trajectory, p)).filter((band) => band !== null);
  const cutOffs = cutOffLines(trajectory);
  const dots = rows.length <= DOTS_UP_TO;
  const title = trajectory.shortName;
  const footer = (
    <div className="questionnaire-chart__words">
      <ul className="plain-list questionnaire-chart__summary">
        {PARTNERS.map((p) => (
          <li key={p} className={`questionnaire-chart__partner questionnaire-chart__partner--${p}`}>
            <Phrase phrase={partnerSummary(trajectory, p, names)} />
          </li>
        ))}
      </ul>
      <p className="questionnaire-chart__attribution">{trajectory.attribution}</p>
    </div>
  );
  if (!domain) {
    return (
      <figure className="chart-figure chart-figure--empty">
        <div className="chart-figure__head">
          <h3 className="chart-figure__title">{title}</h3>
        </div>
        <p className="muted">No {title} scores yet.</p>
      </figure>
    );
  }
  const chart = (
    <LineChart data={rows} {...timeChartFrame(CHART_HEIGHT.questionnaire)}>
      {timeAxisParts(domain, rows[0]?.day)}
      <YAxis
        type="number"
        domain={[trajectory.min, trajectory.max]}
        ticks={scoreTicks(trajectory.min, trajectory.max)}
        interval={0}
        stroke={axisColor}
        fontSize={12}
        allowDataOverflow
      />
      {bands.map((band) => (
        <ReferenceArea
          key={`band-${band.partner}`}
          x1={Math.max(band.fromDay, domain[0])}
          x2={domain[1]}
          y1={band.lower}
          y2={band.upper}
          fill={bandStyle[band.partner].fill}
          fillOpacity={bandStyle[band.partner].opacity}
          stroke={bandStyle[band.partner].stroke}
          strokeDasharray={bandStyle[band.partner].dash}
          ifOverflow="hidden"
          label={{
            value: `${chartName(names[band.partner] || `Partner ${band.partner}`)}: no reliable change`,
            // A's label at the band's top, B's at its foot, so two overlapping bands' labels do not collide.
            position: band.partner === 'A' ? 'insideTopRight' : 'insideBottomRight',
            fontSize: 11,
            fill: axisColor,
          }}
        />
      ))}
      {cutOffs.map((line) => (
        <ReferenceLine
          key={`cut-${line.who}`}
          y={line.value}
          stroke={line.who === 'both' ? cutOffStyle.color : partnerStyle[line.who].color}
          strokeDasharray={cutOffStyle.dash}
          strokeWidth={1.5}
          label={{
            value: cutOffLabel(line.who, line.value, names),
            position: line.who === 'B' ? 'insideBottomLeft' : 'insideTopLeft',
            fontSize: 11,
            fill: axisColor,
          }}
        />
      ))}
      {partnerLines(names, dots)}
    </LineChart>
  );
  const table = (
    <ChartTable caption={`${title}: totals by date (${trajectory.min} to ${trajectory.max})`}>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">{partnerLabel('A', names)}</th>
          <th scope="col">{partnerLabel('B', names)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{formatDay(row.date)}</th>
            <td>{valueText(row.A)}</td>
            <td>{valueText(row.B)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">No reliable change from the first score</th>
          {PARTNERS.map((p) => (
            <td key={p}>{noChangeRange(trajectory, p) ?? '—'}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">Cut-off</th>
          <td>{trajectory.cutOff.A}</td>
          <td>{trajectory.cutOff.B}</td>
        </tr>
      </tfoot>
    </ChartTable>
  );
  return (
    <ChartFigure
      title={title}
      description={describeTrajectory(trajectory, names)}
      chart={chart}
      table={table}
      allTables={allTables}
      height={CHART_HEIGHT.questionnaire}
      footer={footer}
    />
  );
});
