/**
 * A legend sample drawn the way the chart draws the series (line with dash and marker, or a
 * bar fill), so the legend matches by shape as well as color. Decorative: the text beside it
 * names the series.
 */
export function LineSwatch({
  color,
  dash,
  width = 2,
  marker,
}: {
  color: string;
  dash?: string | undefined;
  width?: number;
  marker?: 'circle' | 'square' | undefined;
}) {
  return (
    <svg className="swatch" width="32" height="14" viewBox="0 0 32 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="31" y2="7" stroke={color} strokeWidth={width} strokeDasharray={dash} />
      {marker === 'circle' ? <circle cx="16" cy="7" r="3.5" fill={color} /> : null}
      {marker === 'square' ? <rect x="12.5" y="3.5" width="7" height="7" fill={color} /> : null}
    </svg>
  );
}

export function VerticalSwatch({
  color,
  dash,
  width = 2,
}: {
  color: string;
  dash?: string | undefined;
  width?: number;
}) {
  return (
    <svg className="swatch" width="14" height="16" viewBox="0 0 14 16" aria-hidden="true" focusable="false">
      <line x1="7" y1="1" x2="7" y2="15" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

export function BoxSwatch({ fill, stroke, dash }: { fill: string; stroke?: string; dash?: string }) {
  return (
    <svg className="swatch" width="16" height="14" viewBox="0 0 16 14" aria-hidden="true" focusable="false">
      <rect
        x="1"
        y="1"
        width="14"
        height="12"
        fill={fill}
        stroke={stroke ?? 'none'}
        strokeWidth="1.5"
        strokeDasharray={dash}
      />
    </svg>
  );
}
