// A request that failed, in words: the server's own message (with its details), or ours when the network
// failed.
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors.ts';

export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid={testId}>
      {errorMessage(error, t)}
    </Alert>
  );
}
