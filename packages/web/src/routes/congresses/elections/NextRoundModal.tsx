// A further round: by default the seats left unfilled, among the candidates tied in the last round (or, when
// none tied, among those not elected), checked by the round's domain schema.
import { type Election, nextRoundBody } from '@congdoan/domain';
import { Checkbox, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { StepModal } from '../../../components/StepModal.tsx';
import { electedBodyLabel } from '../labels.ts';

export function NextRoundModal({ election, onClose }: { election: Election; onClose: () => void }) {
  const { t } = useTranslation();
  const tied = election.candidates.filter((candidate) => candidate.outcome === 'tied');
  const pool =
    tied.length > 0 ? tied : election.candidates.filter((candidate) => candidate.outcome !== 'elected');
  const form = useSchemaForm({
    schema: nextRoundBody,
    initialValues: {
      seats: (election.unfilled ?? 1) as string | number,
      candidateMemberIds: pool.map((candidate) => candidate.memberId),
    },
    // An empty seats field is sent as none: the server then fills the seats the last round left.
    toPayload: (values) => ({
      seats: typeof values.seats === 'number' ? values.seats : undefined,
      candidateMemberIds: values.candidateMemberIds,
    }),
  });
  const picked = form.getValues().candidateMemberIds;
  const seats = form.getTransformedValues().seats ?? election.unfilled ?? 0;
  const names = pool.filter((candidate) => picked.includes(candidate.memberId)).map((c) => c.fullName);
  return (
    <StepModal
      title={t('congress.election.nextRound')}
      testId="round-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('congress.election.nextRoundConfirm', {
          round: election.round + 1,
          body: electedBodyLabel(t, election.body),
          seats,
          names: names.join(', '),
        })
      }
      submit={() =>
        api.elections.nextRound({ params: { id: election.id }, body: form.getTransformedValues() })
      }
      done={t('congress.election.nextRoundDone')}
      size="md"
    >
      {() => (
        <Stack gap="sm">
          <NumberInput
            data-testid="round-seats"
            label={t('congress.election.seats')}
            {...form.getInputProps('seats')}
            min={1}
            allowDecimal={false}
          />
          <Text size="sm" fw={500}>
            {t('congress.election.candidates')}
          </Text>
          {pool.map((candidate) => (
            <Checkbox
              key={candidate.memberId}
              data-testid="round-candidate"
              label={`${candidate.fullName} (${candidate.votes ?? 0})`}
              checked={picked.includes(candidate.memberId)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                form.setFieldValue(
                  'candidateMemberIds',
                  on ? [...picked, candidate.memberId] : picked.filter((id) => id !== candidate.memberId),
                );
              }}
            />
          ))}
          {form.errors.candidateMemberIds && (
            <Text size="xs" c="red">
              {t('congress.election.candidatesNeeded')}
            </Text>
          )}
        </Stack>
      )}
    </StepModal>
  );
}
