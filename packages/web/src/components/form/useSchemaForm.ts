// Forms validated by the domain schema of the payload they send (the route contract's own body schema), with
// the messages in the UI language, and the server's field errors shown in place under the field they name.
import { type FormErrors, type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import i18n from '../../i18n/index.ts';

export interface SchemaFormOptions<Values extends Record<string, unknown>, Payload> {
  /** The payload's schema from `@congdoan/domain` (the contract's body). */
  schema: z.ZodType<unknown, Payload>;
  initialValues: Values;
  /** What the fields hold → the payload (e.g. an empty text → undefined, a number input's '' → null). */
  toPayload: (values: Values) => Payload;
  /** Called on every change of the fields (e.g. to clear a refusal that no longer applies). */
  onValuesChange?: (values: Values) => void;
}

export type SchemaForm<Values extends Record<string, unknown>, Payload> = UseFormReturnType<
  Values,
  Payload
> & {
  /** A click handler: validates, shows the errors in place, and hands the payload on only when it is valid. */
  submitWith: (send: (payload: Payload) => void) => () => void;
};

/** The value the payload holds at an issue's path (Zod does not keep the input in the issues it reports). */
function valueAt(payload: unknown, path: PropertyKey[]): unknown {
  let value = payload;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * An empty field answers "required", whatever the schema asks of a filled one (a username of 3 characters,
 * a password of 8, a date): not Zod's "expected string, received undefined" or "too small"; so does a list
 * that needs an entry (the units to merge) and has none.
 */
function isMissing(issue: z.core.$ZodIssue, value: unknown): boolean {
  if (issue.code === 'invalid_type') return value === undefined || value === null || value === '';
  return value === '' || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * The payload's problems by field path, first problem per field: "required" for an empty field, a schema's
 * own message when it is an i18n key (e.g. 'error.usernameFormat'), Zod's message (in the UI language) else.
 */
export function fieldErrors(schema: z.ZodType, payload: unknown): FormErrors {
  const result = schema.safeParse(payload);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (path in errors) continue;
    errors[path] = isMissing(issue, valueAt(payload, issue.path))
      ? i18n.t('common.required')
      : i18n.exists(issue.message)
        ? String(i18n.t(issue.message as never))
        : issue.message;
  }
  return errors;
}

export function useSchemaForm<Values extends Record<string, unknown>, Payload>(
  options: SchemaFormOptions<Values, Payload>,
): SchemaForm<Values, Payload> {
  useTranslation(); // re-render when the language changes, so shown errors follow it
  const form = useForm<Values, Payload>({
    mode: 'controlled',
    initialValues: options.initialValues,
    transformValues: options.toPayload,
    onValuesChange: options.onValuesChange,
    validate: (values) => fieldErrors(options.schema, options.toPayload(values)),
  });
  const submitWith = (send: (payload: Payload) => void) => () => {
    if (!form.validate().hasErrors) send(form.getTransformedValues());
  };
  return Object.assign(form, { submitWith });
}

/**
 * Puts the server's field errors (400 INVALID_INPUT details with a path, or a rule refusal naming a field)
 * under the fields they name. Returns whether any error found its field; the caller shows the rest.
 */
export function showServerErrors<Values extends Record<string, unknown>>(
  form: Pick<UseFormReturnType<Values, unknown>, 'getValues' | 'setFieldError'>,
  error: unknown,
): boolean {
  if (!(error instanceof ApiError)) return false;
  let placed = false;
  for (const detail of error.details) {
    if (!detail.path || !(detail.path.split('.')[0]! in form.getValues())) continue;
    form.setFieldError(detail.path, detail.message);
    placed = true;
  }
  return placed;
}
