// Who has submitted (tình hình nộp): the counts and a bar, then every reporting unit below with its status
// and lateness, filtered by status or name; the units chosen — or all that have not submitted — are
// reminded (đôn đốc) after a confirmation.
import {
  COMPLETENESS_STATUSES,
  type CompletenessStatus,
  type CompletenessUnit,
  normalizeForSearch,
  type ReportPeriod,
} from '@congdoan/domain';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Pagination,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconBellRinging, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { CompletenessCounts } from './CompletenessBar.tsx';
import { lateLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { invalidateReportData, useCompleteness } from './queries.ts';
import { Trail } from './UnitTrail.tsx';
import './reports.css';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const route = getRouteApi('/_app/reports/$periodId');
const PAGE_SIZE = 50;
const ALL = 'all';

/** A unit that has not submitted can be reminded. */
const remindable = (row: CompletenessUnit) =>
  row.status === 'missing' || row.status === 'draft' || row.status === 'returned';

export function CompletenessTab({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/reports/$periodId' });
  const completeness = useCompleteness(period.id, search.unitId);
  const rootId = period.place.rootUnitId;
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reminding, setReminding] = useState(false);

  const rows = useMemo(() => {
    const needle = normalizeForSearch(query);
    return (completeness.data?.units ?? []).filter(
      (row) =>
        (!search.status || row.status === search.status) &&
        (!needle || normalizeForSearch(row.unitName).includes(needle)),
    );
  }, [completeness.data, search.status, query]);

  if (completeness.isPending) return <Skeleton h={240} radius="md" />;
  if (completeness.isError) {
    return <ErrorAlert error={completeness.error} testId="completeness-error" />;
  }
  const data = completeness.data;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const selectable = shown.filter(remindable);
  const allShownSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.unitId));
  const notSubmitted = data.units.filter(remindable).length;
  const toggle = (unitId: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  const setStatus = (value: string | null) => {
    setPage(1);
    void navigate({
      search: (prev) => ({
        ...prev,
        status: value && value !== ALL ? (value as CompletenessStatus) : undefined,
      }),
      replace: true,
    });
  };
  const remindCount = selected.size > 0 ? selected.size : notSubmitted;

  return (
    <Stack gap="md" data-testid="completeness" data-unit-id={data.unitId}>
      {search.unitId !== undefined && search.unitId !== rootId && (
        <Trail unitId={data.unitId} unitName={data.unitName} rootId={rootId} />
      )}
      <Paper withBorder radius="md" p="sm">
        <Stack gap="xs">
          <CompletenessCounts counts={data.counts} />
          <Group gap="xs" wrap="wrap" data-testid="completeness-counts">
            <Badge variant="outline" color="dark" data-status="expected">
              {t('reports.completeness.expected')}: {formatNumber(data.counts.expected, language)}
            </Badge>
            {COMPLETENESS_STATUSES.map((status) => (
              <Badge key={status} variant="light" color={STATUS_COLORS[status]} data-status={status}>
                {statusLabel(t, status)}: {formatNumber(data.counts[status], language)}
              </Badge>
            ))}
            <Badge variant="outline" color="red" data-status="late">
              {t('reports.lateOrOverdue')}: {formatNumber(data.counts.late, language)}
            </Badge>
          </Group>
        </Stack>
      </Paper>

      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('reports.completeness.searchUnit')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
          data-testid="completeness-search"
        />
        <Select
          label={t('reports.completeness.statusFilter')}
          data={[
            { value: ALL, label: t('common.all') },
            ...COMPLETENESS_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
          ]}
          value={search.status ?? ALL}
          onChange={setStatus}
          allowDeselect={false}
          w={180}
          data-testid="completeness-status"
        />
        {data.can.remind && (
          <Button
            leftSection={<IconBellRinging size={16} />}
            variant="light"
            color="orange"
            disabled={remindCount === 0}
            onClick={() => setReminding(true)}
            data-testid="completeness-remind"
          >
            {selected.size > 0
              ? t('reports.completeness.remindSelected', { count: selected.size })
              : t('reports.completeness.remindAll', { count: notSubmitted })}
          </Button>
        )}
      </Group>

      {rows.length === 0 ? (
        <Text c="dimmed" data-testid="completeness-empty">
          {data.units.length === 0 ? t('reports.completeness.noUnits') : t('reports.completeness.noMatch')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} className="report-table" data-testid="completeness-units">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="report-sticky">
                  <Group gap="xs" wrap="nowrap">
                    {data.can.remind && (
                      <Checkbox
                        aria-label={t('reports.completeness.selectAll')}
                        checked={allShownSelected}
                        indeterminate={
                          !allShownSelected && selectable.some((row) => selected.has(row.unitId))
                        }
                        disabled={selectable.length === 0}
                        onChange={(event) => {
                          const on = event.currentTarget.checked;
                          setSelected((current) => {
                            const next = new Set(current);
                            for (const row of selectable) {
                              if (on) next.add(row.unitId);
                              else next.delete(row.unitId);
                            }
                            return next;
                          });
                        }}
                        data-testid="completeness-select-all"
                      />
                    )}
                    {t('reports.unitColumn')}
                  </Group>
                </Table.Th>
                <Table.Th>{t('reports.completeness.parent')}</Table.Th>
                <Table.Th>{t('reports.statusColumn')}</Table.Th>
                <Table.Th>{t('reports.submittedColumn')}</Table.Th>
                <Table.Th>{t('reports.completeness.lastReminded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr
                  key={row.unitId}
                  data-testid="completeness-row"
                  data-unit-id={row.unitId}
                  data-status={row.status}
                >
                  <Table.Td className="report-sticky">
                    <Group gap="xs" wrap="nowrap">
                      {data.can.remind && (
                        <Checkbox
                          aria-label={t('reports.completeness.selectUnit', { unit: row.unitName })}
                          checked={selected.has(row.unitId)}
                          disabled={!remindable(row)}
                          onChange={(event) => toggle(row.unitId, event.currentTarget.checked)}
                          data-testid="completeness-select"
                        />
                      )}
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link
                            {...props}
                            to="/reports/$periodId/units/$unitId"
                            params={{ periodId: String(period.id), unitId: String(row.unitId) }}
                          />
                        )}
                        data-testid="completeness-unit-link"
                      >
                        {row.unitName}
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {row.parentName ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Badge size="sm" variant="light" color={STATUS_COLORS[row.status]}>
                        {statusLabel(t, row.status)}
                      </Badge>
                      {row.late && (
                        <Badge size="sm" variant="outline" color="red" data-testid="completeness-late-flag">
                          {lateLabel(t, row.submittedAt !== null)}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(row.submittedAt)}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(row.lastRemindedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" />}

      {reminding && (
        <StepModal
          title={t('reports.completeness.remindTitle')}
          testId="report-remind-form"
          onClose={() => setReminding(false)}
          validate={() => remindCount > 0}
          summary={() =>
            selected.size > 0
              ? t('reports.completeness.remindSummarySelected', { count: selected.size })
              : t('reports.completeness.remindSummaryAll', { count: notSubmitted })
          }
          details={() =>
            selected.size > 0 ? (
              <Text size="sm">
                {data.units
                  .filter((row) => selected.has(row.unitId))
                  .slice(0, 20)
                  .map((row) => row.unitName)
                  .join(' · ')}
                {selected.size > 20 ? ' …' : ''}
              </Text>
            ) : null
          }
          submit={() =>
            api.reports.remind({
              params: { id: period.id },
              body: { unitId: data.unitId, ...(selected.size > 0 ? { unitIds: [...selected] } : {}) },
            })
          }
          done={t('reports.completeness.reminded')}
          onDone={() => {
            setSelected(new Set());
            void invalidateReportData(queryClient);
          }}
        >
          {() => <Text size="sm">{t('reports.completeness.remindIntro')}</Text>}
        </StepModal>
      )}
    </Stack>
  );
}
