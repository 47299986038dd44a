// The annual assessment across a subtree (?unitId=&year=): the share of grassroots unions at each grade, good
// or better against the target (counted by the server over every union), and the grassroots unions a page at a
// time with their status, totals and grade, linking to their sheets; the whole list as Excel.
import { type AssessmentOverview, apiContract } from '@congdoan/domain';
import {
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hrefOf } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber, formatPercent } from '../../components/format.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { formatPoints, GRADE_COLORS, gradeLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { SheetLink } from './SheetLink.tsx';
import { defaultAssessmentYear } from './search.ts';

// ECharts is large: it loads with the first chart, not with the app.
const GradeChart = lazy(() => import('./GradeChart.tsx').then((module) => ({ default: module.GradeChart })));

const route = getRouteApi('/_app/assessments/');

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Grassroots unions per page of the list (a province has thousands, the country 127,000). */
const PAGE_SIZE = 50;

function TargetPanel({ overview }: { overview: AssessmentOverview }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { goodOrBetter, units } = overview.shares;
  const targetPercent = overview.target === null ? null : overview.target * 100;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="assessment-target">
      <Text size="xs" c="dimmed" fw={500}>
        {t('assessment.goodOrBetter')}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={26} fw={700} c="union.8" data-testid="assessment-good-percent">
          {formatPercent(round1(goodOrBetter.percent), language)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('assessment.ofUnits', {
            count: goodOrBetter.count,
            units: formatNumber(units, language),
          })}
        </Text>
      </Group>
      <Progress.Root size="lg" mt="xs">
        <Progress.Section
          value={goodOrBetter.percent}
          color={overview.meetsTarget === false ? 'orange' : 'teal'}
          data-testid="assessment-good-bar"
        />
      </Progress.Root>
      {targetPercent === null ? (
        <Text size="xs" c="dimmed" mt={4} data-testid="assessment-no-target">
          {t('assessment.noTarget')}
        </Text>
      ) : (
        <Group gap="xs" mt={4}>
          <Text size="xs" c="dimmed">
            {t('assessment.target', { percent: formatPercent(round1(targetPercent), language) })}
          </Text>
          <Badge
            size="sm"
            color={overview.meetsTarget ? 'teal' : 'orange'}
            data-testid="assessment-meets-target"
            data-meets={String(overview.meetsTarget)}
          >
            {overview.meetsTarget ? t('assessment.targetMet') : t('assessment.targetNotMet')}
          </Badge>
        </Group>
      )}
    </Paper>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/assessments/' });
  const unitId = search.unitId ?? user.unit.id;
  const year = search.year ?? defaultAssessmentYear();
  const [page, setPage] = useState(1);
  const params = { unitId, year, target: search.target, page, pageSize: PAGE_SIZE };
  const overview = useQuery({
    queryKey: keys.assessmentOverview(params),
    queryFn: () => api.assessments.overview({ query: params }),
    placeholderData: keepPreviousData,
  });
  const pages = overview.data ? Math.max(1, Math.ceil(overview.data.total / PAGE_SIZE)) : 1;
  const thisYear = defaultAssessmentYear();
  const years = Array.from({ length: 6 }, (_, index) => String(thisYear + 1 - index));

  return (
    <Stack gap="md" data-testid="assessment-overview">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3">
          {t('assessment.overviewTitle', { year })}
        </Title>
        <Button
          component="a"
          href={hrefOf(apiContract.assessments.export, { query: { unitId, year, lang: language } })}
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} />}
          data-testid="assessment-export"
        >
          {t('assessment.export')}
        </Button>
      </Group>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <UnitSearchSelect
          label={t('assessment.unit')}
          value={unitId}
          onChange={(unit) => {
            if (!unit) return;
            setPage(1);
            void navigate({ search: { ...search, unitId: unit.id } });
          }}
          testId="assessment-unit-select"
          style={{ flex: '1 1 260px', maxWidth: 420 }}
        />
        <Select
          label={t('assessment.year')}
          data={years.includes(String(year)) ? years : [String(year), ...years]}
          value={String(year)}
          onChange={(value) => {
            if (!value) return;
            setPage(1);
            void navigate({ search: { ...search, year: Number(value) } });
          }}
          allowDeselect={false}
          w={110}
          data-testid="assessment-year-select"
        />
      </Group>

      {overview.isPending && <Skeleton h={300} radius="md" />}
      {overview.isError && <ErrorAlert error={overview.error} testId="assessment-overview-error" />}
      {overview.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Paper withBorder radius="md" p="sm">
              <Title order={3} size="h5" mb="xs">
                {t('assessment.sharesTitle')}
              </Title>
              {overview.data.shares.units === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('assessment.noUnits')}
                </Text>
              ) : (
                <Suspense fallback={<Loader size="sm" />}>
                  <GradeChart shares={overview.data.shares} />
                </Suspense>
              )}
            </Paper>
            <Stack gap="sm">
              <TargetPanel overview={overview.data} />
              <Paper withBorder radius="md" p="sm" data-testid="assessment-grade-counts">
                <Stack gap={4}>
                  {(['excellent', 'good', 'completed', 'notCompleted'] as const).map((grade) => (
                    <Group
                      key={grade}
                      justify="space-between"
                      gap="xs"
                      data-testid="grade-count"
                      data-grade={grade}
                    >
                      <Badge color={GRADE_COLORS[grade]} variant="light">
                        {gradeLabel(t, grade)}
                      </Badge>
                      <Text size="sm">
                        {formatNumber(overview.data.shares.byGrade[grade].count, language)} ·{' '}
                        {formatPercent(round1(overview.data.shares.byGrade[grade].percent), language)}
                      </Text>
                    </Group>
                  ))}
                  <Group justify="space-between" gap="xs" data-testid="grade-count" data-grade="none">
                    <Badge color="gray" variant="light">
                      {t('assessment.notGraded')}
                    </Badge>
                    <Text size="sm">{formatNumber(overview.data.shares.notGraded, language)}</Text>
                  </Group>
                </Stack>
              </Paper>
            </Stack>
          </SimpleGrid>

          <Paper withBorder radius="md" p="sm">
            <Title order={3} size="h5" mb="xs">
              {t('assessment.unitsTitle')}
            </Title>
            {overview.data.units.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('assessment.noUnits')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table highlightOnHover verticalSpacing={6} data-testid="assessment-units">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('assessment.unit')}</Table.Th>
                      <Table.Th>{t('assessment.statusColumn')}</Table.Th>
                      <Table.Th ta="right">{t('assessment.selfColumn')}</Table.Th>
                      <Table.Th ta="right">{t('assessment.reviewColumn')}</Table.Th>
                      <Table.Th>{t('assessment.gradeColumn')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {overview.data.units.map((unit) => (
                      <Table.Tr
                        key={unit.unitId}
                        data-testid="assessment-unit-row"
                        data-unit-id={unit.unitId}
                      >
                        <Table.Td>
                          <SheetLink unitId={unit.unitId} year={year} size="sm" testId="assessment-unit-link">
                            {unit.unitName}
                          </SheetLink>
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            size="sm"
                            variant="light"
                            color={unit.status ? STATUS_COLORS[unit.status] : 'gray'}
                          >
                            {statusLabel(t, unit.status)}
                          </Badge>
                        </Table.Td>
                        <Table.Td ta="right">
                          {unit.selfTotal === null ? '–' : formatPoints(unit.selfTotal, language)}
                        </Table.Td>
                        <Table.Td ta="right">
                          {unit.reviewTotal === null ? '–' : formatPoints(unit.reviewTotal, language)}
                        </Table.Td>
                        <Table.Td>
                          {unit.grade ? (
                            <Badge size="sm" color={GRADE_COLORS[unit.grade]} data-grade={unit.grade}>
                              {gradeLabel(t, unit.grade)}
                            </Badge>
                          ) : (
                            '–'
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {pages > 1 && (
              <Group justify="space-between" mt="sm" gap="xs">
                <Text size="sm" c="dimmed" data-testid="assessment-units-total">
                  {t('assessment.unitsShown', {
                    from: formatNumber((page - 1) * PAGE_SIZE + 1, language),
                    to: formatNumber((page - 1) * PAGE_SIZE + overview.data.units.length, language),
                    total: formatNumber(overview.data.total, language),
                  })}
                </Text>
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={setPage}
                  size="sm"
                  data-testid="assessment-units-pages"
                />
              </Group>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
