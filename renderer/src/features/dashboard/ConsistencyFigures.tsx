import type { Consistency } from '@shared/domain/progress';
import { attendanceText, homeworkText, rateText } from './consistencyText';

/**
 * How consistently the couple comes and does the work between sessions, as two plain figures
 * above the monthly charts: one sentence each, with the rate beside it.
 */
export function ConsistencyFigures({ consistency }: { consistency: Consistency }) {
  const { attendance, homework } = consistency;
  const attendanceRate = rateText(attendance.rate);
  const homeworkRate = rateText(homework.rate);
  return (
    <dl className="consistency-figures" data-testid="consistency-figures">
      <div className="consistency-figure">
        <dt>Attendance</dt>
        <dd>
          {attendanceText(attendance)}
          {attendanceRate ? <span className="consistency-figure__rate"> ({attendanceRate})</span> : null}
        </dd>
      </div>
      <div className="consistency-figure">
        <dt>Homework</dt>
        <dd>
          {homeworkText(homework)}
          {homeworkRate ? (
            <span className="consistency-figure__rate">
              {' '}
              ({homeworkRate}
              {homework.partly > 0 ? ', partly done counting half' : ''})
            </span>
          ) : null}
        </dd>
      </div>
    </dl>
  );
}
