/**
 * Every instrument Rekindle embeds, by id. Adding one here is a licensing decision first: it
 * needs a row in resources/instruments/LICENSES.md citing terms that permit it.
 */
import { auditC } from '@shared/domain/questionnaires/instruments/audit-c';
import { gad7 } from '@shared/domain/questionnaires/instruments/gad7';
import { pcl5 } from '@shared/domain/questionnaires/instruments/pcl5';
import { phq9 } from '@shared/domain/questionnaires/instruments/phq9';
import type { InstrumentDefinition, InstrumentId } from './types';

export const instruments: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  phq9,
  gad7,
  pcl5,
  auditC,
};

/** The definition for a stored instrument id, or a RangeError naming the unknown id. */
export function instrumentById(id: string): InstrumentDefinition {
  // Own keys only: "toString" names a property of every object, not an instrument.
  if (!Object.hasOwn(instruments, id)) throw new RangeError(`Unknown instrument "${id}"`);
  return instruments[id as InstrumentId];
}
