// "Nhiệm vụ quá hạn" on a unit's home: open tasks past their deadline on the page's date, set by committees of
// the unit's subtree or owned by its units, each with its deadline, owner and session. Nothing when none.
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { formatDate } from '../../components/format.ts';
import { TaskOwner } from './TaskTable.tsx';

export function OverdueTasks({ unitId, asOf }: { unitId: number; asOf: string }) {
  const { t } = useTranslation();
  const params = { unitId, overdue: 'true', asOf };
  const tasks = useQuery({
    queryKey: keys.tasks(params),
    queryFn: () => api.meetings.tasks({ query: params }),
  });
  if (!tasks.data || tasks.data.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="overdue-tasks">
      <Title order={3} size="h5" mb="xs" c="red.8">
        {t('meetings.overdue.title', { count: tasks.data.length })}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.taskDescription')}</Table.Th>
              <Table.Th>{t('meetings.owner')}</Table.Th>
              <Table.Th>{t('meetings.deadline')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.data.map((task) => (
              <Table.Tr key={task.id} data-testid="overdue-task" data-task-id={task.id}>
                <Table.Td>
                  <Text size="sm">{task.description}</Text>
                </Table.Td>
                <Table.Td>
                  <TaskOwner task={task} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c="red.8" data-testid="overdue-task-deadline">
                    {formatDate(task.deadline)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    size="sm"
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/meetings/$meetingId"
                        params={{ meetingId: String(task.meetingId) }}
                      />
                    )}
                    data-testid="overdue-task-meeting"
                  >
                    {t('meetings.overdue.session')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
