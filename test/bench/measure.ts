import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Wall-clock milliseconds of one run of `work`. */
export function time(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Per-call latencies in ms, for percentiles. */
export function latencies(runs: number, work: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(time(() => work(i)));
  return out;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface ComparedRow {
  phase: string;
  subject: number;
  baseline: number;
  unit: string;
}

/** Prints subject against baseline with the ratio, and saves the rows as JSON. */
export function report(name: string, subjectLabel: string, baselineLabel: string, rows: ComparedRow[]): void {
  const lines = rows.map(
    (row) =>
      `${row.phase.padEnd(44)} ${row.subject.toFixed(2).padStart(10)} ${row.baseline.toFixed(2).padStart(10)} ${row.unit.padEnd(4)} x${(row.subject / row.baseline).toFixed(2)}`,
  );
  console.log(
    [
      `\n${name}: ${subjectLabel} vs ${baselineLabel} (same machine, same run)`,
      `${'phase'.padEnd(44)} ${subjectLabel.slice(0, 10).padStart(10)} ${baselineLabel.slice(0, 10).padStart(10)} unit ratio`,
      ...lines,
    ].join('\n'),
  );
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    join('test-results', `bench-${name}.json`),
    JSON.stringify(
      rows.map((row) => ({ ...row, ratio: row.subject / row.baseline })),
      null,
      2,
    ),
  );
}
