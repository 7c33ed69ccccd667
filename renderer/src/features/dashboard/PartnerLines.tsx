import { partnerLabel } from '@renderer/features/plans/planLabels';
import { Line } from 'recharts';
import { partnerStyle } from './chartStyle';
import { LineSwatch } from './Swatch';

type Names = { A: string; B: string };

/**
 * Both partners' lines on a time chart, drawn the one way every two-partner chart draws them
 * (A solid with circles, B dashed with squares), from rows with `A` and `B` values. Returned as
 * elements, not a component: the chart reads its children's types.
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
