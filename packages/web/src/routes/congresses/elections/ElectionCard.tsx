// One ballot: its body, round and seats, the candidates with their votes, and once counted the result by the
// Charter's rule (elected in green, tied in orange for a new ballot among them, seats left unfilled), with
// the next round and the counting minutes.
import { apiContract, type Congress, type Election } from '@congdoan/domain';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconListNumbers, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../api/client.ts';
import { formatDateTime, formatNumber } from '../../../components/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { electedBodyLabel } from '../labels.ts';
import { CountModal } from './CountModal.tsx';
import { NextRoundModal } from './NextRoundModal.tsx';

const OUTCOME_COLORS = { elected: 'green', tied: 'orange', notElected: 'gray' } as const;

interface Props {
  congress: Congress;
  election: Election;
  fraction: { numerator: number; denominator: number } | null;
}

export function ElectionCard({ congress, election, fraction }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [open, setOpen] = useState<'count' | 'round' | null>(null);
  const counted = election.status === 'counted';
  const collected = election.ballotsCollected ?? 0;
  const n = (value: number) => formatNumber(value, language);
  const share = (votes: number) =>
    collected > 0 ? `${formatNumber(Math.round((votes / collected) * 1000) / 10, language)} %` : '';
  const candidates = counted
    ? [...election.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))
    : election.candidates;
  const tied = election.candidates.filter((candidate) => candidate.outcome === 'tied');
  const unfilled = election.unfilled ?? 0;

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="election-card"
      data-election-id={election.id}
      data-body={election.body}
      data-round={election.round}
      data-status={election.status}
    >
      <Group justify="space-between" gap="xs" mb="xs">
        <div>
          <Title order={3} size="h5">
            {electedBodyLabel(t, election.body)}
            {election.round > 1 ? ` · ${t('congress.election.round', { round: election.round })}` : ''}
          </Title>
          <Text size="xs" c="dimmed">
            {t('congress.election.seatsOf', {
              seats: n(election.seats),
              candidates: n(election.candidates.length),
            })}
          </Text>
        </div>
        <Badge color={counted ? 'green' : 'gray'} variant="light">
          {t(`congress.election.status.${election.status}`)}
        </Badge>
      </Group>

      <Table verticalSpacing={4} data-testid="election-candidates">
        {counted && (
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('congress.election.candidate')}</Table.Th>
              <Table.Th ta="right">{t('congress.election.votes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {candidates.map((candidate, index) => (
            <Table.Tr
              key={candidate.id}
              data-testid="election-result-row"
              data-member-id={candidate.memberId}
              data-outcome={candidate.outcome ?? ''}
              bg={
                candidate.outcome === 'elected'
                  ? 'var(--mantine-color-green-0)'
                  : candidate.outcome === 'tied'
                    ? 'var(--mantine-color-orange-0)'
                    : undefined
              }
            >
              <Table.Td>
                <Text size="sm" fw={candidate.outcome === 'elected' ? 600 : 400}>
                  {counted ? '' : `${index + 1}. `}
                  {candidate.fullName}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    candidate.unitName !== congress.unit.name && candidate.unitName,
                    t('congress.election.unionYears', { years: n(candidate.unionYears) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              {counted && (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={500}>
                    {n(candidate.votes ?? 0)}{' '}
                    <Text span size="xs" c="dimmed">
                      {share(candidate.votes ?? 0)}
                    </Text>
                  </Text>
                  {candidate.outcome && (
                    <Badge size="xs" variant="light" color={OUTCOME_COLORS[candidate.outcome]}>
                      {t(`electionOutcome.${candidate.outcome}`)}
                    </Badge>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {counted && (
        <Stack gap={6} mt="sm" data-testid="election-result">
          <Text size="sm" data-testid="election-ballots">
            {t('congress.election.ballots', {
              issued: n(election.ballotsIssued ?? 0),
              collected: n(collected),
              valid: n(collected - (election.invalidBallots ?? 0)),
              invalid: n(election.invalidBallots ?? 0),
            })}
          </Text>
          {election.threshold !== null && (
            <Text size="sm" data-testid="election-threshold">
              {fraction
                ? t('congress.election.thresholdWords', {
                    fraction: `${fraction.numerator}/${fraction.denominator}`,
                    collected: n(collected),
                    threshold: n(election.threshold),
                  })
                : t('congress.election.thresholdPlain', {
                    collected: n(collected),
                    threshold: n(election.threshold),
                  })}
            </Text>
          )}
          <Text size="sm" c="green.8" fw={500} data-testid="election-elected">
            {t('congress.election.electedCount', {
              count: n(election.elected.length),
              seats: n(election.seats),
            })}
          </Text>
          {tied.length > 0 && (
            <Alert color="orange" p="xs" data-testid="election-tied">
              {t('congress.election.tiedWords', {
                names: tied.map((candidate) => candidate.fullName).join(', '),
              })}
            </Alert>
          )}
          {unfilled > 0 && (
            <Alert color="yellow" p="xs" data-testid="election-unfilled">
              {t('congress.election.unfilledWords', { count: n(unfilled) })}
            </Alert>
          )}
          {election.countedAt && (
            <Text size="xs" c="dimmed">
              {t('congress.election.countedBy', {
                at: formatDateTime(election.countedAt),
                by: election.countedBy ?? '',
              })}
            </Text>
          )}
        </Stack>
      )}

      <Group gap="xs" mt="sm">
        {/* A count stands once a further round or a committee was built on it: the server says so. */}
        {election.can.count && (
          <Button
            size="xs"
            variant={counted ? 'default' : 'filled'}
            leftSection={<IconListNumbers size={14} />}
            onClick={() => setOpen('count')}
            data-testid="election-count"
          >
            {counted ? t('congress.count.recount') : t('congress.count.enter')}
          </Button>
        )}
        {election.can.nextRound && (
          <Button
            size="xs"
            variant="light"
            color="orange"
            leftSection={<IconRepeat size={14} />}
            onClick={() => setOpen('round')}
            data-testid="election-next-round"
          >
            {t('congress.election.nextRound')}
          </Button>
        )}
        {counted && (
          <Button
            size="xs"
            variant="light"
            component="a"
            href={hrefOf(apiContract.elections.minutes, {
              params: { id: election.id },
              query: { lang: language },
            })}
            download
            leftSection={<IconFileTypeDocx size={14} />}
            data-testid="election-minutes"
          >
            {t('congress.election.minutes')}
          </Button>
        )}
      </Group>
      {open === 'count' && (
        <CountModal
          congress={congress}
          election={election}
          fraction={fraction}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'round' && <NextRoundModal election={election} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
