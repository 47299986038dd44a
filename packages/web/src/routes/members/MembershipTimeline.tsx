// A member's history told from their membership periods: admitted, imported, transferred in and out, moved by
// a restructuring of the organisation, left.
import type { MemberDetail } from '@congdoan/domain';
import { Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import {
  IconArrowBarToRight,
  IconArrowRight,
  IconBuildingOff,
  IconFileImport,
  IconLogout,
  IconSitemap,
  IconUserOff,
  IconUserPlus,
  IconX,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { UnitLink } from '../../components/UnitLink.tsx';

type Period = MemberDetail['memberships'][number];
/** A restructuring shows as a move out of one unit and a reception into the next, like a transfer. */
type Kind = Exclude<Period['startKind'], 'reorganised'> | NonNullable<Period['endKind']> | 'reorganisedIn';

interface HistoryEvent {
  key: string;
  kind: Kind;
  date: string;
  unit: Period['unit'];
  decision: string | null;
  reason: string | null;
  /** Ends come before starts on the same day: out of one unit, then into the next. */
  order: number;
}

const LOOK: Record<Kind, { icon: ComponentType<{ size?: number }>; color: string }> = {
  admit: { icon: IconUserPlus, color: 'green' },
  readmit: { icon: IconUserPlus, color: 'green' },
  reorganised: { icon: IconSitemap, color: 'violet' },
  reorganisedIn: { icon: IconSitemap, color: 'violet' },
  unitDissolved: { icon: IconBuildingOff, color: 'gray' },
  import: { icon: IconFileImport, color: 'teal' },
  transferIn: { icon: IconArrowBarToRight, color: 'blue' },
  transferOut: { icon: IconArrowRight, color: 'blue' },
  leave: { icon: IconLogout, color: 'gray' },
  expel: { icon: IconX, color: 'red' },
  death: { icon: IconUserOff, color: 'dark' },
};

export function historyEvents(member: MemberDetail): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  for (const period of member.memberships) {
    events.push({
      key: `${period.id}-start`,
      kind: period.startKind === 'reorganised' ? 'reorganisedIn' : period.startKind,
      date: period.validFrom,
      unit: period.unit,
      decision: period.startDecision,
      reason: null,
      order: 1,
    });
    if (period.validTo && period.endKind) {
      events.push({
        key: `${period.id}-end`,
        kind: period.endKind,
        date: period.validTo,
        unit: period.unit,
        decision: period.endDecision,
        reason: period.endReason,
        order: 0,
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
}

const kindTitle = (t: TFunction, kind: Kind) => t(`members.event.${kind}` as 'members.event.admit');

export function MembershipTimeline({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const events = historyEvents(member);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h5" mb="md">
        {t('members.history')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('members.noHistory')}
        </Text>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} active={events.length - 1} data-testid="member-history">
          {events.map((event) => {
            const look = LOOK[event.kind];
            return (
              <Timeline.Item
                key={event.key}
                bullet={
                  <ThemeIcon size={26} radius="xl" color={look.color}>
                    <look.icon size={14} />
                  </ThemeIcon>
                }
                title={
                  <Text size="sm" fw={600}>
                    {kindTitle(t, event.kind)}
                  </Text>
                }
                data-testid="history-event"
                data-kind={event.kind}
              >
                <Text size="sm" c="dimmed" data-testid="history-date">
                  {formatDate(event.date)}
                </Text>
                <UnitLink unitId={event.unit.id} size="sm">
                  {event.unit.name}
                </UnitLink>
                {event.decision && (
                  <Text size="xs" c="dimmed">
                    {t('members.decision', { decision: event.decision })}
                  </Text>
                )}
                {event.reason && (
                  <Text size="xs" c="dimmed">
                    {t('members.reason', { reason: event.reason })}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
