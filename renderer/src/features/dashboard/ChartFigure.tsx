import { type ReactNode, useId, useRef, useState } from 'react';
import { useMountWhenNear } from './useMountWhenNear';

/**
 * One chart with its words: a heading, the chart as an image whose accessible name says what
 * it shows, its legend, and a button that swaps the chart for a real table of the same data.
 * With `allTables` on (the dashboard's "Show charts as tables" switch) every chart is a table.
 */
export function ChartFigure({
  title,
  description,
  chart,
  table,
  legend,
  allTables,
  badge,
  height,
  footer,
}: {
  title: string;
  /** The chart's accessible name: what it shows, in words. */
  description: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  allTables: boolean;
  /** A flag beside the title (for the clinician: the partners are far apart now). */
  badge?: ReactNode;
  /**
   * The chart's height in pixels, kept by the placeholder shown until the chart is drawn; null
   * for a light chart (plain HTML) drawn at once.
   */
  height: number | null;
  /** Words shown under the chart and under its table alike (a summary, an attribution). */
  footer?: ReactNode;
}) {
  const [own, setOwn] = useState(false);
  const titleId = useId();
  const asTable = allTables || own;
  return (
    <figure className={`chart-figure${badge ? ' chart-figure--flagged' : ''}`} aria-labelledby={titleId}>
      <div className="chart-figure__head">
        <h3 id={titleId} className="chart-figure__title">
          {title}
        </h3>
        {badge}
        {allTables ? null : (
          <button
            type="button"
            className="button button--secondary button--small chart-figure__toggle"
            onClick={() => setOwn((value) => !value)}
          >
            <span>
              Show <span className="visually-hidden">{title} </span>
              {own ? 'as chart' : 'as table'}
            </span>
          </button>
        )}
      </div>
      {asTable ? (
        table
      ) : (
        <>
          <ChartSlot description={description} height={height}>
            {chart}
          </ChartSlot>
          {legend}
        </>
      )}
      {footer}
    </figure>
  );
}

/** The table view of a chart: a captioned table in the app's table style. */
export function ChartTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="table-wrap chart-table-wrap">
      <table className="table chart-table">
        <caption className="table__caption">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The chart as one image with a description; drawn once it nears the viewport. */
function ChartSlot({
  description,
  height,
  children,
}: {
  description: string;
  height: number | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const drawn = useMountWhenNear(ref) || height === null;
  return (
    <div
      ref={ref}
      className={`chart-figure__chart${drawn ? '' : ' chart-figure__chart--pending'}`}
      role="img"
      aria-label={description}
      style={height === null ? undefined : { minHeight: height }}
    >
      {drawn ? children : null}
    </div>
  );
}
