// The dashboard's lists: the targets the level above set for the unit (achieved against assigned), the tasks
// past their deadline (oldest first, each leading to its meeting) and the reminders to report.
import type { Dashboard } from '@congdoan/domain';
import { Alert, Anchor, Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { completion, formatIndicatorValue, indicatorName } from '../plans/labels.ts';
import { DashboardCard } from './DashboardCards.tsx';

export function TargetsCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const year = Number(dashboard.asOf.slice(0, 4));
  return (
    <DashboardCard title={t('dashboard.targets.title', { year })} testId="dashboard-targets">
      {dashboard.targets.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="dashboard-targets-empty">
          {t('dashboard.targets.none', { year })}
        </Text>
      ) : (
        <Stack gap="sm">
          {dashboard.targets.map((target) => {
            const percent = completion(target.ratio);
            return (
              <Stack gap={4} key={`${target.planId}-${target.indicatorCode}`} data-testid="dashboard-target">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Anchor
                    size="sm"
                    style={{ minWidth: 0 }}
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/plans/$planId"
                        params={{ planId: String(target.planId) }}
                        search={{ asOf: dashboard.asOf }}
                      />
                    )}
                  >
                    {indicatorName(target.indicatorCode)}
                  </Anchor>
                  <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {formatIndicatorValue(target.indicatorCode, target.achieved, language)} /{' '}
                    {formatIndicatorValue(target.indicatorCode, target.assigned, language)}
                    {percent !== null && ` · ${formatPercent(percent, language)}`}
                  </Text>
                </Group>
                {percent === null ? (
                  <Text size="xs" c="dimmed">
                    {t('dashboard.targets.noFigure')}
                  </Text>
                ) : (
                  <Progress
                    value={Math.min(100, percent)}
                    size="md"
                    radius="md"
                    color={percent >= 100 ? 'green' : 'union'}
                  />
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
    </DashboardCard>
  );
}

export function OverdueTasksCard({ overdue }: { overdue: Dashboard['overdueTasks'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const more = overdue.count - overdue.items.length;
  return (
    <DashboardCard
      title={t('dashboard.tasks.title', {
        count: overdue.count,
        value: formatNumber(overdue.count, language),
      })}
      testId="dashboard-tasks"
    >
      {overdue.count === 0 ? (
        <Text c="dimmed" size="sm" data-testid="dashboard-tasks-empty">
          {t('dashboard.tasks.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          <List spacing={6} size="sm">
            {overdue.items.map((task) => (
              <List.Item key={task.id} data-testid="dashboard-task">
                <Anchor
                  size="sm"
                  renderRoot={(props) => (
                    <Link
                      {...props}
                      to="/meetings/$meetingId"
                      params={{ meetingId: String(task.meetingId) }}
                    />
                  )}
                >
                  {task.title}
                </Anchor>
                <Text size="xs" c="red.7">
                  {t('dashboard.tasks.deadline', { date: formatDate(task.deadline) })}
                  {task.ownerName ? ` · ${task.ownerName}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
          {more > 0 && (
            <Text size="xs" c="dimmed">
              {t('dashboard.tasks.more', { value: formatNumber(more, language) })}
            </Text>
          )}
        </Stack>
      )}
    </DashboardCard>
  );
}

export function RemindersAlert({ reminders }: { reminders: Dashboard['reminders'] }) {
  const { t } = useTranslation();
  if (reminders.length === 0) return null;
  return (
    <Alert
      color="orange"
      icon={<IconBellRinging size={18} />}
      title={t('dashboard.reminders.title')}
      data-testid="dashboard-reminders"
    >
      <Stack gap={4}>
        {reminders.map((reminder) => (
          <Text size="sm" key={`${reminder.periodId}-${reminder.at}`}>
            {t('dashboard.reminders.item', {
              from: reminder.fromUnit,
              period: reminder.periodName,
              date: formatDateTime(reminder.at),
            })}{' '}
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link {...props} to="/reports/$periodId" params={{ periodId: String(reminder.periodId) }} />
              )}
            >
              {t('dashboard.reminders.open')}
            </Anchor>
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
