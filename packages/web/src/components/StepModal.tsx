// The frame of every form that changes records: the fields, then one sentence saying what will happen, then
// the request; the server's refusal is shown in its own words on the confirmation step. After a write every
// query is stale: a member admitted changes the counts, the dashboard and the reports' figures alike.
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from './ConfirmStep.tsx';
import { showServerErrors } from './form/useSchemaForm.ts';

export interface StepModalProps<T, Values extends Record<string, unknown>> {
  title: string;
  testId: string;
  onClose: () => void;
  /** The fields; `showErrors` once the user has tried to go on. */
  children: (showErrors: boolean) => ReactNode;
  /**
   * The fields' schema form (useSchemaForm): Next validates it, and a refusal whose field errors it holds puts
   * them under the fields and shows the fields again (`showServerErrors`).
   */
  form?: Pick<UseFormReturnType<Values, unknown>, 'validate' | 'getValues' | 'setFieldError'>;
  /** What Next checks besides the form (a rule the schema cannot know, a date in the future). */
  validate?: () => boolean;
  summary: () => ReactNode;
  /** Shown under the summary (a list of names). */
  details?: () => ReactNode;
  submit: () => Promise<T>;
  done: string;
  onDone?: (result: T) => void;
  size?: string;
  /** a red confirm button (ending a membership, dissolving) */
  danger?: boolean;
  /** 'confirm' when the fields come filled from elsewhere (the admission form): Back still reaches them. */
  initialStep?: 'form' | 'confirm';
  /**
   * A refusal, in place of the form's: when it put the server's field errors under the fields, the fields
   * show again; otherwise the refusal stays on the confirmation step.
   */
  onError?: (error: unknown) => boolean;
}

export function StepModal<T, Values extends Record<string, unknown> = Record<string, unknown>>(
  props: StepModalProps<T, Values>,
) {
  const { form } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [step, setStep] = useState<'form' | 'confirm'>(props.initialStep ?? 'form');
  const [showErrors, setShowErrors] = useState(false);
  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: props.done });
      props.onDone?.(result);
      props.onClose();
    },
    onError: (error) => {
      const placed = props.onError ? props.onError(error) : form ? showServerErrors(form, error) : false;
      if (placed) setStep('form');
    },
  });
  const next = () => {
    setShowErrors(true);
    if (form?.validate().hasErrors) return;
    if (props.validate && !props.validate()) return;
    mutation.reset();
    setStep('confirm');
  };
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={step === 'form' ? props.title : t('form.confirmTitle')}
      size={props.size ?? 'lg'}
      fullScreen={phone}
    >
      <div data-testid={props.testId} data-step={step}>
        {step === 'form' ? (
          <Stack gap="sm">
            {props.children(showErrors)}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={props.onClose}>
                {t('common.cancel')}
              </Button>
              <Button onClick={next} data-testid={`${props.testId}-next`}>
                {t('common.next')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <ConfirmStep
            summary={props.summary()}
            details={props.details?.()}
            danger={props.danger}
            error={mutation.isError ? mutation.error : null}
            pending={mutation.isPending}
            onBack={() => setStep('form')}
            onConfirm={() => mutation.mutate()}
            testIdPrefix={props.testId}
          />
        )}
      </div>
    </Modal>
  );
}
