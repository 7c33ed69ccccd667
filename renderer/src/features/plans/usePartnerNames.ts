import type { Couple } from '@shared/contract/couples';
import { partnerCallName } from '@shared/domain/couple';
import { useMemo } from 'react';

/** The partners' call names for labels ("Partner A (Zoë)"); stable while the couple is. */
export function usePartnerNames(couple: Couple | undefined): { A: string; B: string } {
  return useMemo(
    () => ({
      A: couple ? partnerCallName(couple.partnerA) : '',
      B: couple ? partnerCallName(couple.partnerB) : '',
    }),
    [couple],
  );
}
