/** Field errors keyed by the contract's dotted paths (`partnerA.ratings.trust`), as the core sends them. */
export type FieldErrors = Record<string, string>;

/** The first message per dotted path of a failed zod parse. */
export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const raw: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in raw)) raw[path] = issue.message;
  }
  return raw;
}

/**
 * Maps each error path to the form field that shows it (the longest prefix found in
 * `fields`; '' when none), keeping the first message per field.
 */
export function placeFieldErrors(
  errors: Readonly<Record<string, string>>,
  fields: readonly string[],
): FieldErrors {
  const known = new Set(fields);
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const segments = path.split('.');
    let field = '';
    for (let length = segments.length; length > 0; length--) {
      const candidate = segments.slice(0, length).join('.');
      if (known.has(candidate)) {
        field = candidate;
        break;
      }
    }
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
