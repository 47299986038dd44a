// "Personal data": the register of what is kept and why, the log of reads of sensitive data, the
// correction requests of the caller's subtree, and (for the system administrator) the breaches record.
import { CORRECTION_STATUSES } from '@congdoan/domain';
import { Alert, Paper, Select, Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCan } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { BreachesTab } from './BreachesTab.tsx';
import { CorrectionsTable } from './CorrectionsTable.tsx';
import { ReadLogTab } from './ReadLogTab.tsx';
import { RegisterTab } from './RegisterTab.tsx';
import { PRIVACY_TABS, type PrivacyTab } from './search.ts';

const route = getRouteApi('/_app/privacy');

type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

function CorrectionsTab() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CorrectionStatus | undefined>('pending');
  const params = { status };
  const requests = useQuery({
    queryKey: keys.privacyCorrections(params),
    queryFn: () => api.privacy.corrections({ query: params }),
  });
  return (
    <Stack gap="sm">
      <Select
        w={220}
        data-testid="corrections-status"
        label={t('privacy.corrections.status')}
        value={status ?? 'all'}
        onChange={(value) => setStatus(CORRECTION_STATUSES.find((option) => option === value))}
        data={[
          { value: 'all', label: t('common.all') },
          ...CORRECTION_STATUSES.map((value) => ({
            value,
            label: t(`privacy.corrections.statuses.${value}`),
          })),
        ]}
        allowDeselect={false}
      />
      {requests.isPending && <Skeleton h={120} />}
      {requests.isError && <Alert color="red">{errorMessage(requests.error, t)}</Alert>}
      {requests.data && <CorrectionsTable requests={requests.data} />}
    </Stack>
  );
}

export function PrivacyPage() {
  const { t } = useTranslation();
  // The breaches record is the national controller's: shown to whom the server lets keep it.
  const { managePrivacy } = useCan();
  const { tab } = route.useSearch();
  const navigate = useNavigate();
  const register = useQuery({ queryKey: keys.privacyRegister, queryFn: () => api.privacy.register() });
  const tabs = PRIVACY_TABS.filter((name) => name !== 'breaches' || managePrivacy);
  const active = tab && tabs.includes(tab) ? tab : 'register';
  return (
    <Stack gap="md">
      <Title order={1} size="h3" data-testid="privacy-title">
        {t('privacy.title')}
      </Title>
      <Paper withBorder radius="md" p="md">
        <Tabs
          value={active}
          onChange={(value) =>
            navigate({ to: '/privacy', search: { tab: (value ?? 'register') as PrivacyTab } })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {tabs.map((name) => (
              <Tabs.Tab key={name} value={name} data-testid={`privacy-tab-${name}`}>
                {t(`privacy.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="register">
            {register.isPending && <Skeleton h={300} />}
            {register.isError && <Alert color="red">{errorMessage(register.error, t)}</Alert>}
            {register.data && <RegisterTab register={register.data} />}
          </Tabs.Panel>
          <Tabs.Panel value="reads">
            <ReadLogTab />
          </Tabs.Panel>
          <Tabs.Panel value="corrections">
            <CorrectionsTab />
          </Tabs.Panel>
          {managePrivacy && (
            <Tabs.Panel value="breaches">
              <BreachesTab />
            </Tabs.Panel>
          )}
        </Tabs>
      </Paper>
    </Stack>
  );
}
