import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-clinical-record';
import { migration0003 } from './0003-intervention-library';
import { migration0004 } from './0004-treatment-plans';
import { migration0005 } from './0005-progress';
import { migration0006 } from './0006-reports';
import { migration0007 } from './0007-bookings';
import { migration0008 } from './0008-homework';
import { migration0009 } from './0009-consents';
import { migration0010 } from './0010-questionnaires';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append only; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
];
