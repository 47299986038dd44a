// The audit log: who changed what and when, filtered by unit (with its subtree), kind of record, or one record
// (a member's page links here with entity and entityId).
import { AUDIT_ENTITIES, type AuditEntry } from '@congdoan/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Loader,
  Pagination,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconX } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { Fragment, type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../components/format.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { AuditDiff } from './AuditDiff.tsx';

const route = getRouteApi('/_app/audit');
const PAGE_SIZE = 25;

const label = (t: TFunction, group: 'entities' | 'actions', value: string) =>
  t(`audit.${group}.${value}` as 'audit.entities.orgUnit', { defaultValue: value });

export function AuditPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const phone = useMediaQuery('(max-width: 48em)');
  const params = {
    unitId: search.unitId,
    entity: search.entity,
    entityId: search.entity ? search.entityId : undefined,
    // A query string holds text: the server reads 'true' as the subtree too.
    subtree: search.unitId && search.subtree ? 'true' : undefined,
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
  };
  const audit = useQuery({
    queryKey: keys.audit(params),
    queryFn: () => api.audit.list({ query: params }),
    placeholderData: keepPreviousData,
  });
  const filter = (change: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }) });
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('audit.title')}
      </Title>
      <Paper withBorder radius="md" p="sm">
        <Group align="flex-end" gap="sm">
          <UnitSearchSelect
            testId="audit-filter-unit"
            label={t('audit.filterUnit')}
            value={search.unitId ?? null}
            onChange={(unit) => filter({ unitId: unit?.id })}
            style={{ flex: '1 1 260px' }}
          />
          <Select
            data-testid="audit-filter-entity"
            label={t('audit.filterEntity')}
            placeholder={t('common.all')}
            clearable
            data={AUDIT_ENTITIES.map((entity) => ({ value: entity, label: label(t, 'entities', entity) }))}
            value={search.entity ?? null}
            onChange={(entity) => filter({ entity: entity ?? undefined, entityId: undefined })}
            style={{ flex: '1 1 180px' }}
          />
          <Switch
            data-testid="audit-filter-subtree"
            label={t('audit.subtree')}
            checked={Boolean(search.subtree)}
            disabled={!search.unitId}
            onChange={(event) => filter({ subtree: event.currentTarget.checked || undefined })}
            mb={8}
          />
        </Group>
        {params.entity && params.entityId && (
          <Group gap="xs" mt="sm" data-testid="audit-filter-record">
            <Text size="sm">
              {t('audit.oneRecord', { entity: label(t, 'entities', params.entity), id: params.entityId })}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconX size={12} />}
              onClick={() => filter({ entityId: undefined })}
            >
              {t('audit.allRecords')}
            </Button>
          </Group>
        )}
      </Paper>
      {audit.isError && <Alert color="red">{errorMessage(audit.error, t)}</Alert>}
      {audit.isPending && <Loader />}
      {audit.data && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={phone ? 0 : 720}>
            <Table verticalSpacing="xs" highlightOnHover data-testid="audit-table">
              <Table.Thead display={phone ? 'none' : undefined}>
                <Table.Tr>
                  <Table.Th w={36} />
                  <Table.Th>{t('audit.at')}</Table.Th>
                  <Table.Th>{t('audit.user')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.entity')}</Table.Th>
                  <Table.Th>{t('audit.unit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed" size="sm">
                        {t('audit.empty')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {audit.data.items.map((entry) => (
                  <AuditRow
                    key={entry.id}
                    entry={entry}
                    phone={phone}
                    open={open.has(entry.id)}
                    onToggle={() => toggle(entry.id)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {audit.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('common.total', { count: audit.data.total })}
          </Text>
          <Pagination
            data-testid="audit-pagination"
            total={Math.max(1, Math.ceil(audit.data.total / PAGE_SIZE))}
            value={params.page}
            onChange={(page) => void navigate({ search: (previous) => ({ ...previous, page }) })}
            size="sm"
          />
        </Group>
      )}
    </Stack>
  );
}

function AuditRow({
  entry,
  phone,
  open,
  onToggle,
}: {
  entry: AuditEntry;
  phone: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const what = (
    <>
      {label(t, 'entities', entry.entity)}{' '}
      <Text span c="dimmed" size="xs">
        #{entry.entityId}
      </Text>
    </>
  );
  const unit = entry.unitId ? (
    <UnitLink unitId={entry.unitId} size="sm" onClick={(event: MouseEvent) => event.stopPropagation()}>
      {entry.unitName ?? `#${entry.unitId}`}
    </UnitLink>
  ) : (
    '–'
  );
  return (
    <Fragment>
      <Table.Tr
        data-testid="audit-row"
        data-action={entry.action}
        onClick={onToggle}
        style={{ cursor: 'pointer' }}
      >
        <Table.Td w={36}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('common.details')}
            aria-expanded={open}
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        </Table.Td>
        {phone ? (
          <Table.Td>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at)} · {entry.username ?? t('audit.system')}
            </Text>
            <Text size="sm" fw={500}>
              {label(t, 'actions', entry.action)} · {what}
            </Text>
            {unit}
          </Table.Td>
        ) : (
          <>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
            <Table.Td>{entry.username ?? t('audit.system')}</Table.Td>
            <Table.Td>{label(t, 'actions', entry.action)}</Table.Td>
            <Table.Td>{what}</Table.Td>
            <Table.Td>{unit}</Table.Td>
          </>
        )}
      </Table.Tr>
      {open && (
        <Table.Tr data-testid="audit-detail">
          <Table.Td colSpan={6} bg="gray.0">
            <AuditDiff before={entry.before} after={entry.after} />
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}
