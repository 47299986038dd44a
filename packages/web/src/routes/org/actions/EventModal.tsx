// The frame of every restructuring form: effective date, reason, document number, then a confirmation
// that says in words what will change, then the request; the server's refusal is shown in its own words.
import type { EventResult } from '@congdoan/domain';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../../components/ConfirmStep.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { eventKindLabel } from '../../../components/labels.ts';

export interface EventBase {
  effectiveDate: string | null;
  reason: string;
  documentNumber: string;
}

export const newEventBase = (today: string): EventBase => ({
  effectiveDate: today,
  reason: '',
  documentNumber: '',
});

/** The common part of every event body, as the API takes it. */
export function eventBody(base: EventBase) {
  return {
    effectiveDate: base.effectiveDate ?? '',
    reason: base.reason.trim(),
    documentNumber: base.documentNumber.trim() || undefined,
  };
}

export interface EventModalProps {
  title: string;
  testId: string;
  onClose: () => void;
  base: EventBase;
  onBaseChange: (base: EventBase) => void;
  /** The event's own fields; `showErrors` once the user has tried to go on. */
  children: (showErrors: boolean) => ReactNode;
  /** true to go on; false when a field shows its own error; or a problem to show in words. */
  validate: () => boolean | string;
  /** What will change, in one sentence. */
  summary: () => string;
  submit: () => Promise<EventResult>;
  onSuccess?: (result: EventResult) => void;
  danger?: boolean;
}

export function EventModal(props: EventModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [showErrors, setShowErrors] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { base, onBaseChange } = props;

  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async (result) => {
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
      props.onSuccess?.(result);
    },
  });

  const next = () => {
    setShowErrors(true);
    const missing = !base.effectiveDate || !base.reason.trim();
    const verdict = props.validate();
    setProblem(typeof verdict === 'string' ? verdict : null);
    if (missing || verdict !== true) return;
    mutation.reset();
    setStep('confirm');
  };

  const required = (empty: boolean) => (showErrors && empty ? t('common.required') : undefined);

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={step === 'form' ? props.title : t('form.confirmTitle')}
      size="lg"
      fullScreen={phone}
      data-testid={props.testId}
    >
      {step === 'form' ? (
        <Stack gap="sm">
          <DateField
            testId="form-effective-date"
            label={t('form.effectiveDate')}
            value={base.effectiveDate}
            onChange={(effectiveDate) => onBaseChange({ ...base, effectiveDate })}
            error={required(!base.effectiveDate)}
            withAsterisk
          />
          {props.children(showErrors)}
          <TextInput
            data-testid="form-reason"
            label={t('form.reason')}
            placeholder={t('form.reasonPlaceholder')}
            value={base.reason}
            onChange={(event) => onBaseChange({ ...base, reason: event.currentTarget.value })}
            error={required(!base.reason.trim())}
            withAsterisk
          />
          <TextInput
            data-testid="form-document-number"
            label={t('form.documentNumber')}
            placeholder={t('form.documentNumberPlaceholder')}
            value={base.documentNumber}
            onChange={(event) => onBaseChange({ ...base, documentNumber: event.currentTarget.value })}
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
          summary={props.summary()}
          details={
            <>
              {base.documentNumber.trim() && (
                <Text size="sm">{t('confirm.document', { document: base.documentNumber.trim() })}</Text>
              )}
              <Text size="sm">{t('confirm.reason', { reason: base.reason.trim() })}</Text>
            </>
          }
          danger={props.danger}
          error={mutation.isError ? mutation.error : null}
          pending={mutation.isPending}
          onBack={() => setStep('form')}
          onConfirm={() => mutation.mutate()}
          testIdPrefix="event"
        />
      )}
    </Modal>
  );
}
