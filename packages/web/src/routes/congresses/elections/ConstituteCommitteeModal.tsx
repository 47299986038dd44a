// "Ra mắt Ban Chấp hành": the elected become the unit's committee for the term, each with a position, on the
// day they were presented; then the confirmation step. The previous committee of the body ends that day. The
// committee's domain schema checks the form; the server's field errors come back under the fields.
import {
  COMMITTEE_BODIES,
  COMMITTEE_POSITIONS,
  type Congress,
  type ConstituteCommitteeBody,
  constituteCommitteeBody,
  type Election,
  todayInVietnam,
} from '@congdoan/domain';
import { Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate } from '../../../components/format.ts';
import { StepModal } from '../../../components/StepModal.tsx';
import type { Draft } from '../draft.ts';
import { electedBodyLabel, positionLabel } from '../labels.ts';
import { type CommitteeBody, type CommitteePosition, defaultSeats, type Seat } from './committeeSeats.ts';

export function ConstituteCommitteeModal({
  congress,
  elections,
  onClose,
}: {
  congress: Congress;
  elections: Election[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: constituteCommitteeBody,
    initialValues: {
      body: 'executiveCommittee' as CommitteeBody,
      presentedOn: (congress.heldOn ?? todayInVietnam()) as string | null,
      seats: defaultSeats(elections, 'executiveCommittee'),
    },
    toPayload: (values): Draft<ConstituteCommitteeBody, 'presentedOn'> => ({
      body: values.body,
      presentedOn: values.presentedOn ?? undefined,
      members: values.seats
        .filter((seat) => seat.included)
        .map((seat) => ({ memberId: seat.memberId, position: seat.position })),
    }),
  });
  const { body, presentedOn, seats } = form.getValues();
  const included = seats.filter((seat) => seat.included);
  const chairs = included.filter((seat) => seat.position === 'chair');
  const update = (memberId: number, change: Partial<Seat>) =>
    form.setFieldValue(
      'seats',
      seats.map((seat) => (seat.memberId === memberId ? { ...seat, ...change } : seat)),
    );
  const byPosition = (position: CommitteePosition) =>
    included.filter((seat) => seat.position === position).map((seat) => seat.fullName);

  return (
    <StepModal
      title={t('congress.committee.constitute')}
      testId="committee-modal"
      onClose={onClose}
      // One chair: the server refuses two, and the form says so before.
      form={form}
      validate={() => chairs.length <= 1}
      summary={() =>
        t('congress.committee.confirm', {
          body: electedBodyLabel(t, body),
          unit: congress.unit.name,
          date: formatDate(presentedOn),
          count: included.length,
        })
      }
      details={() => (
        <Stack gap={2} mt={4}>
          {COMMITTEE_POSITIONS.filter((position) => byPosition(position).length > 0).map((position) => (
            <Text key={position} size="sm">
              {positionLabel(t, position)}: {byPosition(position).join(', ')}
            </Text>
          ))}
        </Stack>
      )}
      submit={() =>
        api.elections.constitute({
          params: { id: congress.id },
          body: constituteCommitteeBody.parse(form.getTransformedValues()),
        })
      }
      done={t('congress.committee.constituted')}
    >
      {() => (
        <Stack gap="sm">
          <Select
            data-testid="committee-body"
            label={t('congress.election.body')}
            data={COMMITTEE_BODIES.map((value) => ({ value, label: electedBodyLabel(t, value) }))}
            value={body}
            onChange={(value) => {
              if (!value) return;
              form.setFieldValue('body', value as CommitteeBody);
              form.setFieldValue('seats', defaultSeats(elections, value as CommitteeBody));
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField
            testId="committee-presented-on"
            label={t('congress.committee.presentedOnLabel')}
            {...form.getInputProps('presentedOn')}
            withAsterisk
          />
          <Text size="sm" fw={500}>
            {t('congress.committee.positions')}
          </Text>
          {seats.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('congress.committee.noneElected')}
            </Text>
          )}
          {seats.map((seat) => (
            <Group
              key={seat.memberId}
              gap="xs"
              wrap="nowrap"
              justify="space-between"
              data-testid="committee-seat"
              data-member-id={seat.memberId}
            >
              <Checkbox
                label={seat.fullName}
                checked={seat.included}
                onChange={(event) => update(seat.memberId, { included: event.currentTarget.checked })}
                data-testid="committee-seat-include"
                style={{ minWidth: 0, flex: 1 }}
              />
              <Select
                data-testid="committee-seat-position"
                aria-label={t('congress.committee.position')}
                data={COMMITTEE_POSITIONS.map((value) => ({ value, label: positionLabel(t, value) }))}
                value={seat.position}
                onChange={(value) => value && update(seat.memberId, { position: value as CommitteePosition })}
                disabled={!seat.included}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                w={190}
              />
            </Group>
          ))}
          {form.errors.members && seats.length > 0 && (
            <Text size="xs" c="red">
              {t('congress.committee.pickSomeone')}
            </Text>
          )}
          {chairs.length > 1 && (
            <Text size="xs" c="red" data-testid="committee-two-chairs">
              {t('congress.committee.oneChair')}
            </Text>
          )}
          {included.length > 0 && (
            <Text size="xs" c="dimmed" data-testid="committee-tally">
              {COMMITTEE_POSITIONS.filter((position) => byPosition(position).length > 0)
                .map((position) => `${positionLabel(t, position)}: ${byPosition(position).join(', ')}`)
                .join(' · ')}
            </Text>
          )}
        </Stack>
      )}
    </StepModal>
  );
}
