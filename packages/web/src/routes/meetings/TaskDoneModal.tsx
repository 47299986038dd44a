// Marking a resolution's task done: the day it was done (not before the session, not in the future).
import { type ResolutionTask, todayInVietnam } from '@congdoan/domain';
import { Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsApi } from '../../api/meetings.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
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
  const [doneOn, setDoneOn] = useState<string | null>(todayInVietnam());
  const [note, setNote] = useState('');
  const future = doneOn !== null && doneOn > todayInVietnam();
  const early = doneOn !== null && doneOn < heldOn;
  return (
    <StepModal
      title={t('meetings.task.markDone')}
      testId="task-done"
      size="md"
      onClose={onClose}
      validate={() => Boolean(doneOn) && !future && !early}
      summary={() => t('meetings.task.doneConfirm', { task: task.description, date: formatDate(doneOn) })}
      submit={() =>
        meetingsApi.updateTask(task.id, {
          status: 'done',
          doneOn: doneOn ?? undefined,
          ...(note.trim() ? { note: note.trim() } : {}),
        })
      }
      done={t('meetings.task.doneSaved')}
      onDone={() => invalidateMeetingData(queryClient)}
    >
      {(showErrors) => (
        <Stack gap="sm">
          <Text size="sm">{task.description}</Text>
          <DateField
            testId="task-done-on"
            label={t('meetings.task.doneOn')}
            value={doneOn}
            onChange={setDoneOn}
            withAsterisk
            error={
              showErrors && !doneOn
                ? t('common.required')
                : future
                  ? t('meetings.task.notFuture')
                  : early
                    ? t('meetings.task.beforeMeeting', { date: formatDate(heldOn) })
                    : undefined
            }
          />
          <Textarea
            data-testid="task-done-note"
            label={t('meetings.task.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
          />
        </Stack>
      )}
    </StepModal>
  );
}
