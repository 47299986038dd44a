// The year plans that apply to a unit (?unitId=&year=): its own and those issued above it, each with its
// theme, key tasks and targets; a user who may write to the unit issues the unit's own plan here.
import { todayInVietnam, type YearPlan } from '@congdoan/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useUnit } from '../../components/useUnit.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { IssuePlanModal } from './IssuePlanModal.tsx';
import { formatIndicatorValue, indicatorName } from './labels.ts';
import type { PlansSearch } from './search.ts';

export function PlansPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useSearch({ strict: false }) as PlansSearch;
  const navigate = useNavigate();
  const unitId = search.unitId ?? user.unit.id;
  const year = search.year ?? Number(todayInVietnam().slice(0, 4));
  const unit = useUnit(unitId);
  const [issuing, setIssuing] = useState(false);
  const plans = useQuery({
    queryKey: keys.planList({ unitId, year }),
    queryFn: () => api.yearPlans.list({ query: { unitId, year } }),
  });
  const setSearch = (next: PlansSearch) =>
    navigate({ to: '/plans', search: { unitId: next.unitId, year: next.year } as never });

  return (
    <Stack gap="md" data-testid="plans-page">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2}>{t('plans.title')}</Title>
        {plans.data?.can.issue && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setIssuing(true)}
            data-testid="plan-issue"
          >
            {t('plans.issue')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <UnitSearchSelect
          label={t('plans.unit')}
          value={unitId}
          onChange={(unit) => unit && setSearch({ unitId: unit.id, year })}
          testId="plans-unit"
          style={{ flex: '1 1 260px', maxWidth: 420 }}
        />
        <NumberInput
          label={t('plans.year')}
          value={year}
          min={2000}
          max={2100}
          allowDecimal={false}
          onChange={(value) => {
            const next = Number(value);
            if (Number.isInteger(next) && next >= 2000 && next <= 2100) setSearch({ unitId, year: next });
          }}
          w={110}
          data-testid="plans-year"
        />
      </Group>
      {plans.isPending ? (
        <Loader />
      ) : plans.isError ? (
        <Alert color="red">{errorMessage(plans.error, t)}</Alert>
      ) : plans.data.plans.length === 0 ? (
        <Text c="dimmed" data-testid="plans-empty">
          {t('plans.empty', { year })}
        </Text>
      ) : (
        plans.data.plans.map((plan) => <PlanCard key={plan.id} plan={plan} own={plan.unit.id === unitId} />)
      )}
      {issuing && unit.data && (
        <IssuePlanModal unit={unit.data} year={year} onClose={() => setIssuing(false)} />
      )}
    </Stack>
  );
}

function PlanCard({ plan, own }: { plan: YearPlan; own: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card withBorder radius="md" padding="md" data-testid={`plan-${plan.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color={own ? 'union' : 'gray'}>
                {own ? t('plans.own') : t('plans.fromAbove')}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('plans.issuedBy', { unit: plan.unit.name })}
                {plan.documentNumber ? ` · ${plan.documentNumber}` : ''} · {formatDate(plan.issuedOn)}
              </Text>
            </Group>
            <Text fw={700} size="lg" data-testid="plan-theme">
              {plan.theme}
            </Text>
          </Stack>
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link {...props} to="/plans/$planId" params={{ planId: String(plan.id) }} />
            )}
            data-testid="plan-progress-link"
          >
            {t('plans.viewProgress')}
          </Anchor>
        </Group>
        {plan.keyTasks.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('plans.keyTasks')}
            </Text>
            <List size="sm" type="ordered" spacing={2} data-testid="plan-key-tasks">
              {plan.keyTasks.map((task, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the tasks are fixed text in a fixed order
                <List.Item key={index}>{task}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('plans.targets')}
          </Text>
          {plan.targets.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.noTargets')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={360}>
              <Table striped data-testid="plan-targets">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.indicator')}</Table.Th>
                    <Table.Th ta="right">{t('plans.value')}</Table.Th>
                    <Table.Th>{t('plans.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.targets.map((target) => (
                    <Table.Tr key={target.id} data-testid={`plan-target-${target.indicatorCode}`}>
                      <Table.Td>{indicatorName(target.indicatorCode)}</Table.Td>
                      <Table.Td ta="right">
                        {target.valueForAll !== null ? (
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {formatIndicatorValue(target.indicatorCode, target.valueForAll, language)}
                          </Text>
                        ) : (
                          <Stack gap={0} align="flex-end">
                            <Text size="sm">{t('plans.perChild')}</Text>
                            {target.perChild.map((child) => (
                              <Text key={child.unitId} size="xs" c="dimmed">
                                {child.unitName}:{' '}
                                {formatIndicatorValue(target.indicatorCode, child.value, language)}
                              </Text>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>{target.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
