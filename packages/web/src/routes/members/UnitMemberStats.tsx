// The members section of a unit's overview: figures as of the date, charts, and links to the list and cards.
import type { OrgUnitDetail } from '@congdoan/domain';
import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconId, IconUsers } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useUnitTypes } from '../org/actions/useUnitTypes.ts';
import type { YearMovement } from './MemberCharts.tsx';

// ECharts is large: it loads with the first chart, not with the app.
const MemberCharts = lazy(() =>
  import('./MemberCharts.tsx').then((module) => ({ default: module.MemberCharts })),
);

/** Years of admissions and departures drawn, ending with the year of the date looked at. */
const YEARS = 5;

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: number;
  note?: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={500} lh={1.3}>
        {label}
      </Text>
      <Text fz={{ base: 20, sm: 24 }} fw={700} c="union.8" data-testid={testId} data-value={value}>
        {formatNumber(value, currentLanguage())}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** From 1 January of each year to its end, or to the date looked at for its own year. */
function periods(asOf: string) {
  const last = Number(asOf.slice(0, 4));
  return Array.from({ length: YEARS }, (_, index) => {
    const year = last - YEARS + 1 + index;
    const to = year === last ? asOf : `${year}-12-31`;
    return { year, params: { asOf: to, from: `${year}-01-01`, to } };
  });
}

export function UnitMemberStats({ unit, asOf }: { unit: OrgUnitDetail; asOf: string }) {
  const { t } = useTranslation();
  const types = useUnitTypes();
  const language = currentLanguage();
  const years = periods(asOf);
  const current = years[years.length - 1]!;
  const stats = useQuery({
    queryKey: keys.memberStats(unit.id, current.params),
    queryFn: () => api.members.stats({ params: { id: unit.id }, query: current.params }),
  });
  const history = useQueries({
    queries: years.slice(0, -1).map(({ params }) => ({
      queryKey: keys.memberStats(unit.id, params),
      queryFn: () => api.members.stats({ params: { id: unit.id }, query: params }),
      staleTime: 5 * 60_000,
    })),
  });
  const movements: YearMovement[] | null =
    stats.data && history.every((query) => query.data)
      ? years.map(({ year }, index) => {
          const data = index === years.length - 1 ? stats.data : history[index]!.data!;
          return { year, admissions: data.admissions, departures: data.departures };
        })
      : null;
  const canAdmit = types.find((type) => type.code === unit.type)?.canAdmitMembers ?? false;
  const data = stats.data;
  const share = (part: number) =>
    data && data.members > 0
      ? `${formatNumber(Math.round((part / data.members) * 1000) / 10, language)} %`
      : undefined;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="unit-members">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5">
            {t('members.stats.title')}
          </Title>
          <Group gap="xs">
            {canAdmit && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconId size={14} />}
                renderRoot={(props) => (
                  <Link {...props} to="/org/$unitId/cards" params={{ unitId: String(unit.id) }} search={{}} />
                )}
                data-testid="unit-cards-link"
              >
                {t('members.stats.cards')}
              </Button>
            )}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconUsers size={14} />}
              renderRoot={(props) => <Link {...props} to="/members" search={{ unitId: unit.id }} />}
              data-testid="unit-members-link"
            >
              {t('members.stats.list')}
            </Button>
          </Group>
        </Group>
        {stats.isPending && <Loader size="sm" />}
        {stats.isError && (
          <Text c="red" size="sm" data-testid="unit-members-error">
            {errorMessage(stats.error, t)}
          </Text>
        )}
        {data && (
          <>
            <Text size="xs" c="dimmed" mt={-6} data-testid="unit-members-period">
              {t('members.stats.periodNote', {
                asOf: formatDate(data.asOf),
                from: formatDate(data.periodFrom),
                to: formatDate(data.periodTo),
              })}
            </Text>
            {/* Container queries: the unit page's column is narrow beside the tree on a PC. */}
            <SimpleGrid type="container" cols={{ base: 2, '420px': 3, '640px': 5 }} spacing="sm">
              <Figure label={t('members.stats.members')} value={data.members} testId="member-stat-members" />
              <Figure
                label={t('members.stats.women')}
                value={data.women}
                note={share(data.women)}
                testId="member-stat-women"
              />
              <Figure
                label={t('members.stats.foreign')}
                value={data.foreign}
                note={share(data.foreign)}
                testId="member-stat-foreign"
              />
              <Figure
                label={t('members.stats.admissions')}
                value={data.admissions}
                testId="member-stat-admissions"
              />
              <Figure
                label={t('members.stats.departures')}
                value={data.departures}
                testId="member-stat-departures"
              />
            </SimpleGrid>
            {data.members > 0 ||
            (movements?.some((year) => year.admissions + year.departures > 0) ?? false) ? (
              <Suspense fallback={<Loader size="sm" />}>
                <MemberCharts stats={data} years={movements} />
              </Suspense>
            ) : (
              <Text size="sm" c="dimmed" data-testid="unit-members-none">
                {t('members.stats.none')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
