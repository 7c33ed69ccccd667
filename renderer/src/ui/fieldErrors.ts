/** Field errors keyed by the contract's dotted paths (`partnerA.ratings.trust`), as the core sends them. */
export type FieldErrors = Record<string, string>;

/** The field that shows an error path: the longest prefix of it found in `fields`, or '' for none. */
export function fieldOf(path: string, fields: readonly string[]): string {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length--) {
    const candidate = segments.slice(0, length).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  return '';
}

/**
 * Maps each error path to the form field that shows it (the longest prefix found in
 * `fields`; '' when none), keeping the first message per field.
 */
export function placeFieldErrors(
  errors: Readonly<Record<string, string>>,
  fields: readonly string[],
): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOf(path, fields);
    if (!(field in result)) result[field] = message;
  }
  return result;
}

/** Removes one field's error, returning the same object when there was none (no re-render). */
export function withoutError(errors: FieldErrors, path: string): FieldErrors {
  if (!(path in errors)) return errors;
  const { [path]: _removed, ...rest } = errors;
  return rest;
}
