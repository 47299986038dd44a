// The progress of a year plan (/plans/:planId?asOf=): for each target, each child with what it was assigned,
// what it has achieved as of the header's date, and a bar of the two; a child's officer updates the
// figures the records do not reach (where the server's `can.record` says so).
import type { ChildProgress, TargetProgress, YearPlan } from '@congdoan/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { useAsOf } from '../../components/useAsOf.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AchievementModal } from './AchievementModal.tsx';
import { completion, formatIndicatorValue, indicatorName } from './labels.ts';

export function PlanProgressPage() {
  const { t } = useTranslation();
  const { planId } = useParams({ strict: false }) as { planId: string };
  const id = Number(planId);
  const { asOf } = useAsOf();
  const plan = useQuery({ queryKey: keys.plan(id), queryFn: () => api.yearPlans.get({ params: { id } }) });
  const progress = useQuery({
    queryKey: keys.planProgress(id, asOf),
    queryFn: () => api.yearPlans.progress({ params: { id }, query: { asOf } }),
  });

  if (plan.isPending) return <Loader />;
  if (plan.isError) return <Alert color="red">{errorMessage(plan.error, t)}</Alert>;
  return (
    <Stack gap="md" data-testid="plan-progress-page">
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link {...props} to="/plans" search={{ unitId: plan.data.unit.id, year: plan.data.year }} />
        )}
        data-testid="plan-progress-back"
      >
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('plans.back')}
        </Group>
      </Anchor>
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          {t('plans.title')} {plan.data.year} · {plan.data.unit.name}
        </Text>
        <Title order={2}>{plan.data.theme}</Title>
        <Text size="sm" c="dimmed" data-testid="plan-progress-as-of">
          {t('plans.progress')} · {t('plans.progressAsOf', { date: formatDate(asOf) })}
        </Text>
      </Stack>
      {progress.isPending ? (
        <Loader />
      ) : progress.isError ? (
        <Alert color="red">{errorMessage(progress.error, t)}</Alert>
      ) : progress.data.targets.length === 0 ? (
        <Text c="dimmed">{t('plans.noTargets')}</Text>
      ) : (
        progress.data.targets.map((target) => (
          <TargetCard key={target.targetId} plan={plan.data} target={target} asOf={asOf} />
        ))
      )}
    </Stack>
  );
}

type TargetProgressItem = TargetProgress['targets'][number];

function TargetCard({ plan, target, asOf }: { plan: YearPlan; target: TargetProgressItem; asOf: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entered = target.source === 'entered';
  const [editing, setEditing] = useState<ChildProgress | null>(null);
  const name = indicatorName(target.indicatorCode);
  const note = plan.targets.find((candidate) => candidate.id === target.targetId)?.note;
  const phone = useMediaQuery('(max-width: 36em)');
  const achievedText = (row: ChildProgress) =>
    row.achieved === null
      ? t('plans.notEntered')
      : formatIndicatorValue(target.indicatorCode, row.achieved, language);
  const bar = (rate: number | null) =>
    rate !== null && (
      <Group gap={6} wrap="nowrap">
        <Progress
          value={Math.min(rate, 100)}
          color={rate >= 100 ? 'green' : 'union'}
          style={{ flex: 1 }}
          data-testid="progress-bar"
          data-value={rate}
        />
        <Text size="xs" w={40} ta="right">
          {rate}%
        </Text>
      </Group>
    );
  const updateButton = (row: ChildProgress) =>
    row.can.record && (
      <Button size="compact-sm" variant="light" onClick={() => setEditing(row)} data-testid="progress-update">
        {t('plans.update')}
      </Button>
    );

  return (
    <Card withBorder radius="md" padding="md" data-testid={`progress-target-${target.indicatorCode}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{name}</Text>
          <Badge variant="light" color={entered ? 'orange' : 'teal'}>
            {entered ? t('plans.entered') : t('plans.computed')}
          </Badge>
        </Group>
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        {phone ? (
          <Stack gap={0}>
            {target.children.map((row) => (
              <Stack
                key={row.unitId}
                gap={4}
                py="xs"
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                data-testid={`progress-row-${row.unitId}`}
              >
                <Text size="sm" fw={500}>
                  {row.unitName}
                </Text>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    {t('plans.assigned')}:{' '}
                    <Text span c="dark" data-testid="progress-assigned">
                      {formatIndicatorValue(target.indicatorCode, row.assigned, language)}
                    </Text>
                    {' · '}
                    {t('plans.achieved')}:{' '}
                    <Text span c={row.achieved === null ? 'dimmed' : 'dark'} data-testid="progress-achieved">
                      {achievedText(row)}
                    </Text>
                    {entered && row.achievedAsOf ? ` (${formatDate(row.achievedAsOf)})` : ''}
                  </Text>
                  {updateButton(row)}
                </Group>
                {bar(completion(row.ratio))}
              </Stack>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.child')}</Table.Th>
                  <Table.Th ta="right">{t('plans.assigned')}</Table.Th>
                  <Table.Th ta="right">{t('plans.achieved')}</Table.Th>
                  <Table.Th miw={140}>{t('plans.rate')}</Table.Th>
                  {entered && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {target.children.map((row) => {
                  const rate = completion(row.ratio);
                  return (
                    <Table.Tr key={row.unitId} data-testid={`progress-row-${row.unitId}`}>
                      <Table.Td>{row.unitName}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="progress-assigned">
                        {formatIndicatorValue(target.indicatorCode, row.assigned, language)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="progress-achieved">
                        {row.achieved === null ? (
                          <Text size="sm" c="dimmed" span>
                            {t('plans.notEntered')}
                          </Text>
                        ) : (
                          formatIndicatorValue(target.indicatorCode, row.achieved, language)
                        )}
                        {entered && row.achievedAsOf && (
                          <Text size="xs" c="dimmed">
                            {formatDate(row.achievedAsOf)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{bar(rate)}</Table.Td>
                      {entered && <Table.Td>{updateButton(row)}</Table.Td>}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && (
        <AchievementModal
          planId={plan.id}
          targetId={target.targetId}
          indicatorCode={target.indicatorCode}
          row={editing}
          asOf={asOf}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
