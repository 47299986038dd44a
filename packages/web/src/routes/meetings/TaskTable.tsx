// A resolution's tasks: what, who, by when, and where it stands (open, done, overdue), with "mark done" for
// those the server says may (the committee's unit, or the owner unit reporting its own task).
import type { ResolutionTask } from '@congdoan/domain';
import { Badge, Button, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { TASK_STATE_COLOR, taskState, taskStateLabel } from './labels.ts';
import { TaskDoneModal } from './TaskDoneModal.tsx';

export function TaskOwner({ task }: { task: Pick<ResolutionTask, 'ownerUnit' | 'ownerName'> }) {
  if (task.ownerUnit) {
    return (
      <UnitLink unitId={task.ownerUnit.id} size="sm">
        {task.ownerUnit.name}
      </UnitLink>
    );
  }
  return <Text size="sm">{task.ownerName}</Text>;
}

export function TaskStateBadge({ task }: { task: Pick<ResolutionTask, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  const state = taskState(task);
  return (
    <Badge
      size="sm"
      variant="light"
      color={TASK_STATE_COLOR[state]}
      data-testid="task-status"
      data-state={state}
    >
      {taskStateLabel(t, state)}
    </Badge>
  );
}

function TaskRow({ task, heldOn }: { task: ResolutionTask; heldOn: string }) {
  const { t } = useTranslation();
  const [marking, setMarking] = useState(false);
  return (
    <Table.Tr data-testid="task-row" data-task-id={task.id} data-state={taskState(task)}>
      <Table.Td>
        <Text size="sm">{task.description}</Text>
        {task.note && (
          <Text size="xs" c="dimmed">
            {task.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <TaskOwner task={task} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(task.deadline)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <TaskStateBadge task={task} />
        {task.doneOn && (
          <Text size="xs" c="dimmed" data-testid="task-done-date">
            {formatDate(task.doneOn)}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {task.can.markDone && (
          <Button
            size="compact-xs"
            variant="light"
            color="green"
            leftSection={<IconCheck size={12} />}
            onClick={() => setMarking(true)}
            data-testid="task-mark-done"
          >
            {t('meetings.task.markDone')}
          </Button>
        )}
        {marking && <TaskDoneModal task={task} heldOn={heldOn} onClose={() => setMarking(false)} />}
      </Table.Td>
    </Table.Tr>
  );
}

export function TaskTable({ tasks, heldOn }: { tasks: ResolutionTask[]; heldOn: string }) {
  const { t } = useTranslation();
  if (tasks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('meetings.task.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} data-testid="task-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.taskDescription')}</Table.Th>
            <Table.Th>{t('meetings.owner')}</Table.Th>
            <Table.Th>{t('meetings.deadline')}</Table.Th>
            <Table.Th>{t('meetings.task.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} heldOn={heldOn} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
