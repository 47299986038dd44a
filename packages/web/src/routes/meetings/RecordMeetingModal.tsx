// Recording a session of a committee: date, place, chair, attendance with the quorum worked out live from the
// rule on the date (committee.meetingQuorum), agenda, documents adopted, opinions, conclusion, and the
// resolutions adopted with their tasks. The session's domain schema checks the form; the server numbers the
// session, has the last word on every rule, and its field errors come back under the fields.
import { type Committee, createMeetingBody, quorumOf, todayInVietnam } from '@congdoan/domain';
import {
  Alert,
  Divider,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate, formatNumber } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { errorUnder } from '../congresses/draft.ts';
import { electedBodyLabel, formatCycle } from '../congresses/labels.ts';
import { useRuleFraction } from '../congresses/useRuleFraction.ts';
import { invalidateMeetingData, linesOf } from './labels.ts';
import {
  type MeetingPayload,
  type MeetingValues,
  ResolutionFields,
  resolutionPayload,
} from './ResolutionFields.tsx';

/** A number input's value as sent: a number, or missing while the field is empty. */
const count = (value: string | number) => (typeof value === 'number' ? value : undefined);
const optional = (text: string) => text.trim() || undefined;

export function RecordMeetingModal({ committee, onClose }: { committee: Committee; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const n = (value: number) => formatNumber(value, language);
  const seats = committee.members.length;
  const chair = committee.members.find((member) => member.position === 'chair');
  const form = useSchemaForm<MeetingValues, MeetingPayload>({
    schema: createMeetingBody,
    initialValues: {
      heldOn: todayInVietnam(),
      place: '',
      chairedBy: chair?.fullName ?? '',
      convened: seats || '',
      present: '',
      absentees: [],
      agenda: '',
      documentsAdopted: '',
      opinionsHeard: 0,
      opinionsSummary: '',
      conclusion: '',
      resolutions: [],
    },
    toPayload: (values) => ({
      committeeId: committee.id,
      heldOn: values.heldOn ?? undefined,
      place: optional(values.place),
      chairedBy: optional(values.chairedBy),
      convened: count(values.convened),
      present: count(values.present),
      absentees: values.absentees.map((name) => name.trim()).filter(Boolean),
      agenda: linesOf(values.agenda),
      documentsAdopted: linesOf(values.documentsAdopted),
      opinionsHeard: count(values.opinionsHeard) ?? 0,
      opinionsSummary: optional(values.opinionsSummary),
      conclusion: optional(values.conclusion),
      resolutions: values.resolutions.map(resolutionPayload),
    }),
  });
  const { heldOn, resolutions } = form.getValues();
  const { convened, present } = form.getTransformedValues();

  // The server's rules on the session, shown while typing: the quorum on the date, the committee's seats,
  // the days the committee sat, no session in the future.
  const fraction = useRuleFraction('committee.meetingQuorum', heldOn ?? todayInVietnam());
  const needed = fraction && convened !== undefined ? quorumOf(convened, fraction) : null;
  const quorumShort = needed !== null && present !== undefined && present < needed;
  const overSeats = convened !== undefined && convened > seats;
  const presentOver = convened !== undefined && present !== undefined && present > convened;
  const future = heldOn !== null && heldOn > todayInVietnam();
  const outsideTerm =
    heldOn !== null &&
    (heldOn < committee.presentedOn || (committee.endedOn !== null && heldOn >= committee.endedOn));

  const numberProps = {
    min: 0,
    allowDecimal: false,
    thousandSeparator: language === 'vi' ? '.' : ',',
    decimalSeparator: language === 'vi' ? ',' : '.',
  } as const;
  const taskCount = resolutions.reduce((sum, resolution) => sum + resolution.tasks.length, 0);

  return (
    <StepModal
      title={t('meetings.record.title')}
      testId="meeting-record"
      size="xl"
      onClose={onClose}
      form={form}
      validate={() => !future}
      summary={() =>
        t('meetings.record.confirm', {
          committee: `${electedBodyLabel(t, committee.body)} ${t('congress.cycleLabel', {
            cycle: formatCycle(committee.cycle),
          })}`,
          date: formatDate(heldOn),
          present: n(present ?? 0),
          convened: n(convened ?? 0),
          resolutions: n(resolutions.length),
          tasks: n(taskCount),
        })
      }
      submit={() => api.meetings.create({ body: createMeetingBody.parse(form.getTransformedValues()) })}
      done={t('meetings.record.done')}
      onDone={() => invalidateMeetingData(queryClient)}
    >
      {() => (
        <Stack gap="sm">
          <Paper bg="gray.0" radius="md" p="xs">
            <Text size="sm" fw={500}>
              {electedBodyLabel(t, committee.body)} ·{' '}
              {t('congress.cycleLabel', { cycle: formatCycle(committee.cycle) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('meetings.record.seats', { value: n(seats) })}
            </Text>
          </Paper>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField
              testId="meeting-held-on"
              label={t('meetings.heldOn')}
              {...form.getInputProps('heldOn')}
              withAsterisk
              error={
                form.errors.heldOn ??
                (future
                  ? t('meetings.record.notFuture')
                  : outsideTerm
                    ? t('meetings.record.outsideTerm')
                    : undefined)
              }
            />
            <TextInput
              data-testid="meeting-place"
              label={t('meetings.place')}
              {...form.getInputProps('place')}
            />
          </SimpleGrid>
          <TextInput
            data-testid="meeting-chaired-by"
            label={t('meetings.chairedBy')}
            {...form.getInputProps('chairedBy')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              data-testid="meeting-convened"
              label={t('meetings.convened')}
              {...form.getInputProps('convened')}
              {...numberProps}
              withAsterisk
              error={
                form.errors.convened ??
                (overSeats ? t('meetings.record.overSeats', { seats: n(seats) }) : undefined)
              }
            />
            <NumberInput
              data-testid="meeting-present"
              label={t('meetings.present')}
              {...form.getInputProps('present')}
              {...numberProps}
              withAsterisk
              error={form.errors.present ?? (presentOver ? t('meetings.record.presentOver') : undefined)}
            />
          </SimpleGrid>
          {needed !== null && fraction && (
            <Alert
              color={quorumShort ? 'red' : 'green'}
              p="xs"
              data-testid="meeting-quorum"
              data-needed={needed}
              data-met={!quorumShort && present !== undefined}
            >
              <Text size="sm">
                {t('meetings.record.quorumLive', {
                  needed: n(needed),
                  fraction: `${fraction.numerator}/${fraction.denominator}`,
                  convened: n(convened ?? 0),
                })}
                {quorumShort ? ` ${t('meetings.record.quorumNotMet')}` : ''}
              </Text>
            </Alert>
          )}
          <TagsInput
            data-testid="meeting-absentees"
            label={t('meetings.absentees')}
            description={t('meetings.record.absenteesHint')}
            data={committee.members.map((member) => member.fullName)}
            {...form.getInputProps('absentees')}
            error={errorUnder(form.errors, 'absentees')}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            data-testid="meeting-agenda"
            label={t('meetings.agenda')}
            description={t('meetings.record.linesHint')}
            {...form.getInputProps('agenda')}
            error={errorUnder(form.errors, 'agenda')}
            autosize
            minRows={2}
          />
          <Textarea
            data-testid="meeting-documents"
            label={t('meetings.documentsAdopted')}
            description={t('meetings.record.linesHint')}
            {...form.getInputProps('documentsAdopted')}
            error={errorUnder(form.errors, 'documentsAdopted')}
            autosize
            minRows={2}
          />
          <NumberInput
            data-testid="meeting-opinions"
            label={t('meetings.opinionsHeard')}
            {...form.getInputProps('opinionsHeard')}
            {...numberProps}
            w={200}
          />
          <Textarea
            data-testid="meeting-opinions-summary"
            label={t('meetings.opinionsSummary')}
            {...form.getInputProps('opinionsSummary')}
            autosize
            minRows={2}
          />
          <Textarea
            data-testid="meeting-conclusion"
            label={t('meetings.conclusion')}
            {...form.getInputProps('conclusion')}
            autosize
            minRows={2}
          />
          <Divider label={t('meetings.resolutions')} labelPosition="left" />
          <ResolutionFields form={form} />
        </Stack>
      )}
    </StepModal>
  );
}
