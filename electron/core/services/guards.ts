import { notFound } from '@core/errors';
import type { Session } from '@core/session';

/** Refuses a write or read for a couple that does not exist (or was never this practice's). */
export function requireCouple(s: Session, coupleId: string): void {
  if (!s.couples.get(coupleId)) throw notFound('couple');
}
