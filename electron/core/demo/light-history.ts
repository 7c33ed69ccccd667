/**
 * A light demo couple, for scale tests and benchmarks: the record and a few held joint
 * sessions, nothing else. About five core calls instead of a full couple's two hundred or
 * so, so a caseload of thousands is written in minutes. The practice's featured situations
 * (the relapse, the stalled milestone, the safety flag...) always stay with full couples.
 */
import { addDays, hhmm, isoDay } from './clock';
import type { HistoryOptions } from './couple-history';
import { Rng } from './prng';
import { coupleInput } from './profile';
import { coupleSteps, type Step } from './steps';

const INTAKE_MINUTES = 80;

export function* lightCoupleHistory(
  o: Pick<HistoryOptions, 'api' | 'profile' | 'seed' | 'present' | 'tally'>,
): Generator<Step, void, undefined> {
  const { api, profile: p, tally } = o;
  const today = isoDay(o.present);
  const rng = Rng.for(o.seed, 'light', p.index);
  const step = coupleSteps(o.present);

  let coupleId = '';
  // Referral: the record is opened a week before the first appointment. No plan yet: intake.
  yield step(addDays(p.startDate, -7), 9 * 60 + 40, async () => {
    coupleId = (await api.ok('couples:create', coupleInput(p, 'intake'))).id;
    tally.couples++;
  });

  const sessions = rng.int(2, 4);
  for (let week = 0; week < sessions; week++) {
    const date = addDays(p.startDate, 7 * week);
    if (date >= today) break;
    const duration = week === 0 ? INTAKE_MINUTES : p.durationMinutes;
    yield step(date, p.sessionStart + duration + 2, async () => {
      await api.ok('sessions:create', {
        coupleId,
        date,
        startTime: hhmm(p.sessionStart),
        durationMinutes: duration,
        type: 'joint',
        place: 'office',
        outcome: 'held',
        outcomeReason: null,
        attendance: { A: 'present', B: 'present' },
        checkIn: { A: null, B: null },
      });
      tally.sessions.held++;
    });
  }
}
