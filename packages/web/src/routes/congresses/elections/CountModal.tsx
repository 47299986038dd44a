// The paper count as the counting board reads it out: ballots issued, collected and invalid, and the votes
// of each candidate. It checks itself while typed (countProblems) and previews the result by the Charter's
// rule (countElection, with the win fraction of the rules table) before it is sent.
import {
  type Congress,
  type CountProblem,
  countElection,
  countProblems,
  type Election,
} from '@congdoan/domain';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { electionsApi } from '../../../api/elections.ts';
import { errorMessage } from '../../../components/errors.ts';
import { formatNumber } from '../../../components/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { electedBodyLabel } from '../labels.ts';

type Candidate = Election['candidates'][number];
type Figure = string | number;

/** The key of a candidate's votes in the count: its candidate id. */
export const voteKey = (candidate: Candidate) => String(candidate.id);

const figure = (value: Figure) => (typeof value === 'number' ? value : null);

function problemText(
  t: TFunction,
  problem: CountProblem,
  names: Map<string, string>,
  n: (v: number) => string,
) {
  switch (problem.code) {
    case 'COUNT_COLLECTED_OVER_ISSUED':
      return t('congress.count.problem.collectedOverIssued', {
        collected: n(problem.collected),
        issued: n(problem.issued),
      });
    case 'COUNT_INVALID_OVER_COLLECTED':
      return t('congress.count.problem.invalidOverCollected', {
        invalid: n(problem.invalid),
        collected: n(problem.collected),
      });
    case 'COUNT_CANDIDATE_OVER_VALID':
      return t('congress.count.problem.candidateOverValid', {
        name: names.get(problem.candidateId) ?? problem.candidateId,
        votes: n(problem.votes),
        valid: n(problem.valid),
      });
    case 'COUNT_MARKS_OVER_BALLOTS':
      return t('congress.count.problem.marksOverBallots', {
        marks: n(problem.marks),
        limit: n(problem.limit),
        valid: n(problem.valid),
        seats: n(problem.seats),
      });
  }
}

interface Props {
  congress: Congress;
  election: Election;
  fraction: { numerator: number; denominator: number } | null;
  onClose: () => void;
}

export function CountModal({ congress, election, fraction, onClose }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const n = (value: number) => formatNumber(value, language);
  const [issued, setIssued] = useState<Figure>(election.ballotsIssued ?? congress.delegatesPresent ?? '');
  const [collected, setCollected] = useState<Figure>(election.ballotsCollected ?? '');
  const [invalid, setInvalid] = useState<Figure>(election.invalidBallots ?? '');
  const [votes, setVotes] = useState<Record<string, Figure>>(() =>
    Object.fromEntries(election.candidates.map((candidate) => [voteKey(candidate), candidate.votes ?? ''])),
  );
  const names = new Map(election.candidates.map((candidate) => [voteKey(candidate), candidate.fullName]));

  const figures = {
    ballotsIssued: figure(issued),
    ballotsCollected: figure(collected),
    invalidBallots: figure(invalid),
  };
  const voteFigures = Object.entries(votes).map(([key, value]) => [key, figure(value)] as const);
  const complete =
    figures.ballotsIssued !== null &&
    figures.ballotsCollected !== null &&
    figures.invalidBallots !== null &&
    voteFigures.every(([, value]) => value !== null);
  const count = complete
    ? {
        seats: election.seats,
        ballotsIssued: figures.ballotsIssued!,
        ballotsCollected: figures.ballotsCollected!,
        invalidBallots: figures.invalidBallots!,
        votes: Object.fromEntries(voteFigures.map(([key, value]) => [key, value!])),
      }
    : null;
  const problems = count ? countProblems(count) : [];
  const preview =
    count && problems.length === 0
      ? countElection(count, fraction ? fraction.numerator / fraction.denominator : undefined)
      : null;

  const save = useMutation({
    mutationFn: () => electionsApi.count(election.id, count!),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.count.saved') });
      onClose();
    },
  });

  const numberProps = {
    min: 0,
    allowDecimal: false,
    allowNegative: false,
    thousandSeparator: language === 'vi' ? '.' : ',',
    decimalSeparator: language === 'vi' ? ',' : '.',
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t('congress.count.title')} · ${electedBodyLabel(t, election.body)}`}
      size="lg"
      fullScreen={phone}
    >
      <Stack gap="sm" data-testid="count-modal">
        <Text size="sm" c="dimmed">
          {t('congress.election.seatsOf', {
            seats: n(election.seats),
            candidates: n(election.candidates.length),
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NumberInput
            data-testid="count-issued"
            label={t('congress.count.issued')}
            value={issued}
            onChange={setIssued}
            {...numberProps}
          />
          <NumberInput
            data-testid="count-collected"
            label={t('congress.count.collected')}
            value={collected}
            onChange={setCollected}
            {...numberProps}
          />
          <NumberInput
            data-testid="count-invalid"
            label={t('congress.count.invalid')}
            value={invalid}
            onChange={setInvalid}
            {...numberProps}
          />
        </SimpleGrid>
        {figures.ballotsCollected !== null && figures.invalidBallots !== null && (
          <Text size="sm" data-testid="count-valid">
            {t('congress.count.valid', {
              valid: n(Math.max(0, figures.ballotsCollected - figures.invalidBallots)),
            })}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t('congress.count.votes')}
        </Text>
        <Stack gap={6}>
          {election.candidates.map((candidate) => {
            const key = voteKey(candidate);
            const outcome = preview
              ? preview.elected.includes(key)
                ? 'elected'
                : preview.tied.includes(key)
                  ? 'tied'
                  : 'notElected'
              : null;
            return (
              <Group key={key} gap="xs" wrap="nowrap" justify="space-between">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" truncate>
                    {candidate.fullName}
                  </Text>
                  {outcome && outcome !== 'notElected' && (
                    <Badge
                      size="xs"
                      variant="light"
                      color={outcome === 'elected' ? 'green' : 'orange'}
                      data-testid="count-preview-outcome"
                    >
                      {t(`electionOutcome.${outcome}`)}
                    </Badge>
                  )}
                </div>
                <NumberInput
                  data-testid={`count-votes-${candidate.memberId}`}
                  data-candidate-id={candidate.id}
                  aria-label={t('congress.count.votesOf', { name: candidate.fullName })}
                  value={votes[key] ?? ''}
                  onChange={(value) => setVotes((previous) => ({ ...previous, [key]: value }))}
                  w={120}
                  {...numberProps}
                />
              </Group>
            );
          })}
        </Stack>
        {problems.length > 0 && (
          <Alert color="red" p="xs" data-testid="count-problems">
            <Stack gap={2}>
              {problems.map((problem) => (
                <Text
                  key={`${problem.code}-${'candidateId' in problem ? problem.candidateId : ''}`}
                  size="sm"
                  data-testid="count-problem"
                  data-code={problem.code}
                >
                  {problemText(t, problem, names, n)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {preview && (
          <Paper bg="gray.0" radius="md" p="xs" data-testid="count-preview">
            <Text size="sm" fw={500}>
              {t('congress.count.preview')}
            </Text>
            <Text size="sm">
              {fraction
                ? t('congress.election.thresholdWords', {
                    fraction: `${fraction.numerator}/${fraction.denominator}`,
                    collected: n(count!.ballotsCollected),
                    threshold: n(preview.threshold),
                  })
                : t('congress.election.thresholdPlain', {
                    collected: n(count!.ballotsCollected),
                    threshold: n(preview.threshold),
                  })}
            </Text>
            <Text size="sm" c="green.8">
              {t('congress.count.previewElected', {
                names: preview.elected.map((key) => names.get(key)).join(', ') || '–',
              })}
            </Text>
            {preview.tied.length > 0 && (
              <Text size="sm" c="orange.8">
                {t('congress.election.tiedWords', {
                  names: preview.tied.map((key) => names.get(key)).join(', '),
                })}
              </Text>
            )}
            {preview.unfilled > 0 && (
              <Text size="sm" c="yellow.9">
                {t('congress.election.unfilledWords', { count: n(preview.unfilled) })}
              </Text>
            )}
          </Paper>
        )}
        {save.isError && (
          <Alert color="red" data-testid="count-error">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!preview}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="count-save"
          >
            {t('congress.count.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
