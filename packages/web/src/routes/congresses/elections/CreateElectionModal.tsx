// A new ballot: the body, the number to elect (within the seat rules) and the candidates, picked from the
// unit's members by name (accent-free search on the server), checked by the ballot's domain schema. Nominees
// the server refuses are marked with its reasons, so they can be taken off the list.
import {
  type Congress,
  type CreateElectionBody,
  createElectionBody,
  ELECTED_BODIES,
  type ElectedBody,
  type SeatRules,
} from '@congdoan/domain';
import { ActionIcon, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { showServerErrors, useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import type { Draft } from '../draft.ts';
import { electedBodyLabel } from '../labels.ts';
import { MemberPicker, type PickedMember } from './MemberPicker.tsx';

interface Refusal {
  memberId?: number;
  name?: string;
  problem?: string;
  message?: string;
}

export function CreateElectionModal({
  congress,
  seatRules,
  onClose,
}: {
  congress: Congress;
  seatRules: SeatRules[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const chairOnly = seatRules.some((rule) => rule.chairOnly);
  const initialBody = (chairOnly ? 'chair' : 'executiveCommittee') as ElectedBody;
  const form = useSchemaForm({
    schema: createElectionBody,
    initialValues: {
      body: initialBody,
      seats: (seatRules.find((item) => item.body === initialBody)?.min ?? 1) as string | number,
      candidates: [] as PickedMember[],
    },
    toPayload: (values): Draft<CreateElectionBody, 'seats'> => ({
      body: values.body,
      seats: typeof values.seats === 'number' ? values.seats : undefined,
      candidateMemberIds: values.candidates.map((candidate) => candidate.id),
    }),
  });
  const { body, candidates } = form.getValues();
  const { seats } = form.getTransformedValues();
  const rule = seatRules.find((item) => item.body === body);
  // The seat rules of the unit on the congress date, which the server holds the ballot to.
  const outOfRange =
    rule !== undefined &&
    seats !== undefined &&
    (seats < rule.min || (rule.max !== null && seats > rule.max));
  const create = useMutation({
    mutationFn: (payload: CreateElectionBody) =>
      api.elections.create({ params: { id: congress.id }, body: payload }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.election.created') });
      onClose();
    },
    onError: (error) => showServerErrors(form, error),
  });
  const refusals: Refusal[] =
    create.error instanceof ApiError && create.error.code === 'CANDIDATE_NOT_ELIGIBLE'
      ? (create.error.details as Refusal[])
      : [];
  const refusalOf = (memberId: number) =>
    refusals
      .filter((refusal) => refusal.memberId === memberId)
      .map(
        (refusal) =>
          refusal.message ?? t(`congress.problem.${refusal.problem}` as 'congress.problem.notInUnit'),
      );

  return (
    <Modal opened onClose={onClose} title={t('congress.election.create')} size="lg" fullScreen={phone}>
      <Stack gap="sm" data-testid="election-modal">
        <Select
          data-testid="election-body"
          label={t('congress.election.body')}
          data={ELECTED_BODIES.map((value) => ({ value, label: electedBodyLabel(t, value) }))}
          value={body}
          onChange={(value) => {
            if (!value) return;
            form.setFieldValue('body', value as ElectedBody);
            const next = seatRules.find((item) => item.body === value);
            if (next) form.setFieldValue('seats', next.min);
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput
          data-testid="election-seats"
          label={t('congress.election.seats')}
          description={
            rule
              ? rule.max === null
                ? t('congress.election.seatsAtLeast', { min: rule.min })
                : t('congress.election.seatsBetween', { min: rule.min, max: rule.max })
              : undefined
          }
          {...form.getInputProps('seats')}
          min={1}
          allowDecimal={false}
          error={form.errors.seats ?? (outOfRange ? t('congress.election.seatsOutOfRule') : undefined)}
          withAsterisk
        />
        <MemberPicker
          unitId={congress.unit.id}
          picked={candidates}
          onPick={(member) => {
            if (!candidates.some((item) => item.id === member.id))
              form.setFieldValue('candidates', [...candidates, member]);
          }}
        />
        <Stack gap={4} data-testid="election-candidate-list">
          {candidates.length === 0 && (
            <Text size="sm" c={form.errors.candidateMemberIds ? 'red' : 'dimmed'}>
              {t('congress.election.candidatesNeeded')}
            </Text>
          )}
          {candidates.map((candidate, index) => {
            const problems = refusalOf(candidate.id);
            return (
              <Group
                key={candidate.id}
                gap="xs"
                wrap="nowrap"
                justify="space-between"
                data-testid="election-candidate"
                data-member-id={candidate.id}
                data-refused={problems.length > 0}
              >
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" c={problems.length ? 'red' : undefined}>
                    {index + 1}. {candidate.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {candidate.unitName}
                  </Text>
                  {problems.map((problem) => (
                    <Text key={problem} size="xs" c="red" data-testid="election-candidate-problem">
                      {problem}
                    </Text>
                  ))}
                </div>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common.remove')}
                  onClick={() =>
                    form.setFieldValue(
                      'candidates',
                      candidates.filter((item) => item.id !== candidate.id),
                    )
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
        <FormActions
          error={create.error}
          errorTestId="election-error"
          // The refused candidates' reasons stand beside them in the list.
          errorText={refusals.length > 0 ? create.error?.message : undefined}
          pending={create.isPending}
          onCancel={onClose}
          onSave={form.submitWith((payload) => create.mutate(createElectionBody.parse(payload)))}
          saveTestId="election-save"
        />
      </Stack>
    </Modal>
  );
}
