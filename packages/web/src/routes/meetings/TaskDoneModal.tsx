// Marking a resolution's task done: the day it was done (not before the session, not in the future), checked
// by the domain schema of the report; the server's field errors come back under the fields.
import { type ResolutionTask, taskDoneBody, todayInVietnam } from '@congdoan/domain';
import { Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import type { Draft } from '../congresses/draft.ts';
import { invalidateMeetingData } from './labels.ts';

export function TaskDoneModal({
  task,
  heldOn,
  onClose,
}: {
  task: ResolutionTask;
  /** the session's date: the task cannot be done before it */
  heldOn: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: taskDoneBody,
    initialValues: { doneOn: todayInVietnam() as string | null, note: '' },
    toPayload: (values): Draft<z.input<typeof taskDoneBody>, 'doneOn'> => ({
      status: 'done',
      doneOn: values.doneOn ?? undefined,
      note: values.note.trim() || undefined,
    }),
  });
  const { doneOn } = form.getValues();
  // The server refuses a day in the future or before the session; the field says so before it is sent.
  const future = doneOn !== null && doneOn > todayInVietnam();
  const early = doneOn !== null && doneOn < heldOn;
  return (
    <StepModal
      title={t('meetings.task.markDone')}
      testId="task-done"
      size="md"
      onClose={onClose}
      form={form}
      validate={() => !future && !early}
      summary={() => t('meetings.task.doneConfirm', { task: task.description, date: formatDate(doneOn) })}
      submit={() =>
        api.meetings.updateTask({
          params: { id: task.id },
          body: taskDoneBody.parse(form.getTransformedValues()),
        })
      }
      done={t('meetings.task.doneSaved')}
      onDone={() => invalidateMeetingData(queryClient)}
    >
      {() => (
        <Stack gap="sm">
          <Text size="sm">{task.description}</Text>
          <DateField
            testId="task-done-on"
            label={t('meetings.task.doneOn')}
            {...form.getInputProps('doneOn')}
            withAsterisk
            error={
              form.errors.doneOn ??
              (future
                ? t('meetings.task.notFuture')
                : early
                  ? t('meetings.task.beforeMeeting', { date: formatDate(heldOn) })
                  : undefined)
            }
          />
          <Textarea
            data-testid="task-done-note"
            label={t('meetings.task.note')}
            {...form.getInputProps('note')}
            autosize
            minRows={2}
          />
        </Stack>
      )}
    </StepModal>
  );
}
