// Where a member card's QR code leads: anyone (no sign-in) sees whether the card is a member in good standing.
import { Alert, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { PublicPage } from '../../app/PublicPage.tsx';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../components/format.ts';
import { memberStatusLabel } from '../../components/memberLabels.ts';

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" fw={600} ta="right" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Group>
  );
}

export function VerifyCardPage() {
  const { t } = useTranslation();
  // Served at /cards/verify, the address the server prints in the QR code (/verify forwards here).
  const { token } = useSearch({ strict: false }) as { token?: string };
  const check = useQuery({
    queryKey: keys.cardVerification(token ?? ''),
    queryFn: () => api.members.verifyCard({ query: { token: token ?? '' } }),
    enabled: Boolean(token),
    retry: false,
  });
  // A token the server does not know (or has revoked) is an invalid card, not a broken page.
  const unknownCard = check.error instanceof ApiError && [400, 404, 410].includes(check.error.status);
  const result = check.data;
  const valid = Boolean(result?.valid);

  return (
    <PublicPage
      width={440}
      mark="small"
      heading={
        <>
          <Title order={1} size="h3" ta="center">
            {t('members.verify.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('app.name')}
          </Text>
        </>
      }
    >
      {!token && (
        <Alert color="orange" data-testid="verify-result" data-valid="false">
          {t('members.verify.missingToken')}
        </Alert>
      )}
      {check.isLoading && (
        <Center>
          <Loader />
        </Center>
      )}
      {check.isError && !unknownCard && <Alert color="red">{errorMessage(check.error, t)}</Alert>}
      {(result || unknownCard) && (
        <Stack gap="md" align="center" data-testid="verify-result" data-valid={String(valid)}>
          <ThemeIcon color={valid ? 'green' : 'red'} radius="xl" size={64} variant="light">
            {valid ? <IconCircleCheck size={44} /> : <IconCircleX size={44} />}
          </ThemeIcon>
          <Text fz={22} fw={700} c={valid ? 'green.8' : 'red.8'} ta="center" data-testid="verify-verdict">
            {valid ? t('members.verify.valid') : t('members.verify.invalid')}
          </Text>
          {unknownCard && (
            <Text size="sm" c="dimmed" ta="center">
              {t('members.verify.unknown')}
            </Text>
          )}
        </Stack>
      )}
      {result && (
        <Stack gap={8}>
          <Row label={t('members.verify.name')} value={result.fullName} testId="verify-name" />
          <Row label={t('members.verify.unit')} value={result.unitName} testId="verify-unit" />
          <Row
            label={t('members.verify.status')}
            value={memberStatusLabel(t, result.status)}
            testId="verify-status"
          />
          {result.cardNumber && (
            <Row
              label={t('members.verify.cardNumber')}
              value={result.cardNumber}
              testId="verify-card-number"
            />
          )}
          <Row
            label={t('members.verify.checkedAt')}
            value={formatDateTime(result.checkedAt)}
            testId="verify-checked-at"
          />
        </Stack>
      )}
    </PublicPage>
  );
}
