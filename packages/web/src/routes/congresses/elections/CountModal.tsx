// The paper count as the counting board reads it out: ballots issued, collected and invalid, and the votes
// of each candidate. The count's domain schema says when it is complete; it checks itself while typed
// (countProblems) and previews the result by the Charter's rule (countElection, with the win fraction of the
// rules table) before it is sent.
import {
  type Congress,
  type CountProblem,
  countElection,
  countProblems,
  type Election,
  type ElectionCountBody,
  electionCountBody,
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
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { errorMessage } from '../../../components/errors.ts';
import { showServerErrors, useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatNumber } from '../../../components/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { electedBodyLabel } from '../labels.ts';

type Candidate = Election['candidates'][number];
type Figure = string | number;

/** The key of a candidate's votes in the count: its candidate id. */
export const voteKey = (candidate: Candidate) => String(candidate.id);

/** A number input's value as sent: a number, or missing while the field is empty. */
const figure = (value: Figure) => (typeof value === 'number' ? value : undefined);

/** A count's problem in the catalogue's words: its figures as numbers are written, a candidate by name. */
function problemText(
  t: TFunction,
  problem: CountProblem,
  names: Map<string, string>,
  n: (v: number) => string,
) {
  const figures = Object.fromEntries(
    Object.entries(problem).map(([key, value]) => [key, typeof value === 'number' ? n(value) : value]),
  );
  const name = 'candidateId' in problem ? (names.get(problem.candidateId) ?? problem.candidateId) : undefined;
  return t(`countProblem.${problem.code}`, { ...figures, name });
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
  const form = useSchemaForm({
    schema: electionCountBody,
    initialValues: {
      ballotsIssued: (election.ballotsIssued ?? congress.delegatesPresent ?? '') as Figure,
      ballotsCollected: (election.ballotsCollected ?? '') as Figure,
      invalidBallots: (election.invalidBallots ?? '') as Figure,
      votes: Object.fromEntries(
        election.candidates.map((candidate) => [voteKey(candidate), (candidate.votes ?? '') as Figure]),
      ),
    },
    toPayload: (values) => ({
      ballotsIssued: figure(values.ballotsIssued),
      ballotsCollected: figure(values.ballotsCollected),
      invalidBallots: figure(values.invalidBallots),
      votes: Object.fromEntries(Object.entries(values.votes).map(([key, value]) => [key, figure(value)])),
    }),
  });
  const names = new Map(election.candidates.map((candidate) => [voteKey(candidate), candidate.fullName]));
  const { votes } = form.getValues();
  const typed = form.getTransformedValues();
  // Complete once the schema takes it: every figure entered, each a whole number.
  const complete = electionCountBody.safeParse(typed);
  const count = complete.success ? { ...complete.data, seats: election.seats } : null;
  const problems = count ? countProblems(count) : [];
  const preview =
    count && problems.length === 0
      ? countElection(count, fraction ? fraction.numerator / fraction.denominator : undefined)
      : null;

  const save = useMutation({
    mutationFn: (body: ElectionCountBody) => api.elections.count({ params: { id: election.id }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.count.saved') });
      onClose();
    },
    onError: (error) => showServerErrors(form, error),
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
            {...form.getInputProps('ballotsIssued')}
            {...numberProps}
          />
          <NumberInput
            data-testid="count-collected"
            label={t('congress.count.collected')}
            {...form.getInputProps('ballotsCollected')}
            {...numberProps}
          />
          <NumberInput
            data-testid="count-invalid"
            label={t('congress.count.invalid')}
            {...form.getInputProps('invalidBallots')}
            {...numberProps}
          />
        </SimpleGrid>
        {typed.ballotsCollected !== undefined && typed.invalidBallots !== undefined && (
          <Text size="sm" data-testid="count-valid">
            {t('congress.count.valid', {
              valid: n(Math.max(0, typed.ballotsCollected - typed.invalidBallots)),
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
                  onChange={(value) => form.setFieldValue(`votes.${key}`, value)}
                  error={form.errors[`votes.${key}`]}
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
            onClick={form.submitWith((body) => save.mutate(electionCountBody.parse(body)))}
            data-testid="count-save"
          >
            {t('congress.count.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
