// A unit's committees across cycles, newest first: the sitting ones open, the earlier ones folded away.
import type { Committee } from '@congdoan/domain';
import { Accordion, Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { MemberLink } from '../../components/MemberLink.tsx';
import { CommitteeMeetings } from '../meetings/CommitteeMeetings.tsx';
import { COMMITTEE_POSITION_ORDER } from './elections/committeeSeats.ts';
import { electedBodyLabel, formatCycle, positionLabel } from './labels.ts';

export function CommitteeMembers({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const members = [...committee.members].sort(
    (a, b) => COMMITTEE_POSITION_ORDER[a.position] - COMMITTEE_POSITION_ORDER[b.position],
  );
  return (
    <Table verticalSpacing={4} data-testid="committee-members">
      <Table.Tbody>
        {members.map((member) => (
          <Table.Tr key={member.memberId} data-testid="committee-member" data-position={member.position}>
            <Table.Td>
              <MemberLink memberId={member.memberId} size="sm">
                {member.fullName}
              </MemberLink>
            </Table.Td>
            <Table.Td ta="right">
              <Badge
                size="sm"
                variant={member.position === 'member' ? 'outline' : 'light'}
                color={member.position === 'chair' ? 'red' : 'union'}
              >
                {positionLabel(t, member.position)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CommitteeHeading({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <div style={{ minWidth: 0 }}>
        <Text fw={600} size="sm">
          {electedBodyLabel(t, committee.body)} ·{' '}
          {t('congress.cycleLabel', { cycle: formatCycle(committee.cycle) })}
        </Text>
        <Text size="xs" c="dimmed">
          {committee.endedOn
            ? t('congress.committee.period', {
                from: formatDate(committee.presentedOn),
                to: formatDate(committee.endedOn),
              })
            : t('congress.committee.presentedOn', { date: formatDate(committee.presentedOn) })}
        </Text>
      </div>
      <Badge size="sm" variant="light" color="gray">
        {t('congress.committee.size', { value: committee.members.length })}
      </Badge>
    </Group>
  );
}

export function CommitteeHistory({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const committees = useQuery({
    queryKey: keys.committees(unitId),
    queryFn: () => api.elections.committees({ params: { id: unitId } }),
  });
  const sitting = committees.data?.filter((committee) => !committee.endedOn) ?? [];
  const earlier = committees.data?.filter((committee) => committee.endedOn) ?? [];
  return (
    <Paper withBorder radius="md" p="sm" data-testid="unit-committees">
      <Title order={3} size="h5" mb="xs">
        {t('congress.committee.title')}
      </Title>
      {committees.isPending && <Loader size="sm" />}
      {committees.isError && (
        <Text c="red" size="sm">
          {errorMessage(committees.error, t)}
        </Text>
      )}
      {committees.data?.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('congress.committee.none')}
        </Text>
      )}
      <Stack gap="md">
        {sitting.map((committee) => (
          <div key={committee.id} data-testid="committee-card" data-body={committee.body} data-current="true">
            <CommitteeHeading committee={committee} />
            <CommitteeMembers committee={committee} />
            <CommitteeMeetings committee={committee} />
          </div>
        ))}
      </Stack>
      {earlier.length > 0 && (
        <>
          <Text size="sm" fw={500} mt="md" mb={4}>
            {t('congress.committee.history')}
          </Text>
          <Accordion variant="separated" data-testid="committee-history">
            {earlier.map((committee) => (
              <Accordion.Item key={committee.id} value={String(committee.id)} data-testid="committee-card">
                <Accordion.Control>
                  <CommitteeHeading committee={committee} />
                </Accordion.Control>
                <Accordion.Panel>
                  <CommitteeMembers committee={committee} />
                  <CommitteeMeetings committee={committee} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Paper>
  );
}
