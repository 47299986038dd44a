// The breaches record: each breach with the 72-hour deadline to notify the authority and whether it was
// met, and the button to record or update one (the system administrator's page).
import type { Breach } from '@congdoan/domain';
import { Alert, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { BreachModal } from './BreachModal.tsx';

const STATE_COLORS = { met: 'green', late: 'orange', pending: 'blue', overdue: 'red' } as const;

export function BreachesTab() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Breach | 'new' | null>(null);
  const breaches = useQuery({ queryKey: keys.privacyBreaches, queryFn: () => api.privacy.breaches() });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={700}>
          {t('privacy.breaches.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="breach-new"
        >
          {t('privacy.breaches.new')}
        </Button>
      </Group>
      {breaches.isPending && <Skeleton h={120} />}
      {breaches.isError && <Alert color="red">{errorMessage(breaches.error, t)}</Alert>}
      {breaches.data?.length === 0 && <Text c="dimmed">{t('privacy.breaches.empty')}</Text>}
      {breaches.data && breaches.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped verticalSpacing="sm" data-testid="breaches-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.breaches.discoveredAt')}</Table.Th>
                <Table.Th>{t('privacy.breaches.description')}</Table.Th>
                <Table.Th>{t('privacy.breaches.people')}</Table.Th>
                <Table.Th>{t('privacy.breaches.deadline')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breaches.data.map((breach) => (
                <Table.Tr key={breach.id} data-testid="breach-row">
                  <Table.Td>{formatDateTime(breach.discoveredAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{breach.description}</Text>
                    <Text size="xs" c="dimmed">
                      {[breach.dataCategories.join(', '), breach.units.map((unit) => unit.name).join(', ')]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {breach.notifiedParties && (
                      <Text size="xs">
                        {t('privacy.breaches.notified', { parties: breach.notifiedParties })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatNumber(breach.peopleAffected, currentLanguage())}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(breach.notifyBy)}</Text>
                    <Badge color={STATE_COLORS[breach.notification]} data-testid="breach-state">
                      {t(`privacy.breaches.state.${breach.notification}`)}
                    </Badge>
                    {breach.authorityNotifiedAt && (
                      <Text size="xs" c="dimmed">
                        {t('privacy.breaches.notifiedAt', { at: formatDateTime(breach.authorityNotifiedAt) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {breach.can.edit && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setEditing(breach)}
                        data-testid="breach-edit"
                      >
                        {t('common.edit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <BreachModal breach={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
