// Sending something back to the unit below with the reason (a returned report, an assessment returned for
// more work): the reason, checked by the payload's domain schema, then the confirmation that repeats it.
import { Text, Textarea } from '@mantine/core';
import type { z } from 'zod';
import { useSchemaForm } from './form/useSchemaForm.ts';
import { StepModal } from './StepModal.tsx';

export interface ReturnStepModalProps<Field extends string, T> {
  /** The payload's schema from `@congdoan/domain`: one text, the reason, with its limits. */
  schema: z.ZodType<Record<Field, string>, Record<Field, string>> & { shape: Record<Field, z.ZodString> };
  /** The reason's name in the payload (`comment`, `note`). */
  field: Field;
  title: string;
  testId: string;
  /** data-testid of the reason's field */
  reasonTestId: string;
  label: string;
  summary: string;
  done: string;
  submit: (body: Record<Field, string>) => Promise<T>;
  onClose: () => void;
  onDone?: (result: T) => void;
}

export function ReturnStepModal<Field extends string, T>(props: ReturnStepModalProps<Field, T>) {
  const { schema, field } = props;
  const form = useSchemaForm({
    schema,
    initialValues: { [field]: '' } as Record<Field, string>,
    // Trimmed, so a reason of spaces alone is a missing one.
    toPayload: (values) => ({ [field]: values[field].trim() }) as Record<Field, string>,
  });
  return (
    <StepModal
      title={props.title}
      testId={props.testId}
      onClose={props.onClose}
      form={form}
      summary={() => props.summary}
      details={() => <Text size="sm">{form.getTransformedValues()[field]}</Text>}
      submit={() => props.submit(schema.parse(form.getTransformedValues()))}
      done={props.done}
      onDone={props.onDone}
    >
      {() => (
        <Textarea
          label={props.label}
          required
          autosize
          minRows={3}
          maxLength={schema.shape[field].maxLength ?? undefined}
          {...form.getInputProps(field)}
          data-testid={props.reasonTestId}
        />
      )}
    </StepModal>
  );
}
