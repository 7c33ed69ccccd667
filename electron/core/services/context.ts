import type { Session } from '@core/session';

/** What a feature's handlers need: the open session (or a `locked` failure) and the time. */
export interface ServiceContext {
  session(): Session;
  clock(): Date;
}
