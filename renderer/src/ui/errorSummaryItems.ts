import type { SummaryItem } from './ErrorSummary';
import type { FieldErrors } from './fieldErrors';

/**
 * The error summary's lines in the order the fields appear on screen: the form-level
 * message first, then each field (prefixed with the partner it belongs to), then anything
 * no field shows.
 */
export function errorSummaryItems(
  errors: FieldErrors,
  formError: string | null,
  fieldOrder: readonly string[],
): SummaryItem[] {
  const items: SummaryItem[] = formError ? [{ path: null, message: formError }] : [];
  for (const path of fieldOrder) {
    const message = errors[path];
    if (!message) continue;
    const prefix = path.startsWith('partnerA.')
      ? 'Partner A: '
      : path.startsWith('partnerB.')
        ? 'Partner B: '
        : '';
    items.push({ path, message: `${prefix}${message}` });
  }
  if (errors['']) items.push({ path: null, message: errors[''] });
  return items;
}
