// The roll-up (tổng hợp) of a period: one row per indicator; the unit's figure, last year's and the change,
// then each reporting child with its status. A superior child drills down (?unitId=), with a trail back;
// the table downloads as Excel.
import { apiContract, type ReportPeriod, type RollupChild } from '@congdoan/domain';
import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../api/client.ts';
import { formatDate } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatIndicatorValue, indicatorName } from '../plans/labels.ts';
import { formatChange, groupByCatalog, groupLabel, lateLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { useRollup } from './queries.ts';
import { Trail } from './UnitTrail.tsx';
import './reports.css';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const route = getRouteApi('/_app/reports/$periodId');

function ChildHeader({ child }: { child: RollupChild }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-end" data-testid="rollup-child" data-unit-id={child.unitId}>
      {child.hasChildren ? (
        <Anchor
          size="sm"
          fw={600}
          ta="right"
          renderRoot={(props) => (
            <Link
              {...props}
              from="/reports/$periodId"
              to="."
              search={(prev) => ({ ...prev, unitId: child.unitId })}
            />
          )}
          data-testid="rollup-drill"
        >
          {child.unitName}
        </Anchor>
      ) : (
        <Text size="sm" fw={600} ta="right">
          {child.unitName}
        </Text>
      )}
      <Group gap={4} wrap="nowrap" justify="flex-end">
        <Badge size="xs" variant="light" color={STATUS_COLORS[child.status]}>
          {statusLabel(t, child.status)}
        </Badge>
        {child.late && (
          <Badge size="xs" variant="outline" color="red">
            {lateLabel(t, child.status !== 'missing')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

export function RollupTab({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation();
  const rootId = period.place.rootUnitId;
  const language = currentLanguage();
  const search = route.useSearch();
  const rollup = useRollup(period.id, search.unitId);

  if (rollup.isPending) return <Skeleton h={320} radius="md" />;
  if (rollup.isError) {
    return <ErrorAlert error={rollup.error} testId="rollup-error" />;
  }
  const data = rollup.data;
  const lastYear = data.lastYear?.indicators;
  const value = (code: string) => formatIndicatorValue(code, data.indicators[code], language);
  const columns = 4 + data.children.length;

  return (
    <Stack gap="sm" data-testid="rollup" data-unit-id={data.unitId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          {search.unitId !== undefined && search.unitId !== rootId ? (
            <Trail unitId={data.unitId} unitName={data.unitName} rootId={rootId} />
          ) : (
            <Text fw={600}>{data.unitName}</Text>
          )}
          <Text size="xs" c="dimmed">
            {t('reports.rollup.asOfCutOff', { date: formatDate(data.cutOff) })}
          </Text>
        </Stack>
        <Button
          component="a"
          href={hrefOf(apiContract.reports.rollupXlsx, {
            params: { id: period.id },
            query: { unitId: data.unitId, lang: language },
          })}
          download
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} />}
          data-testid="rollup-export"
        >
          {t('reports.rollup.export')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={480 + 130 * data.children.length}>
        <Table verticalSpacing={4} withTableBorder withColumnBorders data-testid="rollup-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="report-sticky">{t('reports.indicatorColumn')}</Table.Th>
              <Table.Th ta="right" miw={110}>
                {data.unitName}
              </Table.Th>
              <Table.Th ta="right" miw={100}>
                {t('reports.lastYear')}
              </Table.Th>
              <Table.Th ta="right" miw={80}>
                {t('reports.change')}
              </Table.Th>
              {data.children.map((child) => (
                <Table.Th key={child.unitId} ta="right" miw={120} style={{ verticalAlign: 'top' }}>
                  <ChildHeader child={child} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groupByCatalog(data.indicatorCodes, (code) => code).map((run) => [
              <Table.Tr key={`group-${run.group}-${run.items[0]}`} className="report-group-row">
                <Table.Td className="report-sticky" fw={700}>
                  {groupLabel(t, run.group)}
                </Table.Td>
                <Table.Td colSpan={columns - 1} />
              </Table.Tr>,
              ...run.items.map((code) => (
                <Table.Tr key={code} data-testid="rollup-row" data-code={code}>
                  <Table.Td className="report-sticky">
                    <Text size="sm">{indicatorName(code)}</Text>
                  </Table.Td>
                  <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="rollup-value">
                    {value(code)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} c="dimmed">
                    {lastYear ? formatIndicatorValue(code, lastYear[code], language) : '—'}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatChange(code, data.indicators[code], lastYear?.[code], language)}
                  </Table.Td>
                  {data.children.map((child) => (
                    <Table.Td key={child.unitId} ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatIndicatorValue(code, child.indicators[code], language)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              )),
            ])}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.children.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('reports.rollup.noChildren')}
        </Text>
      )}
    </Stack>
  );
}
