import { partnerLabel } from '@renderer/features/plans/planLabels';
import type { RadarPoint } from '@shared/domain/dashboard';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { ChartFigure, ChartTable } from './ChartFigure';
import { axisColor, CHART_HEIGHT, gridColor, partnerStyle } from './chartStyle';
import { describeRadar } from './describe';
import { valueText } from './format';
import { hasRadarData, radarRows } from './radarRows';
import { LineSwatch } from './Swatch';

type Names = { A: string; B: string };

const baselineColor = '#6b7580';

/** Per partner: the first rating on record against the latest, one spoke per area. */
export function RadarSection({
  points,
  names,
  allTables,
}: {
  points: readonly RadarPoint[];
  names: Names;
  allTables: boolean;
}) {
  return (
    <section className="progress-section" aria-labelledby="progress-radar-title">
      <h2 id="progress-radar-title">Where each partner started, and where they are now</h2>
      <div className="chart-grid">
        {(['A', 'B'] as const).map((partner) => (
          <PartnerRadar key={partner} points={points} partner={partner} names={names} allTables={allTables} />
        ))}
      </div>
    </section>
  );
}

function PartnerRadar({
  points,
  partner,
  names,
  allTables,
}: {
  points: readonly RadarPoint[];
  partner: 'A' | 'B';
  names: Names;
  allTables: boolean;
}) {
  const rows = radarRows(points, partner);
  const title = partnerLabel(partner, names);
  if (!hasRadarData(rows)) {
    return (
      <figure className="chart-figure chart-figure--empty">
        <div className="chart-figure__head">
          <h3 className="chart-figure__title">{title}</h3>
        </div>
        <p className="muted">No ratings yet.</p>
      </figure>
    );
  }
  const color = partnerStyle[partner].color;
  const chart = (
    <RadarChart
      data={rows}
      responsive
      width="100%"
      height={CHART_HEIGHT.radar}
      outerRadius="68%"
      margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
      accessibilityLayer={false}
      role="presentation"
    >
      <PolarGrid stroke={gridColor} />
      <PolarAngleAxis dataKey="label" tick={{ fontSize: 12, fill: axisColor }} />
      <PolarRadiusAxis domain={[0, 10]} tickCount={6} angle={90} tick={{ fontSize: 10, fill: axisColor }} />
      <Radar
        name="First rating"
        dataKey="baseline"
        stroke={baselineColor}
        strokeDasharray="5 4"
        fill={baselineColor}
        fillOpacity={0.1}
        isAnimationActive={false}
      />
      <Radar
        name="Latest rating"
        dataKey="latest"
        stroke={color}
        strokeWidth={2}
        fill={color}
        fillOpacity={0.25}
        dot={{ r: 3, fill: color }}
        isAnimationActive={false}
      />
    </RadarChart>
  );
  const table = (
    <ChartTable caption={`${title}: first rating and latest rating per area (0 to 10)`}>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">First rating</th>
          <th scope="col">Latest rating</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.area}>
            <th scope="row">{row.label}</th>
            <td>{valueText(row.baseline)}</td>
            <td>{valueText(row.latest)}</td>
          </tr>
        ))}
      </tbody>
    </ChartTable>
  );
  const legend = (
    <ul className="chart-legend chart-legend--compact">
      <li>
        <LineSwatch color={baselineColor} dash="5 4" />
        First rating (dashed outline)
      </li>
      <li>
        <LineSwatch color={color} marker="circle" />
        Latest rating (solid, shaded)
      </li>
    </ul>
  );
  return (
    <ChartFigure
      title={title}
      description={describeRadar(points, partner, names)}
      chart={chart}
      table={table}
      legend={legend}
      allTables={allTables}
      height={CHART_HEIGHT.radar}
    />
  );
}
