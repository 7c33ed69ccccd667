import type { SummaryItem } from '@renderer/ui/ErrorSummary';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import type { PartnerNames } from './labels';

/**
 * The error summary's lines in screen order, each field's message prefixed with what it belongs
 * to ("Zoë: …", "Couple’s log, Mon 9 Nov: …"), then anything no field shows. `pathPrefix` is
 * added to the links when a form's field names carry one (`edit.value`).
 */
export function summaryItems(
  errors: FieldErrors,
  formError: string | null,
  order: readonly string[],
  whose: (path: string) => string | null,
  pathPrefix = '',
): SummaryItem[] {
  const items: SummaryItem[] = formError ? [{ path: null, message: formError }] : [];
  for (const path of order) {
    const message = errors[path];
    if (!message) continue;
    const who = whose(path);
    items.push({ path: `${pathPrefix}${path}`, message: who ? `${who}: ${message}` : message });
  }
  for (const [path, message] of Object.entries(errors))
    if (!order.includes(path)) items.push({ path: null, message });
  return items;
}

/** Fields under `partnerA.` and `partnerB.` belong to that partner, named. */
export function partnerOfPath(names: PartnerNames): (path: string) => string | null {
  return (path) => {
    const partner = path.startsWith('partnerA.') ? 'A' : path.startsWith('partnerB.') ? 'B' : null;
    return partner ? names[partner] || `Partner ${partner}` : null;
  };
}
