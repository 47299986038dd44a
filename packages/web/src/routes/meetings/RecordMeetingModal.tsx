// Recording a session of a committee: date, place, chair, attendance with the quorum worked out live from the
// rule on the date (committee.meetingQuorum), agenda, documents adopted, opinions, conclusion, and the
// resolutions adopted with their tasks. The server numbers the session and has the last word on every check.
import { type Committee, quorumOf, todayInVietnam } from '@congdoan/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/keys.ts';
import { type MeetingInput, meetingsApi } from '../../api/meetings.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { electedBodyLabel, formatCycle, fractionOf } from '../congresses/labels.ts';
import { invalidateMeetingData, linesOf } from './labels.ts';

interface TaskDraft {
  key: number;
  description: string;
  ownerKind: 'unit' | 'name';
  ownerUnitId: number | null;
  ownerName: string;
  deadline: string | null;
}

interface ResolutionDraft {
  key: number;
  number: string;
  title: string;
  content: string;
  tasks: TaskDraft[];
}

let nextKey = 1;
const newTask = (): TaskDraft => ({
  key: nextKey++,
  description: '',
  ownerKind: 'unit',
  ownerUnitId: null,
  ownerName: '',
  deadline: null,
});
const newResolution = (): ResolutionDraft => ({
  key: nextKey++,
  number: '',
  title: '',
  content: '',
  tasks: [],
});
const count = (value: string | number) => (typeof value === 'number' ? value : null);
const optional = (text: string) => text.trim() || undefined;

function taskValid(task: TaskDraft) {
  const owner = task.ownerKind === 'unit' ? task.ownerUnitId !== null : Boolean(task.ownerName.trim());
  return Boolean(task.description.trim()) && owner && Boolean(task.deadline);
}

export function RecordMeetingModal({ committee, onClose }: { committee: Committee; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const n = (value: number) => formatNumber(value, language);
  const seats = committee.members.length;
  const chair = committee.members.find((member) => member.position === 'chair');
  const [heldOn, setHeldOn] = useState<string | null>(todayInVietnam());
  const [place, setPlace] = useState('');
  const [chairedBy, setChairedBy] = useState(chair?.fullName ?? '');
  const [convened, setConvened] = useState<string | number>(seats || '');
  const [present, setPresent] = useState<string | number>('');
  const [absentees, setAbsentees] = useState<string[]>([]);
  const [agenda, setAgenda] = useState('');
  const [documents, setDocuments] = useState('');
  const [opinions, setOpinions] = useState<string | number>(0);
  const [opinionsSummary, setOpinionsSummary] = useState('');
  const [conclusion, setConclusion] = useState('');
  const [resolutions, setResolutions] = useState<ResolutionDraft[]>([]);

  const date = heldOn ?? todayInVietnam();
  const quorumRule = useQuery({
    queryKey: keys.ruleValue('committee.meetingQuorum', date),
    queryFn: () => meetingsApi.quorumRule(date),
    staleTime: 10 * 60_000,
  });
  const fraction = fractionOf(quorumRule.data?.value);
  const convenedCount = count(convened);
  const presentCount = count(present);
  const needed = fraction && convenedCount !== null ? quorumOf(convenedCount, fraction) : null;
  const quorumShort = needed !== null && presentCount !== null && presentCount < needed;
  const overSeats = convenedCount !== null && convenedCount > seats;
  const presentOver = convenedCount !== null && presentCount !== null && presentCount > convenedCount;
  const future = heldOn !== null && heldOn > todayInVietnam();
  const outsideTerm =
    heldOn !== null &&
    (heldOn < committee.presentedOn || (committee.endedOn !== null && heldOn >= committee.endedOn));

  const updateResolution = (key: number, change: Partial<ResolutionDraft>) =>
    setResolutions((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const updateTask = (resolutionKey: number, taskKey: number, change: Partial<TaskDraft>) =>
    setResolutions((list) =>
      list.map((item) =>
        item.key === resolutionKey
          ? {
              ...item,
              tasks: item.tasks.map((task) => (task.key === taskKey ? { ...task, ...change } : task)),
            }
          : item,
      ),
    );

  const body = (): MeetingInput => ({
    committeeId: committee.id,
    heldOn: date,
    place: optional(place),
    chairedBy: optional(chairedBy),
    convened: convenedCount ?? 0,
    present: presentCount ?? 0,
    absentees: absentees.map((name) => name.trim()).filter(Boolean),
    agenda: linesOf(agenda),
    documentsAdopted: linesOf(documents),
    opinionsHeard: count(opinions) ?? 0,
    opinionsSummary: optional(opinionsSummary),
    conclusion: optional(conclusion),
    resolutions: resolutions.map((resolution) => ({
      number: optional(resolution.number),
      title: resolution.title.trim(),
      content: optional(resolution.content),
      tasks: resolution.tasks.map((task) => ({
        description: task.description.trim(),
        ...(task.ownerKind === 'unit' && task.ownerUnitId !== null
          ? { ownerUnitId: task.ownerUnitId }
          : { ownerName: task.ownerName.trim() }),
        deadline: task.deadline ?? '',
      })),
    })),
  });

  const validate = () =>
    Boolean(heldOn) &&
    !future &&
    convenedCount !== null &&
    convenedCount >= 1 &&
    presentCount !== null &&
    resolutions.every((resolution) => resolution.title.trim() && resolution.tasks.every(taskValid));

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
      validate={validate}
      summary={() =>
        t('meetings.record.confirm', {
          committee: `${electedBodyLabel(t, committee.body)} ${t('congress.cycleLabel', {
            cycle: formatCycle(committee.cycle),
          })}`,
          date: formatDate(heldOn),
          present: n(presentCount ?? 0),
          convened: n(convenedCount ?? 0),
          resolutions: n(resolutions.length),
          tasks: n(taskCount),
        })
      }
      submit={() => meetingsApi.create(body())}
      done={t('meetings.record.done')}
      onDone={() => invalidateMeetingData(queryClient)}
    >
      {(showErrors) => (
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
              value={heldOn}
              onChange={setHeldOn}
              withAsterisk
              error={
                showErrors && !heldOn
                  ? t('common.required')
                  : future
                    ? t('meetings.record.notFuture')
                    : outsideTerm
                      ? t('meetings.record.outsideTerm')
                      : undefined
              }
            />
            <TextInput
              data-testid="meeting-place"
              label={t('meetings.place')}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
            />
          </SimpleGrid>
          <TextInput
            data-testid="meeting-chaired-by"
            label={t('meetings.chairedBy')}
            value={chairedBy}
            onChange={(event) => setChairedBy(event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              data-testid="meeting-convened"
              label={t('meetings.convened')}
              value={convened}
              onChange={setConvened}
              {...numberProps}
              withAsterisk
              error={
                showErrors && (convenedCount === null || convenedCount < 1)
                  ? t('common.required')
                  : overSeats
                    ? t('meetings.record.overSeats', { seats: n(seats) })
                    : undefined
              }
            />
            <NumberInput
              data-testid="meeting-present"
              label={t('meetings.present')}
              value={present}
              onChange={setPresent}
              {...numberProps}
              withAsterisk
              error={
                showErrors && presentCount === null
                  ? t('common.required')
                  : presentOver
                    ? t('meetings.record.presentOver')
                    : undefined
              }
            />
          </SimpleGrid>
          {needed !== null && fraction && (
            <Alert
              color={quorumShort ? 'red' : 'green'}
              p="xs"
              data-testid="meeting-quorum"
              data-needed={needed}
              data-met={!quorumShort && presentCount !== null}
            >
              <Text size="sm">
                {t('meetings.record.quorumLive', {
                  needed: n(needed),
                  fraction: `${fraction.numerator}/${fraction.denominator}`,
                  convened: n(convenedCount ?? 0),
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
            value={absentees}
            onChange={setAbsentees}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            data-testid="meeting-agenda"
            label={t('meetings.agenda')}
            description={t('meetings.record.linesHint')}
            value={agenda}
            onChange={(event) => setAgenda(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Textarea
            data-testid="meeting-documents"
            label={t('meetings.documentsAdopted')}
            description={t('meetings.record.linesHint')}
            value={documents}
            onChange={(event) => setDocuments(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <NumberInput
            data-testid="meeting-opinions"
            label={t('meetings.opinionsHeard')}
            value={opinions}
            onChange={setOpinions}
            {...numberProps}
            w={200}
          />
          <Textarea
            data-testid="meeting-opinions-summary"
            label={t('meetings.opinionsSummary')}
            value={opinionsSummary}
            onChange={(event) => setOpinionsSummary(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Textarea
            data-testid="meeting-conclusion"
            label={t('meetings.conclusion')}
            value={conclusion}
            onChange={(event) => setConclusion(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Divider label={t('meetings.resolutions')} labelPosition="left" />
          {resolutions.map((resolution, index) => (
            <Paper key={resolution.key} withBorder radius="md" p="sm" data-testid="meeting-resolution-form">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    {t('meetings.resolutionN', { value: index + 1 })}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('common.remove')}
                    onClick={() =>
                      setResolutions((list) => list.filter((item) => item.key !== resolution.key))
                    }
                    data-testid="resolution-remove"
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <TextInput
                    data-testid="resolution-number"
                    label={t('meetings.resolutionNumber')}
                    placeholder="05/NQ-BCH"
                    value={resolution.number}
                    onChange={(event) =>
                      updateResolution(resolution.key, { number: event.currentTarget.value })
                    }
                  />
                  <TextInput
                    data-testid="resolution-title"
                    label={t('meetings.resolutionTitle')}
                    value={resolution.title}
                    onChange={(event) =>
                      updateResolution(resolution.key, { title: event.currentTarget.value })
                    }
                    withAsterisk
                    error={showErrors && !resolution.title.trim() ? t('common.required') : undefined}
                    style={{ gridColumn: 'span 2' }}
                  />
                </SimpleGrid>
                <Textarea
                  data-testid="resolution-content"
                  label={t('meetings.resolutionContent')}
                  value={resolution.content}
                  onChange={(event) =>
                    updateResolution(resolution.key, { content: event.currentTarget.value })
                  }
                  autosize
                  minRows={2}
                />
                {resolution.tasks.map((task) => (
                  <Paper key={task.key} bg="gray.0" radius="sm" p="xs" data-testid="resolution-task-form">
                    <Stack gap={6}>
                      <Group gap="xs" align="flex-start" wrap="nowrap">
                        <TextInput
                          data-testid="task-description"
                          label={t('meetings.taskDescription')}
                          value={task.description}
                          onChange={(event) =>
                            updateTask(resolution.key, task.key, { description: event.currentTarget.value })
                          }
                          withAsterisk
                          error={showErrors && !task.description.trim() ? t('common.required') : undefined}
                          style={{ flex: 1 }}
                        />
                        <ActionIcon
                          mt={24}
                          variant="subtle"
                          color="red"
                          aria-label={t('common.remove')}
                          onClick={() =>
                            updateResolution(resolution.key, {
                              tasks: resolution.tasks.filter((item) => item.key !== task.key),
                            })
                          }
                          data-testid="task-remove"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                      <SegmentedControl
                        size="xs"
                        data-testid="task-owner-kind"
                        value={task.ownerKind}
                        onChange={(value) =>
                          updateTask(resolution.key, task.key, { ownerKind: value as TaskDraft['ownerKind'] })
                        }
                        data={[
                          { value: 'unit', label: t('meetings.ownerUnit') },
                          { value: 'name', label: t('meetings.ownerName') },
                        ]}
                        w="fit-content"
                      />
                      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                        {task.ownerKind === 'unit' ? (
                          <UnitSearchSelect
                            testId="task-owner-unit"
                            label={t('meetings.owner')}
                            value={task.ownerUnitId}
                            onChange={(unit) =>
                              updateTask(resolution.key, task.key, { ownerUnitId: unit?.id ?? null })
                            }
                            required
                            error={showErrors && task.ownerUnitId === null ? t('common.required') : undefined}
                          />
                        ) : (
                          <TextInput
                            data-testid="task-owner-name"
                            label={t('meetings.owner')}
                            value={task.ownerName}
                            onChange={(event) =>
                              updateTask(resolution.key, task.key, { ownerName: event.currentTarget.value })
                            }
                            withAsterisk
                            error={showErrors && !task.ownerName.trim() ? t('common.required') : undefined}
                          />
                        )}
                        <DateField
                          testId="task-deadline"
                          label={t('meetings.deadline')}
                          value={task.deadline}
                          onChange={(deadline) => updateTask(resolution.key, task.key, { deadline })}
                          withAsterisk
                          error={showErrors && !task.deadline ? t('common.required') : undefined}
                        />
                      </SimpleGrid>
                    </Stack>
                  </Paper>
                ))}
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} />}
                  onClick={() =>
                    updateResolution(resolution.key, { tasks: [...resolution.tasks, newTask()] })
                  }
                  data-testid="task-add"
                  w="fit-content"
                >
                  {t('meetings.record.addTask')}
                </Button>
              </Stack>
            </Paper>
          ))}
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setResolutions((list) => [...list, newResolution()])}
            data-testid="resolution-add"
            w="fit-content"
          >
            {t('meetings.record.addResolution')}
          </Button>
        </Stack>
      )}
    </StepModal>
  );
}
