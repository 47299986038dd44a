// A request that failed, in words: the server's own message (with its details), or ours when the network
// failed; or the caller's own words for it (a refusal whose details are shown elsewhere, a link to follow).
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors.ts';

export function ErrorAlert({
  error,
  testId,
  children,
}: {
  error: unknown;
  testId?: string;
  /** Words for the error other than errorMessage's. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid={testId}>
      {children ?? errorMessage(error, t)}
    </Alert>
  );
}
