// The elections of a congress: the seat rules per body, each ballot with its count and result, a new ballot,
// and the committees constituted from the results.
import type { Congress } from '@congdoan/domain';
import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { errorMessage } from '../../../components/errors.ts';
import { formatDate, formatNumber } from '../../../components/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { CommitteeMembers } from '../CommitteeHistory.tsx';
import { electedBodyLabel } from '../labels.ts';
import { useRuleFraction } from '../useRuleFraction.ts';
import { ConstituteCommitteeModal } from './ConstituteCommitteeModal.tsx';
import { CreateElectionModal } from './CreateElectionModal.tsx';
import { ElectionCard } from './ElectionCard.tsx';

export function ElectionsSection({ congress }: { congress: Congress }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [creating, setCreating] = useState(false);
  const [constituting, setConstituting] = useState(false);
  const date = congress.heldOn ?? congress.scheduledOn ?? congress.recordedAt.slice(0, 10);
  const elections = useQuery({
    queryKey: keys.elections(congress.id),
    queryFn: () => api.elections.list({ params: { id: congress.id } }),
  });
  const seatRules = useQuery({
    queryKey: keys.seatRules(congress.id),
    queryFn: () => api.elections.seatRules({ params: { id: congress.id } }),
  });
  // The share of the ballots collected a candidate must pass, by the rules on the congress date.
  const fraction = useRuleFraction('election.winThreshold', date);
  const committees = useQuery({
    queryKey: keys.committees(congress.unit.id),
    queryFn: () => api.elections.committees({ params: { id: congress.unit.id } }),
  });
  const list = [...(elections.data ?? [])].sort((a, b) => a.id - b.id);
  const hasElected = list.some((election) => election.candidates.some((c) => c.outcome === 'elected'));
  const ours = committees.data?.filter((committee) => committee.congressId === congress.id) ?? [];
  const n = (value: number) => formatNumber(value, language);

  return (
    <Stack gap="md" data-testid="congress-elections">
      <Paper withBorder radius="md" p="sm">
        <Group justify="space-between" mb="xs" gap="xs">
          <Title order={3} size="h5">
            {t('congress.election.title')}
          </Title>
          <Group gap="xs">
            {congress.can.constituteCommittee && hasElected && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconUsersGroup size={14} />}
                onClick={() => setConstituting(true)}
                data-testid="committee-constitute"
              >
                {t('congress.committee.constitute')}
              </Button>
            )}
            {congress.can.createElection && (
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setCreating(true)}
                data-testid="election-create"
              >
                {t('congress.election.create')}
              </Button>
            )}
          </Group>
        </Group>
        {seatRules.isError && (
          <Text c="red" size="sm">
            {errorMessage(seatRules.error, t)}
          </Text>
        )}
        {seatRules.data && (
          <Table verticalSpacing={4} data-testid="seat-rules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('congress.election.body')}</Table.Th>
                <Table.Th ta="right">{t('congress.election.seatRange')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {seatRules.data.map((rule) => (
                <Table.Tr key={rule.body} data-testid="seat-rule" data-body={rule.body}>
                  <Table.Td>
                    <Text size="sm">{electedBodyLabel(t, rule.body)}</Text>
                    {rule.chairOnly && (
                      <Text size="xs" c="orange.8">
                        {t('congress.election.chairOnly')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      {rule.max === null
                        ? t('congress.election.seatsAtLeast', { min: n(rule.min) })
                        : rule.min === rule.max
                          ? n(rule.min)
                          : t('congress.election.seatsBetween', { min: n(rule.min), max: n(rule.max) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {fraction && (
          <Text size="xs" c="dimmed" mt="xs" data-testid="win-rule">
            {t('congress.election.winRule', { fraction: `${fraction.numerator}/${fraction.denominator}` })}
          </Text>
        )}
      </Paper>

      {elections.isPending && <Loader size="sm" />}
      {elections.isError && <Alert color="red">{errorMessage(elections.error, t)}</Alert>}
      {elections.data?.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="elections-none">
          {t('congress.election.none')}
        </Text>
      )}
      {list.map((election) => (
        <ElectionCard key={election.id} congress={congress} election={election} fraction={fraction} />
      ))}

      {ours.map((committee) => (
        <Paper
          key={committee.id}
          withBorder
          radius="md"
          p="sm"
          data-testid="congress-committee"
          data-body={committee.body}
        >
          <Title order={3} size="h5">
            {electedBodyLabel(t, committee.body)}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('congress.committee.presentedOn', { date: formatDate(committee.presentedOn) })}
            {committee.endedOn
              ? ` · ${t('congress.committee.endedOn', { date: formatDate(committee.endedOn) })}`
              : ''}
          </Text>
          <CommitteeMembers committee={committee} />
        </Paper>
      ))}

      {creating && (
        <CreateElectionModal
          congress={congress}
          seatRules={seatRules.data ?? []}
          onClose={() => setCreating(false)}
        />
      )}
      {constituting && (
        <ConstituteCommitteeModal
          congress={congress}
          elections={list}
          onClose={() => setConstituting(false)}
        />
      )}
    </Stack>
  );
}
