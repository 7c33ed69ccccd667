import type { AreaChart, ChartMarker } from '@shared/domain/dashboard';
import { AreaChartPanel } from './AreaChartPanel';
import { markerLines } from './areaSeries';
import { ChartTable } from './ChartFigure';
import { PartnerLegendItems } from './chartParts';
import { axisColor, discrepancyColor, markerLabels, markerStyle } from './chartStyle';
import { formatDay } from './format';
import { LineSwatch, VerticalSwatch } from './Swatch';

type Names = { A: string; B: string };

/** Both partners' ratings of every area, with one legend for all the charts and the list of events. */
export function AreaChartsSection({
  areas,
  markers,
  names,
  shareable,
  allTables,
}: {
  areas: readonly AreaChart[];
  markers: readonly ChartMarker[];
  names: Names;
  shareable: boolean;
  allTables: boolean;
}) {
  const kinds = [...new Set(markers.map((m) => m.kind))];
  return (
    <section className="progress-section" aria-labelledby="progress-areas-title">
      <h2 id="progress-areas-title">Ratings by area</h2>
      <p className="progress-section__intro">
        Each partner’s own rating (0 to 10) from assessments and session check-ins, with the plan’s target.
      </p>
      <ul className="chart-legend" aria-label="Legend for the rating charts">
        <PartnerLegendItems names={names} />
        <li>
          <LineSwatch color={axisColor} dash="2 3" width={1.5} />
          Target (dotted)
        </li>
        {shareable ? null : (
          <li className="chart-legend__gap">
            <VerticalSwatch color={discrepancyColor} width={7} />
            Partners 3 or more apart
          </li>
        )}
        {kinds.map((kind) => (
          <li key={kind}>
            <VerticalSwatch
              color={markerStyle[kind].color}
              dash={markerStyle[kind].dash}
              width={markerStyle[kind].width}
            />
            {markerLabels[kind]}
          </li>
        ))}
      </ul>
      <div className="chart-grid">
        {areas.map((area) => (
          <AreaChartPanel
            key={area.area}
            area={area}
            markers={markers}
            names={names}
            shareable={shareable}
            allTables={allTables}
          />
        ))}
      </div>
      {markers.length > 0 ? (
        <details className="progress-events" open={allTables}>
          <summary>Events marked on the charts ({markers.length})</summary>
          <ChartTable caption="Events marked on the rating charts">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Event</th>
              </tr>
            </thead>
            <tbody>
              {markerLines(markers).map((m) => (
                <tr key={m.key}>
                  <th scope="row">{formatDay(m.date)}</th>
                  <td>{m.label}</td>
                </tr>
              ))}
            </tbody>
          </ChartTable>
        </details>
      ) : null}
    </section>
  );
}
