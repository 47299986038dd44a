// The last step of every form that changes records: what will change, in words, then back or confirm.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  /** The sentence saying what will change; `details` (document, reason) go under it. */
  summary: ReactNode;
  details?: ReactNode;
  danger?: boolean;
  error: unknown;
  pending: boolean;
  onBack: () => void;
  onConfirm: () => void;
  /** Prefix of the data-testids: `${prefix}-summary`, `-error`, `-back`, `-confirm`. */
  testIdPrefix: string;
}

export function ConfirmStep(props: Props) {
  const { t } = useTranslation();
  const id = (name: string) => `${props.testIdPrefix}-${name}`;
  return (
    <Stack gap="sm">
      <Alert color={props.danger ? 'red' : 'union'} icon={<IconInfoCircle size={18} />}>
        <Text size="sm" fw={500} data-testid={id('summary')}>
          {props.summary}
        </Text>
        {props.details}
      </Alert>
      <Text fw={600}>{t('common.continueQuestion')}</Text>
      {props.error ? <ErrorAlert error={props.error} testId={id('error')} /> : null}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={props.onBack} data-testid={id('back')}>
          {t('common.back')}
        </Button>
        <Button
          color={props.danger ? 'red' : undefined}
          loading={props.pending}
          onClick={props.onConfirm}
          data-testid={id('confirm')}
        >
          {t('common.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
