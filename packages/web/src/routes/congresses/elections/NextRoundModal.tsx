// A further round: by default the seats left unfilled, among the candidates tied in the last round (or, when
// none tied, among those not elected).
import type { Election } from '@congdoan/domain';
import { Checkbox, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { electionsApi } from '../../../api/elections.ts';
import { StepModal } from '../../../components/StepModal.tsx';
import { electedBodyLabel } from '../labels.ts';

export function NextRoundModal({ election, onClose }: { election: Election; onClose: () => void }) {
  const { t } = useTranslation();
  const tied = election.candidates.filter((candidate) => candidate.outcome === 'tied');
  const pool =
    tied.length > 0 ? tied : election.candidates.filter((candidate) => candidate.outcome !== 'elected');
  const [seats, setSeats] = useState<string | number>(election.unfilled ?? 1);
  const [picked, setPicked] = useState<number[]>(pool.map((candidate) => candidate.memberId));
  const seatCount = typeof seats === 'number' ? seats : 0;
  const names = pool.filter((candidate) => picked.includes(candidate.memberId)).map((c) => c.fullName);
  return (
    <StepModal
      title={t('congress.election.nextRound')}
      testId="round-modal"
      onClose={onClose}
      validate={() => seatCount > 0 && picked.length > 0}
      summary={() =>
        t('congress.election.nextRoundConfirm', {
          round: election.round + 1,
          body: electedBodyLabel(t, election.body),
          seats: seatCount,
          names: names.join(', '),
        })
      }
      submit={() => electionsApi.nextRound(election.id, { seats: seatCount, candidateMemberIds: picked })}
      done={t('congress.election.nextRoundDone')}
      size="md"
    >
      {(showErrors) => (
        <Stack gap="sm">
          <NumberInput
            data-testid="round-seats"
            label={t('congress.election.seats')}
            value={seats}
            onChange={setSeats}
            min={1}
            allowDecimal={false}
            error={showErrors && seatCount < 1 ? t('common.required') : undefined}
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
                setPicked((list) =>
                  on ? [...list, candidate.memberId] : list.filter((id) => id !== candidate.memberId),
                );
              }}
            />
          ))}
          {showErrors && picked.length === 0 && (
            <Text size="xs" c="red">
              {t('congress.election.candidatesNeeded')}
            </Text>
          )}
        </Stack>
      )}
    </StepModal>
  );
}
