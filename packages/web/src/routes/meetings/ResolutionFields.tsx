// The resolutions a session adopts, each with the tasks it sets (what, by whom — a unit or a person — and by
// when), as part of the session form. The fields sit at the payload's own paths, so the schema's and the
// server's errors ('resolutions.0.tasks.1.deadline') show under the field they name.
import type { createMeetingBody, resolutionBody, resolutionTaskBody } from '@congdoan/domain';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DateField } from '../../components/DateField.tsx';
import type { SchemaForm } from '../../components/form/useSchemaForm.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import type { Draft } from '../congresses/draft.ts';

export interface TaskDraft {
  key: number;
  description: string;
  ownerKind: 'unit' | 'name';
  ownerUnitId: number | null;
  ownerName: string;
  deadline: string | null;
}

export interface ResolutionDraft {
  key: number;
  number: string;
  title: string;
  content: string;
  tasks: TaskDraft[];
}

/** The session form's fields: numbers as a number input holds them ('' while empty), lines as typed. */
export interface MeetingValues extends Record<string, unknown> {
  heldOn: string | null;
  place: string;
  chairedBy: string;
  convened: number | string;
  present: number | string;
  absentees: string[];
  agenda: string;
  documentsAdopted: string;
  opinionsHeard: number | string;
  opinionsSummary: string;
  conclusion: string;
  resolutions: ResolutionDraft[];
}

type TaskPayload = Draft<z.input<typeof resolutionTaskBody>, 'deadline'>;
type ResolutionPayload = Omit<z.input<typeof resolutionBody>, 'tasks'> & { tasks?: TaskPayload[] };
/** The session as sent while it may be incomplete: what is missing stays missing, for the schema to name. */
export type MeetingPayload = Draft<
  Omit<z.input<typeof createMeetingBody>, 'resolutions'>,
  'heldOn' | 'convened' | 'present'
> & { resolutions?: ResolutionPayload[] };

export type MeetingForm = SchemaForm<MeetingValues, MeetingPayload>;

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

const optional = (text: string) => text.trim() || undefined;

export function resolutionPayload(resolution: ResolutionDraft): ResolutionPayload {
  return {
    number: optional(resolution.number),
    title: resolution.title.trim(),
    content: optional(resolution.content),
    tasks: resolution.tasks.map((task) => ({
      description: task.description.trim(),
      ...(task.ownerKind === 'unit'
        ? { ownerUnitId: task.ownerUnitId ?? undefined }
        : { ownerName: task.ownerName.trim() }),
      deadline: task.deadline ?? undefined,
    })),
  };
}

function TaskFields({
  form,
  task,
  path,
  onRemove,
}: {
  form: MeetingForm;
  task: TaskDraft;
  path: string;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  // A task's owner is a unit or a person: the schema names the person's field when neither is given.
  const ownerError = form.errors[`${path}.ownerName`] ?? form.errors[`${path}.ownerUnitId`];
  return (
    <Paper bg="gray.0" radius="sm" p="xs" data-testid="resolution-task-form">
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            data-testid="task-description"
            label={t('meetings.taskDescription')}
            {...form.getInputProps(`${path}.description`)}
            withAsterisk
            style={{ flex: 1 }}
          />
          <ActionIcon
            mt={24}
            variant="subtle"
            color="red"
            aria-label={t('common.remove')}
            onClick={onRemove}
            data-testid="task-remove"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <SegmentedControl
          size="xs"
          data-testid="task-owner-kind"
          {...form.getInputProps(`${path}.ownerKind`)}
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
              onChange={(unit) => form.setFieldValue(`${path}.ownerUnitId`, unit?.id ?? null)}
              required
              error={ownerError}
            />
          ) : (
            <TextInput
              data-testid="task-owner-name"
              label={t('meetings.owner')}
              {...form.getInputProps(`${path}.ownerName`)}
              error={ownerError}
              withAsterisk
            />
          )}
          <DateField
            testId="task-deadline"
            label={t('meetings.deadline')}
            {...form.getInputProps(`${path}.deadline`)}
            withAsterisk
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

export function ResolutionFields({ form }: { form: MeetingForm }) {
  const { t } = useTranslation();
  const { resolutions } = form.getValues();
  return (
    <>
      {resolutions.map((resolution, index) => {
        const path = `resolutions.${index}`;
        return (
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
                  onClick={() => form.removeListItem('resolutions', index)}
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
                  {...form.getInputProps(`${path}.number`)}
                />
                <TextInput
                  data-testid="resolution-title"
                  label={t('meetings.resolutionTitle')}
                  {...form.getInputProps(`${path}.title`)}
                  withAsterisk
                  style={{ gridColumn: 'span 2' }}
                />
              </SimpleGrid>
              <Textarea
                data-testid="resolution-content"
                label={t('meetings.resolutionContent')}
                {...form.getInputProps(`${path}.content`)}
                autosize
                minRows={2}
              />
              {resolution.tasks.map((task, taskIndex) => (
                <TaskFields
                  key={task.key}
                  form={form}
                  task={task}
                  path={`${path}.tasks.${taskIndex}`}
                  onRemove={() => form.removeListItem(`${path}.tasks`, taskIndex)}
                />
              ))}
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem(`${path}.tasks`, newTask())}
                data-testid="task-add"
                w="fit-content"
              >
                {t('meetings.record.addTask')}
              </Button>
            </Stack>
          </Paper>
        );
      })}
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('resolutions', newResolution())}
        data-testid="resolution-add"
        w="fit-content"
      >
        {t('meetings.record.addResolution')}
      </Button>
    </>
  );
}
