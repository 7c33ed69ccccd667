import type { Db } from '@core/db/sqlite';
import type { Measurement } from '@shared/contract/measurements';
import type { MeasurementPoint } from '@shared/domain/dashboard';

interface MeasurementRow {
  id: string;
  couple_id: string;
  milestone_key: string;
  source: Measurement['source'];
  measured_on: string;
  value: number;
  comment: string | null;
  session_id: string | null;
  created_at: string;
  updated_at: string;
}

function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    coupleId: row.couple_id,
    milestoneKey: row.milestone_key,
    source: row.source,
    measuredOn: row.measured_on,
    value: row.value,
    comment: row.comment,
    sessionId: row.session_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Milestone measurements, mapped to the contract's `Measurement`. */
export function createMeasurementsRepo(db: Db) {
  return {
    get(id: string): Measurement | null {
      const row = db.prepare('SELECT * FROM measurements WHERE id = ?').get(id) as MeasurementRow | undefined;
      return row ? toMeasurement(row) : null;
    },

    /** Oldest first: the order charts and progress logic read them in. */
    list(coupleId: string, milestoneKey?: string): Measurement[] {
      const rows = milestoneKey
        ? db
            .prepare(
              'SELECT * FROM measurements WHERE couple_id = ? AND milestone_key = ? ORDER BY measured_on, created_at',
            )
            .all(coupleId, milestoneKey)
        : db
            .prepare('SELECT * FROM measurements WHERE couple_id = ? ORDER BY measured_on, created_at')
            .all(coupleId);
      return (rows as MeasurementRow[]).map(toMeasurement);
    },

    /**
     * Just what charts need, unsorted (the domain sorts): the dashboard reads thousands of these.
     * One row per milestone and source, its dates and values as JSON arrays: turning thousands of
     * rows into objects cell by cell cost about twice as long as parsing two arrays per group
     * (JSON keeps every double exactly: SQLite writes reals with enough digits to round-trip).
     */
    points(coupleId: string): MeasurementPoint[] {
      const groups = db
        .prepare(
          `SELECT milestone_key, source, json_group_array(measured_on), json_group_array(value)
           FROM measurements WHERE couple_id = ? GROUP BY milestone_key, source`,
        )
        .raw()
        .all(coupleId) as [string, Measurement['source'], string, string][];
      const points: MeasurementPoint[] = [];
      for (const [milestoneKey, source, datesJson, valuesJson] of groups) {
        const dates = JSON.parse(datesJson) as string[];
        const values = JSON.parse(valuesJson) as number[];
        for (let i = 0; i < dates.length; i += 1) {
          points.push({ milestoneKey, source, measuredOn: dates[i] as string, value: values[i] as number });
        }
      }
      return points;
    },

    insert(m: Omit<Measurement, 'createdAt' | 'updatedAt'>, now: string): void {
      db.prepare(
        `INSERT INTO measurements (id, couple_id, milestone_key, source, measured_on, value, comment, session_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        m.id,
        m.coupleId,
        m.milestoneKey,
        m.source,
        m.measuredOn,
        m.value,
        m.comment,
        m.sessionId,
        now,
        now,
      );
    },

    update(
      id: string,
      fields: Pick<Measurement, 'measuredOn' | 'value' | 'comment' | 'sessionId'>,
      now: string,
    ): void {
      db.prepare(
        'UPDATE measurements SET measured_on = ?, value = ?, comment = ?, session_id = ?, updated_at = ? WHERE id = ?',
      ).run(fields.measuredOn, fields.value, fields.comment, fields.sessionId, now, id);
    },
  };
}

export type MeasurementsRepo = ReturnType<typeof createMeasurementsRepo>;
