import type { ChartMarker } from '@shared/domain/dashboard';

/**
 * How each series is drawn. Every pair of series differs by more than color (dash pattern,
 * marker shape or fill pattern), so the charts read in greyscale and for color-blind users.
 * SVG attributes cannot read CSS variables reliably, so the colors live here.
 */
export const partnerStyle = {
  // A's circle is drawn larger than B's square, so where both rated the same its rim still shows.
  A: { color: '#2b5a5f', dash: undefined, symbol: 'circle', dotRadius: 4.5 },
  B: { color: '#a04a12', dash: '7 4', symbol: 'square', dotRadius: 3 },
} as const;

export const markerStyle: Record<
  ChartMarker['kind'],
  { color: string; dash: string | undefined; width: number }
> = {
  relapse: { color: '#a8261b', dash: undefined, width: 2 },
  planChange: { color: '#1d5fd1', dash: '5 3', width: 1.5 },
  missedSession: { color: '#56606b', dash: '1 3', width: 1.5 },
};

export const markerLabels: Record<ChartMarker['kind'], string> = {
  relapse: 'Relapse',
  planChange: 'Plan signed',
  missedSession: 'Missed session',
};

export const discrepancyColor = '#c48a12';
export const gridColor = '#d3d7dc';
export const axisColor = '#56606b';

/** Above this many points a line is drawn without a marker at each point: faster, and less cluttered. */
export const DOTS_UP_TO = 60;

/** The ratings scale of every area chart and the radar. */
export const RATING_TICKS = [0, 2, 4, 6, 8, 10];

/** Chart heights in pixels: the placeholder before a chart is drawn keeps the same. */
export const CHART_HEIGHT = { area: 230, radar: 280, bars: 230, questionnaire: 250 } as const;

/** The bar joining two partners' far-apart ratings: thinner when many share the chart, so they do not merge. */
export function gapStrokeWidth(count: number): number {
  if (count > 40) return 3;
  if (count > 15) return 5;
  return 9;
}

/**
 * Each partner's reliable-change band on the questionnaire charts: a light fill in the
 * partner's color, B's also edged with a dashed line, so the two bands differ by more than color
 * where they overlap. The legend's swatch uses `swatch`, the same fill as one color.
 */
export const bandStyle = {
  A: {
    fill: partnerStyle.A.color,
    opacity: 0.14,
    stroke: undefined,
    dash: undefined,
    swatch: 'rgba(43, 90, 95, 0.22)',
  },
  B: {
    fill: partnerStyle.B.color,
    opacity: 0.1,
    stroke: partnerStyle.B.color,
    dash: '4 3',
    swatch: 'rgba(160, 74, 18, 0.16)',
  },
} as const;

/** The caseness cut-off on the questionnaire charts: a dashed line apart from the partners' colors. */
export const cutOffStyle = { color: '#6b3d8f', dash: '6 4' } as const;
