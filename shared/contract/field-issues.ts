/**
 * How a failed check names its fields, on both sides of the IPC boundary: the core's
 * `validation` envelope (`electron/core/dispatch.ts`) and the renderer's forms, which check
 * with the same schemas before sending. One function, so the two can never key the same
 * problem differently.
 */

/** What a zod issue (or a form's own check) says about one field. */
export interface FieldIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The dotted path of an issue (`partnerA.ratings.trust`, `steps.2`). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Field messages keyed by dotted path. Only the first message per field is kept: one clear
 * instruction beats a list. Zod's messages name the rule, never the value given.
 */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issuePath(issue.path);
    if (!(path in fields)) fields[path] = issue.message;
  }
  return fields;
}
