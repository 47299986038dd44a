// What happened to a unit's report, oldest first: saved, submitted, approved, returned (with the comment),
// reminded — when and by whom.
import type { ReportEvent, ReportEventAction } from '@congdoan/domain';
import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';

const ACTION_COLORS: Record<ReportEventAction, string> = {
  saved: 'gray',
  submitted: 'blue',
  approved: 'green',
  returned: 'orange',
  reminded: 'yellow',
};

export function ReportHistory({ history }: { history: ReportEvent[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="unit-report-history">
      <Title order={3} size="h5" mb="xs">
        {t('reports.history.title')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.history.empty')}
        </Text>
      ) : (
        <Timeline active={history.length} bulletSize={14} lineWidth={2}>
          {history.map((event, index) => (
            <Timeline.Item
              // biome-ignore lint/suspicious/noArrayIndexKey: the history is fixed and in order
              key={index}
              color={ACTION_COLORS[event.action]}
              title={t(`reports.history.${event.action}`)}
              data-testid="unit-report-event"
              data-action={event.action}
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)}
                {event.by ? ` · ${event.by}` : ''}
              </Text>
              {event.comment && <Text size="sm">{event.comment}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
