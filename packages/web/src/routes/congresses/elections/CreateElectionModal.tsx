// A new ballot: the body, the number to elect (within the seat rules) and the candidates, picked from the
// unit's members by name (accent-free search on the server). Nominees the server refuses are marked with
// its reasons, so they can be taken off the list.
import { type Congress, ELECTED_BODIES, type ElectedBody } from '@congdoan/domain';
import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { electionsApi, type SeatRules } from '../../../api/elections.ts';
import { errorMessage } from '../../../components/errors.ts';
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
  const [body, setBody] = useState<ElectedBody>(chairOnly ? 'chair' : 'executiveCommittee');
  const rule = seatRules.find((item) => item.body === body);
  const [seats, setSeats] = useState<string | number>(rule?.min ?? 1);
  const [candidates, setCandidates] = useState<PickedMember[]>([]);
  const [touched, setTouched] = useState(false);
  const seatCount = typeof seats === 'number' ? seats : 0;
  const outOfRange = rule && (seatCount < rule.min || (rule.max !== null && seatCount > rule.max));
  const create = useMutation({
    mutationFn: () =>
      electionsApi.create(congress.id, {
        body,
        seats: seatCount,
        candidateMemberIds: candidates.map((candidate) => candidate.id),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.election.created') });
      onClose();
    },
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
            setBody(value as ElectedBody);
            const next = seatRules.find((item) => item.body === value);
            if (next) setSeats(next.min);
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
          value={seats}
          onChange={setSeats}
          min={1}
          allowDecimal={false}
          error={
            touched && seatCount < 1
              ? t('common.required')
              : outOfRange
                ? t('congress.election.seatsOutOfRule')
                : undefined
          }
          withAsterisk
        />
        <MemberPicker
          unitId={congress.unit.id}
          picked={candidates}
          onPick={(member) =>
            setCandidates((list) => (list.some((item) => item.id === member.id) ? list : [...list, member]))
          }
        />
        <Stack gap={4} data-testid="election-candidate-list">
          {candidates.length === 0 && (
            <Text size="sm" c={touched ? 'red' : 'dimmed'}>
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
                  onClick={() => setCandidates((list) => list.filter((item) => item.id !== candidate.id))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
        {create.isError && (
          <Alert color="red" data-testid="election-error">
            {refusals.length > 0 ? create.error.message : errorMessage(create.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={create.isPending}
            onClick={() => {
              setTouched(true);
              if (seatCount >= 1 && candidates.length > 0) create.mutate();
            }}
            data-testid="election-save"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
