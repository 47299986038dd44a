// The home page of a signed-in user: their unit's (or a unit of their subtree's) dashboard as of a day —
// members and the year's trend, congress progress, reporting, the targets set from above, overdue tasks and
// reminders — with the unit and the day kept in the URL (?unitId=&asOf=).
import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../components/useAsOf.ts';
import { CongressCard, MembersCard, ReportingCard } from './DashboardCards.tsx';
import { OverdueTasksCard, RemindersAlert, TargetsCard } from './DashboardLists.tsx';

const route = getRouteApi('/_app/');

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { asOf, isToday, setAsOf } = useAsOf();
  const unitId = search.unitId ?? user.unit.id;
  const params = { unitId, asOf: isToday ? undefined : asOf };
  const dashboard = useQuery({
    queryKey: keys.dashboard(params),
    queryFn: () => api.dashboard.get({ query: params }),
    placeholderData: keepPreviousData,
  });
  const data = dashboard.data;

  return (
    <Stack gap="md" data-testid="dashboard-page">
      <div>
        <Title order={1} size="h3">
          {t('dashboard.title')}
        </Title>
        <Text c="dimmed" size="sm" data-testid="dashboard-unit">
          {data ? `${data.unit.name} · ${t('dashboard.asOfDay', { date: formatDate(data.asOf) })}` : ' '}
        </Text>
      </div>
      <Group gap="sm" align="flex-end">
        <UnitSearchSelect
          testId="dashboard-unit-select"
          label={t('dashboard.unit')}
          value={unitId}
          onChange={(unit) =>
            unit &&
            void navigate({
              search: (previous) => ({ ...previous, unitId: unit.id === user.unit.id ? undefined : unit.id }),
            })
          }
          style={{ flex: '1 1 260px', maxWidth: 480 }}
        />
        <DateField
          testId="dashboard-as-of"
          label={t('dashboard.asOf')}
          value={asOf}
          onChange={(value) => void setAsOf(value)}
          w={170}
        />
      </Group>

      {dashboard.isError && <ErrorAlert error={dashboard.error} testId="dashboard-error" />}
      {dashboard.isPending && <Loader size="sm" />}
      {data && (
        <>
          <RemindersAlert reminders={data.reminders} />
          <MembersCard members={data.members} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <CongressCard dashboard={data} />
            <ReportingCard dashboard={data} />
            <TargetsCard dashboard={data} />
            <OverdueTasksCard overdue={data.overdueTasks} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
