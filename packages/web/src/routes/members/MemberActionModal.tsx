// The frame of a lifecycle change (transfer, leave): the form, then one sentence saying what will happen,
// then the request; the server's refusal is shown in its own words.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';

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
}

export function MemberActionModal(props: MemberActionModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [showErrors, setShowErrors] = useState(false);
  const mutation = useMutation({
    mutationFn: props.submit,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.members }),
        queryClient.invalidateQueries({ queryKey: keys.org }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]);
      notifications.show({ color: 'green', message: props.done });
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
          <Stack gap="sm">
            <Alert color={props.danger ? 'red' : 'union'} icon={<IconInfoCircle size={18} />}>
              <Text size="sm" fw={500} data-testid="action-summary">
                {props.summary()}
              </Text>
            </Alert>
            <Text fw={600}>{t('common.continueQuestion')}</Text>
            {mutation.isError && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="action-error">
                {errorMessage(mutation.error, t)}
              </Alert>
            )}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={() => setStep('form')} data-testid="action-back">
                {t('common.back')}
              </Button>
              <Button
                color={props.danger ? 'red' : undefined}
                loading={mutation.isPending}
                onClick={() => mutation.mutate()}
                data-testid="action-confirm"
              >
                {t('common.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </div>
    </Modal>
  );
}
