// A unit's history as a timeline: when, what kind of change, what changed in words, why, by what document.
import type { OrgEventKind } from '@congdoan/domain';
import { Badge, Group, Loader, Paper, Text, Timeline } from '@mantine/core';
import {
  IconArrowsSplit,
  IconArrowsTransferUp,
  IconCirclePlus,
  IconGitMerge,
  IconPencil,
  IconTag,
  IconTrash,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { eventKindLabel } from '../../components/labels.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { describeEvent } from './describeEvent.ts';

const ICONS: Record<OrgEventKind, typeof IconCirclePlus> = {
  found: IconCirclePlus,
  rename: IconPencil,
  retype: IconTag,
  move: IconArrowsTransferUp,
  merge: IconGitMerge,
  consolidate: IconGitMerge,
  split: IconArrowsSplit,
  dissolve: IconTrash,
};

export function UnitHistory({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: keys.history(unitId),
    queryFn: () => api.org.history({ params: { id: unitId } }),
  });
  if (history.isPending) return <Loader size="sm" />;
  if (history.isError) return <Text c="red">{errorMessage(history.error, t)}</Text>;
  if (history.data.length === 0) return <Text c="dimmed">{t('org.noHistory')}</Text>;

  const events = [...history.data].sort(
    (a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || b.id - a.id,
  );
  return (
    <Paper withBorder radius="md" p="md">
      <Timeline active={events.length} bulletSize={28} lineWidth={2} data-testid="history-timeline">
        {events.map((event) => {
          const Icon = ICONS[event.kind];
          return (
            <Timeline.Item
              key={`${event.id}-${event.role}`}
              bullet={<Icon size={15} />}
              color={event.kind === 'dissolve' ? 'red' : 'union'}
              data-testid="history-item"
              data-kind={event.kind}
              title={
                <Group gap="xs">
                  <Badge variant="light" color={event.kind === 'dissolve' ? 'red' : 'union'} radius="sm">
                    {eventKindLabel(t, event.kind)}
                  </Badge>
                  <Text fw={600} size="sm" data-testid="history-date">
                    {formatDate(event.effectiveDate)}
                  </Text>
                </Group>
              }
            >
              <Text size="sm" mt={4} data-testid="history-description">
                {describeEvent(event, unitId, t, currentLanguage())}
              </Text>
              {event.reason && (
                <Text size="sm" c="dimmed">
                  {t('org.reason', { reason: event.reason })}
                </Text>
              )}
              {event.documentNumber && (
                <Text size="sm" c="dimmed" data-testid="history-document">
                  {t('org.document', { document: event.documentNumber })}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={2}>
                {event.recordedBy
                  ? t('org.recordedBy', { user: event.recordedBy, at: formatDateTime(event.recordedAt) })
                  : t('org.recordedAt', { at: formatDateTime(event.recordedAt) })}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
