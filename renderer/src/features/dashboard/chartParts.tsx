import { partnerLabel } from '@renderer/features/plans/planLabels';
import { isoOfEpochDay, monthOf } from '@shared/domain/dates';
import { CartesianGrid, Line, Tooltip, XAxis } from 'recharts';
import { tickLabelStyle, timeTicks } from './areaSeries';
import { axisColor, gridColor, partnerStyle } from './chartStyle';
import { formatDay, monthLabel, shortDayLabel } from './format';
import { LineSwatch } from './Swatch';

/**
 * Parts every two-partner time chart draws the same way (the area ratings, the questionnaires).
 * Returned as elements, not components: the chart reads its children's types.
 */

type Names = { A: string; B: string };

/**
 * The line chart's frame: as wide as its figure, its own height, margins that leave room for
 * the axis labels, and no keyboard layer (the figure's description and table view serve instead).
 */
export function timeChartFrame(height: number) {
  return {
    responsive: true,
    width: '100%',
    height,
    margin: { top: 14, right: 12, bottom: 0, left: -18 },
    accessibilityLayer: false,
    role: 'presentation',
  } as const;
}

/**
 * Both partners' lines (A solid with circles, B dashed with squares), from rows with `A` and `B`
 * values.
 */
export function partnerLines(names: Names, dots: boolean) {
  return (['A', 'B'] as const).map((p) => (
    <Line
      key={p}
      dataKey={p}
      name={partnerLabel(p, names)}
      type="linear"
      stroke={partnerStyle[p].color}
      strokeWidth={2}
      strokeDasharray={partnerStyle[p].dash}
      dot={
        dots
          ? {
              symbol: partnerStyle[p].symbol,
              r: partnerStyle[p].dotRadius,
              fill: partnerStyle[p].color,
              stroke: '#ffffff',
              strokeWidth: 1,
            }
          : false
      }
      activeDot={{ symbol: partnerStyle[p].symbol, r: partnerStyle[p].dotRadius + 1.5 }}
      connectNulls
      isAnimationActive={false}
    />
  ));
}

/**
 * The horizontal grid, the time axis along the bottom (ticks where the PDF puts them, anchored on
 * the first row's day) and a tooltip that names the date.
 */
export function timeAxisParts(domain: [number, number], anchorDay: number | undefined) {
  return [
    <CartesianGrid key="grid" stroke={gridColor} strokeDasharray="3 3" vertical={false} />,
    <XAxis
      key="x"
      type="number"
      dataKey="day"
      domain={domain}
      ticks={timeTicks(domain, 6, anchorDay)}
      tickFormatter={(day: number) =>
        tickLabelStyle(domain) === 'month' ? monthLabel(monthOf(isoOfEpochDay(day))) : shortDayLabel(day)
      }
      interval={0}
      stroke={axisColor}
      fontSize={12}
      allowDataOverflow
    />,
    <Tooltip
      key="tooltip"
      isAnimationActive={false}
      labelFormatter={(day) => (typeof day === 'number' ? formatDay(isoOfEpochDay(day)) : '')}
    />,
  ];
}

/** The legend's two partner entries, matching `partnerLines` by shape as well as color. */
export function PartnerLegendItems({ names }: { names: Names }) {
  return (['A', 'B'] as const).map((p) => (
    <li key={p}>
      <LineSwatch color={partnerStyle[p].color} dash={partnerStyle[p].dash} marker={partnerStyle[p].symbol} />
      <span className="chart-legend__name">
        {partnerLabel(p, names)} ({p === 'A' ? 'solid line, circles' : 'dashed line, squares'})
      </span>
    </li>
  ));
}
