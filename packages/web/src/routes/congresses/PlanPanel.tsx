// The plan that applies to the unit for the cycle: who issued it, its number, deadlines per level, pilots.
import type { CongressPlan } from '@congdoan/domain';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { congressLevelLabel, formatCycle } from './labels.ts';

export function PlanPanel({ plan }: { plan: CongressPlan | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="progress-plan">
      <Title order={3} size="h5" mb="xs">
        {t('congress.plan.title')}
      </Title>
      {!plan ? (
        <Text c="dimmed" size="sm" data-testid="progress-plan-none">
          {t('congress.plan.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          <Text fw={600} size="sm" data-testid="progress-plan-title">
            {plan.title}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              plan.documentNumber,
              t('congress.plan.issuedBy', { unit: plan.issuer.name, date: formatDate(plan.issuedOn) }),
              t('congress.cycleLabel', { cycle: formatCycle(plan.cycle) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {plan.deadlines.map((deadline) => (
            <Group key={deadline.level} gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">{congressLevelLabel(t, deadline.level)}</Text>
              <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {t('congress.plan.deadlineBy', { date: formatDate(deadline.deadline) })}
              </Text>
            </Group>
          ))}
          {plan.pilots.length > 0 && (
            <div>
              <Text size="sm" fw={500}>
                {t('congress.plan.pilots')}
              </Text>
              <Stack gap={2} data-testid="progress-plan-pilots">
                {plan.pilots.map((pilot) => (
                  <UnitLink key={pilot.id} unitId={pilot.id} size="sm">
                    {pilot.name}
                  </UnitLink>
                ))}
              </Stack>
            </div>
          )}
          {plan.notes && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {plan.notes}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
