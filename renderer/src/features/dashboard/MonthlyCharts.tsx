import { partnerLabel } from '@renderer/features/plans/planLabels';
import type { MonthAttendance } from '@shared/domain/dashboard';
import type { MonthAdherence } from '@shared/domain/progress';
import { type ReactNode, useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, ChartTable } from './ChartFigure';
import { axisColor, CHART_HEIGHT, gridColor, partnerStyle } from './chartStyle';
import { describeAdherence, describeAttendance } from './describe';
import { adherenceRows, attendanceRows, labelInterval, partnersWithAbstinence } from './monthRows';
import { BoxSwatch } from './Swatch';

type Names = { A: string; B: string };

const attendedColor = '#2b5a5f';
const trustColor = '#1c6337';

function percentCell(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}

/** Sessions due against sessions attended in full, per month. */
export function AttendanceChart({
  months,
  allTables,
}: {
  months: readonly MonthAttendance[];
  allTables: boolean;
}) {
  const rows = attendanceRows(months);
  if (rows.length === 0) return <EmptyFigure title="Attendance" text="No sessions were due yet." />;
  const chart = (
    <MonthBarChart rows={rows} left={-24}>
      <YAxis allowDecimals={false} interval={0} stroke={axisColor} fontSize={12} />
      <Tooltip isAnimationActive={false} />
      <Bar
        dataKey="due"
        name="Sessions due"
        fill="#ffffff"
        stroke={axisColor}
        strokeWidth={1.5}
        isAnimationActive={false}
      />
      <Bar dataKey="attended" name="Attended in full" fill={attendedColor} isAnimationActive={false} />
    </MonthBarChart>
  );
  const table = (
    <ChartTable caption="Attendance per month">
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Sessions due</th>
          <th scope="col">Attended in full</th>
          <th scope="col">Rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month}>
            <th scope="row">{row.label}</th>
            <td>{row.due}</td>
            <td>{row.attended}</td>
            <td>{percentCell(row.percent)}</td>
          </tr>
        ))}
      </tbody>
    </ChartTable>
  );
  const legend = (
    <ul className="chart-legend chart-legend--compact">
      <li>
        <BoxSwatch fill="#ffffff" stroke={axisColor} />
        Sessions due (outlined)
      </li>
      <li>
        <BoxSwatch fill={attendedColor} />
        Attended in full (filled)
      </li>
    </ul>
  );
  return (
    <ChartFigure
      title="Attendance"
      description={describeAttendance(months)}
      chart={chart}
      table={table}
      legend={legend}
      allTables={allTables}
      height={CHART_HEIGHT.bars}
    />
  );
}

/**
 * How the recovery calendar was kept, per month: trust discussion held, and each partner in
 * recovery's abstinent days, as a percentage of the days recorded. Bars differ by fill pattern.
 */
export function AdherenceChart({
  months,
  names,
  allTables,
}: {
  months: readonly MonthAdherence[];
  names: Names;
  allTables: boolean;
}) {
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const pattern = { A: `hatch-a-${ids}`, B: `dots-b-${ids}` };
  const rows = adherenceRows(months);
  const partners = partnersWithAbstinence(months);
  if (rows.length === 0)
    return (
      <EmptyFigure title="Recovery calendar kept" text="Nothing recorded in the recovery calendar yet." />
    );
  const chart = (
    <MonthBarChart
      rows={rows}
      left={-16}
      defs={
        <defs>
          <pattern
            id={pattern.A}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="3" height="6" fill={partnerStyle.A.color} />
          </pattern>
          <pattern id={pattern.B} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill="#f6e6da" />
            <circle cx="2.5" cy="2.5" r="1.6" fill={partnerStyle.B.color} />
          </pattern>
        </defs>
      }
    >
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        interval={0}
        unit="%"
        stroke={axisColor}
        fontSize={12}
      />
      <Tooltip isAnimationActive={false} formatter={(value) => `${String(value)}%`} />
      <Bar dataKey="trust" name="Trust discussion held" fill={trustColor} isAnimationActive={false} />
      {partners.map((p) => (
        <Bar
          key={p}
          dataKey={p === 'A' ? 'abstinenceA' : 'abstinenceB'}
          name={`Abstinent days, ${partnerLabel(p, names)}`}
          fill={`url(#${pattern[p]})`}
          stroke={partnerStyle[p].color}
          isAnimationActive={false}
        />
      ))}
    </MonthBarChart>
  );
  const table = (
    <ChartTable caption="Recovery calendar per month">
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Days recorded</th>
          <th scope="col">Trust discussion held</th>
          {partners.map((p) => (
            <th key={p} scope="col">
              Abstinent days, {partnerLabel(p, names)}
            </th>
          ))}
          <th scope="col">Support meetings</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month}>
            <th scope="row">{row.label}</th>
            <td>{row.daysRecorded}</td>
            <td>{percentCell(row.trust)}</td>
            {partners.map((p) => (
              <td key={p}>{percentCell(p === 'A' ? row.abstinenceA : row.abstinenceB)}</td>
            ))}
            <td>{row.supportMeetings}</td>
          </tr>
        ))}
      </tbody>
    </ChartTable>
  );
  const legend = (
    <ul className="chart-legend chart-legend--compact">
      <li>
        <BoxSwatch fill={trustColor} />
        Trust discussion held (solid)
      </li>
      {partners.map((p) => (
        <li key={p}>
          <BoxSwatch fill={`url(#${pattern[p]})`} stroke={partnerStyle[p].color} />
          <span className="chart-legend__name">
            Abstinent days, {partnerLabel(p, names)} ({p === 'A' ? 'striped' : 'dotted'})
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <ChartFigure
      title="Recovery calendar kept"
      description={describeAdherence(months, partners, names)}
      chart={chart}
      table={table}
      legend={legend}
      allTables={allTables}
      height={CHART_HEIGHT.bars}
    />
  );
}

/**
 * The bar chart both monthly figures draw on: one group of bars per month, the months labeled
 * along the bottom. The left margin differs because a percentage axis needs room for "100%".
 */
function MonthBarChart({
  rows,
  left,
  defs,
  children,
}: {
  rows: readonly { label: string }[];
  left: number;
  /** Fill patterns the bars refer to, drawn before anything that uses them. */
  defs?: ReactNode;
  children: ReactNode;
}) {
  return (
    <BarChart
      data={rows}
      responsive
      width="100%"
      height={CHART_HEIGHT.bars}
      margin={{ top: 10, right: 8, bottom: 0, left }}
      barGap={2}
      maxBarSize={40}
      accessibilityLayer={false}
      role="presentation"
    >
      {defs}
      <CartesianGrid stroke={gridColor} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" interval={labelInterval(rows.length)} stroke={axisColor} fontSize={12} />
      {children}
    </BarChart>
  );
}

function EmptyFigure({ title, text }: { title: string; text: string }) {
  return (
    <figure className="chart-figure chart-figure--empty">
      <div className="chart-figure__head">
        <h3 className="chart-figure__title">{title}</h3>
      </div>
      <p className="muted">{text}</p>
    </figure>
  );
}
