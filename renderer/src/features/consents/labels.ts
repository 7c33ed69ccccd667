import type { Couple } from '@shared/contract/couples';
import { partnerFullName } from '@shared/domain/couple';

export function partnerName(couple: Couple, partner: 'A' | 'B'): string {
  return partnerFullName(partner === 'A' ? couple.partnerA : couple.partnerB);
}

/** The couple's consents section, optionally with the form open for a partner and recipient. */
export function consentsPath(
  coupleId: string,
  record?: { partner: 'A' | 'B'; recipientKind: string; recipientName: string | null },
): string {
  const params = new URLSearchParams({ tab: 'consents' });
  if (record) {
    params.set('record', record.partner);
    params.set('recipient', record.recipientKind);
    if (record.recipientName) params.set('recipientName', record.recipientName);
  }
  return `/couples/${coupleId}?${params.toString()}`;
}
