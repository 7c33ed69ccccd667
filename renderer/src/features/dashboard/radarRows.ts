import type { RadarPoint } from '@shared/domain/dashboard';

export interface RadarRow {
  area: string;
  /** Short enough for the radar's spokes: "Emotional" rather than "Emotional intimacy". */
  label: string;
  baseline: number | null;
  latest: number | null;
}

export function shortAreaLabel(label: string): string {
  return label.replace(/\s+intimacy$/i, '');
}

/** One partner's first and latest rating per area. */
export function radarRows(points: readonly RadarPoint[], partner: 'A' | 'B'): RadarRow[] {
  return points.map((p) => ({
    area: p.area,
    label: shortAreaLabel(p.label),
    baseline: p.baseline[partner],
    latest: p.latest[partner],
  }));
}

export function hasRadarData(rows: readonly RadarRow[]): boolean {
  return rows.some((r) => r.baseline !== null || r.latest !== null);
}
