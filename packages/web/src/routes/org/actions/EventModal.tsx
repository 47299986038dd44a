// The frame of every restructuring form: effective date, reason, document number, then a confirmation
// that says in words what will change, then the request. The event's domain schema validates the form; the
// server's field errors go back under their fields, its other refusals are shown in its own words.
import type { EventResult } from '@congdoan/domain';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../../components/ConfirmStep.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { type SchemaForm, showServerErrors } from '../../../components/form/useSchemaForm.ts';
import { eventKindLabel } from '../../../components/labels.ts';

/** The fields every event has, as the form holds them. */
export interface EventValues extends Record<string, unknown> {
  effectiveDate: string | null;
  reason: string;
  documentNumber: string;
}

export const eventValues = (date: string): EventValues => ({
  effectiveDate: date,
  reason: '',
  documentNumber: '',
});

/** The common part of every event body, as the API takes it. */
export function eventPayload(values: EventValues) {
  return {
    // '' while the date is cleared: the form then answers "required" under the field.
    effectiveDate: values.effectiveDate ?? '',
    reason: values.reason.trim(),
    documentNumber: values.documentNumber.trim() || undefined,
  };
}

export interface EventModalProps<Values extends EventValues, Payload> {
  title: string;
  testId: string;
  onClose: () => void;
  form: SchemaForm<Values, Payload>;
  /** The event's own fields. */
  children: ReactNode;
  /**
   * What the schema cannot know, as errors by field: a choice the tree or the members make necessary (where
   * the children or the members go). The key '' is a problem of the whole form.
   */
  check?: (values: Values) => FormErrors;
  /** What will change, in one sentence. */
  summary: (payload: Payload) => string;
  submit: (payload: Payload) => Promise<EventResult>;
  onSuccess?: (result: EventResult, payload: Payload) => void;
  danger?: boolean;
}

export function EventModal<Values extends EventValues, Payload>(props: EventModalProps<Values, Payload>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [payload, setPayload] = useState<Payload | null>(null);
  const { form } = props;

  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async (result, sent) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['org'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
        queryClient.invalidateQueries({ queryKey: ['clusters'] }),
        // A merge, split or dissolution moves or ends memberships.
        queryClient.invalidateQueries({ queryKey: ['members'] }),
      ]);
      notifications.show({
        color: 'green',
        message: t('form.success', { kind: eventKindLabel(t, result.kind) }),
      });
      props.onClose();
      props.onSuccess?.(result, sent);
    },
    // A refusal that names fields sends the user back to them.
    onError: (error) => {
      if (showServerErrors(form, error)) setPayload(null);
    },
  });

  const next = () => {
    const errors = { ...form.validate().errors, ...props.check?.(form.getValues()) };
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    mutation.reset();
    setPayload(form.getTransformedValues());
  };
  const problem = form.errors[''];

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={payload === null ? props.title : t('form.confirmTitle')}
      size="lg"
      fullScreen={phone}
      data-testid={props.testId}
    >
      {payload === null ? (
        <Stack gap="sm">
          <DateField
            testId="form-effective-date"
            label={t('form.effectiveDate')}
            {...form.getInputProps('effectiveDate')}
            withAsterisk
          />
          {props.children}
          <TextInput
            data-testid="form-reason"
            label={t('form.reason')}
            placeholder={t('form.reasonPlaceholder')}
            {...form.getInputProps('reason')}
            withAsterisk
          />
          <TextInput
            data-testid="form-document-number"
            label={t('form.documentNumber')}
            placeholder={t('form.documentNumberPlaceholder')}
            {...form.getInputProps('documentNumber')}
          />
          {problem && (
            <Alert color="orange" icon={<IconAlertCircle size={18} />} data-testid="form-problem">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={next} data-testid="event-next">
              {t('common.next')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <ConfirmStep
          summary={props.summary(payload)}
          details={<EventDetails values={form.getValues()} />}
          danger={props.danger}
          error={mutation.isError ? mutation.error : null}
          pending={mutation.isPending}
          onBack={() => setPayload(null)}
          onConfirm={() => mutation.mutate(payload)}
          testIdPrefix="event"
        />
      )}
    </Modal>
  );
}

function EventDetails({ values }: { values: EventValues }) {
  const { t } = useTranslation();
  const document = values.documentNumber.trim();
  return (
    <>
      {document && <Text size="sm">{t('confirm.document', { document })}</Text>}
      <Text size="sm">{t('confirm.reason', { reason: values.reason.trim() })}</Text>
    </>
  );
}
