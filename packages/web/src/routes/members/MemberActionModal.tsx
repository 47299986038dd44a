// The frame of a lifecycle change (transfer, leave, re-admission): the form, then one sentence saying what
// will happen, then the request; the server's refusal is shown in its own words.
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/keys.ts';
import { ConfirmStep } from '../../components/ConfirmStep.tsx';

export interface MemberActionModalProps {
  title: string;
  testId: string;
  onClose: () => void;
  /** The fields; `showErrors` once the user has tried to go on. */
  children: (showErrors: boolean) => ReactNode;
  /** true when the form is complete. */
  validate: () => boolean;
  /** What will happen, in one sentence. */
  summary: () => string;
  submit: () => Promise<unknown>;
  done: string;
  danger?: boolean;
  /** 'confirm' when the fields come filled from elsewhere (the admission form): Back still reaches them. */
  initialStep?: 'form' | 'confirm';
  /** After success, before the modal closes, with what `submit` answered. */
  onDone?: (result: unknown) => void;
}

export function MemberActionModal(props: MemberActionModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [step, setStep] = useState<'form' | 'confirm'>(props.initialStep ?? 'form');
  const [showErrors, setShowErrors] = useState(false);
  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.members }),
        queryClient.invalidateQueries({ queryKey: keys.org }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      notifications.show({ color: 'green', message: props.done });
      props.onDone?.(result);
      props.onClose();
    },
  });

  const next = () => {
    setShowErrors(true);
    if (!props.validate()) return;
    mutation.reset();
    setStep('confirm');
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={step === 'form' ? props.title : t('form.confirmTitle')}
      size="lg"
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
              <Button onClick={next} data-testid="action-next">
                {t('common.next')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <ConfirmStep
            summary={props.summary()}
            danger={props.danger}
            error={mutation.isError ? mutation.error : null}
            pending={mutation.isPending}
            onBack={() => setStep('form')}
            onConfirm={() => mutation.mutate()}
            testIdPrefix="action"
          />
        )}
      </div>
    </Modal>
  );
}
