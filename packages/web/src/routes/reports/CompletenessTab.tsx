// Who has submitted (tình hình nộp): the counts and a bar over every reporting unit below, then a page of them
// with their status and lateness, filtered on the server by status, lateness or name (a national period lists
// some 130,000 units: only the page shown is loaded); the units chosen — on any page — or all that have not
// submitted are reminded (đôn đốc) after a confirmation.
import {
  COMPLETENESS_STATUSES,
  type CompletenessFilter,
  type CompletenessUnit,
  type ReportPeriod,
} from '@congdoan/domain';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBellRinging, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
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
import { PageNav } from '../../components/PageNav.tsx';

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
  const rootId = period.place.rootUnitId;
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [lateOnly, setLateOnly] = useState(false);
  const [page, setPage] = useState(1);
  /** the units chosen for a reminder, on any page, with their names for the confirmation */
  const [selected, setSelected] = useState<Map<number, string>>(new Map());
  const [reminding, setReminding] = useState(false);
  const completeness = useCompleteness(period.id, {
    unitId: search.unitId,
    status: search.status,
    late: lateOnly ? 'true' : undefined,
    q: debouncedQuery || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  // After a reminder or a review the filtered list may shrink below the page shown: show its last page.
  const lastPage = completeness.data ? Math.max(1, Math.ceil(completeness.data.total / PAGE_SIZE)) : 1;
  useEffect(() => {
    if (page > lastPage) setPage(lastPage);
  }, [page, lastPage]);

  if (completeness.isPending) return <Skeleton h={240} radius="md" />;
  if (completeness.isError) {
    return <ErrorAlert error={completeness.error} testId="completeness-error" />;
  }
  const data = completeness.data;
  const shown = data.units;
  const selectable = shown.filter(remindable);
  const allShownSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.unitId));
  const notSubmitted = data.counts.missing + data.counts.draft + data.counts.returned;
  const filtered = search.status !== undefined || lateOnly || debouncedQuery !== '';
  const toggle = (row: CompletenessUnit, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(row.unitId, row.unitName);
      else next.delete(row.unitId);
      return next;
    });
  const setStatus = (value: string | null) => {
    setPage(1);
    void navigate({
      search: (prev) => ({
        ...prev,
        status: value && value !== ALL ? (value as CompletenessFilter) : undefined,
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
            { value: 'notSubmitted', label: t('reports.completeness.notSubmitted') },
            ...COMPLETENESS_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
          ]}
          value={search.status ?? ALL}
          onChange={setStatus}
          allowDeselect={false}
          w={260}
          data-testid="completeness-status"
        />
        <Switch
          label={t('reports.completeness.lateOnly')}
          checked={lateOnly}
          onChange={(event) => {
            setLateOnly(event.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
          data-testid="completeness-late-only"
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

      {filtered && data.total > 0 && (
        <Text size="sm" c="dimmed" data-testid="completeness-matching">
          {t('reports.completeness.matching', { count: formatNumber(data.total, language) })}
        </Text>
      )}
      {data.total === 0 ? (
        <Text c="dimmed" data-testid="completeness-empty">
          {data.counts.expected === 0 ? t('reports.completeness.noUnits') : t('reports.completeness.noMatch')}
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
                            const next = new Map(current);
                            for (const row of selectable) {
                              if (on) next.set(row.unitId, row.unitName);
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
                          onChange={(event) => toggle(row, event.currentTarget.checked)}
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
      <PageNav total={data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />

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
                {[...selected.values()].slice(0, 20).join(' · ')}
                {selected.size > 20 ? ' …' : ''}
              </Text>
            ) : null
          }
          submit={() =>
            api.reports.remind({
              params: { id: period.id },
              body: { unitId: data.unitId, ...(selected.size > 0 ? { unitIds: [...selected.keys()] } : {}) },
            })
          }
          done={t('reports.completeness.reminded')}
          onDone={() => {
            setSelected(new Map());
            void invalidateReportData(queryClient);
          }}
        >
          {() => <Text size="sm">{t('reports.completeness.remindIntro')}</Text>}
        </StepModal>
      )}
    </Stack>
  );
}
