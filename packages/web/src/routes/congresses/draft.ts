// A form's payload while some of its fields may still be empty: the schema, not the form, says they are
// required (its message is "required" for a missing value), and the submit parses the draft into the body.

/** `T` with the fields `K` possibly missing. */
export type Draft<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | undefined };

/**
 * The first error of a field or of anything under it: a list typed as one text or tag field shows the error
 * of its third line ('agenda.2') under the field 'agenda'.
 */
export function errorUnder(errors: Record<string, unknown>, path: string): string | undefined {
  const key = Object.keys(errors).find((name) => name === path || name.startsWith(`${path}.`));
  return key === undefined ? undefined : String(errors[key]);
}
