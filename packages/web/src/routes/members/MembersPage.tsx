// The member list: accent-free search, filters, paging, export, import, admission and card printing, and
// the way to the requests for members held in other unions.
import { apiContract } from '@congdoan/domain';
import {
  Alert,
  Button,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconFileSpreadsheet,
  IconFileUpload,
  IconId,
  IconSearch,
  IconUserPlus,
  IconX,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hrefOf } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AdmitMemberModal } from './AdmitMemberModal.tsx';
import { MemberListFilters } from './MemberListFilters.tsx';
import { MembersTable } from './MembersTable.tsx';
import { filtersOf, type MembersSearch } from './search.ts';

const route = getRouteApi('/_app/members/');
const PAGE_SIZE = 50;

export function MembersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = route.useSearch();
  const phone = useMediaQuery('(max-width: 36em)');
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [admitting, setAdmitting] = useState(false);
  const filters = filtersOf(search);
  const page = search.page ?? 1;
  const params = { ...filters, page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: keys.memberList(params),
    queryFn: () => api.members.list({ query: params }),
    placeholderData: keepPreviousData,
  });

  const change = (next: Partial<MembersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next, page: undefined }), replace: true });

  // The search box writes to the URL once typing pauses, so the list is not fetched per keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a pause in typing should write the URL
  useEffect(() => {
    const q = debounced.trim() || undefined;
    if (q !== (search.q?.trim() || undefined)) change({ q });
  }, [debounced]);

  const toggle = (ids: number[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const unitId = search.unitId ?? user.unit.id;
  const { unitId: _listed, ...exportFilters } = filters;
  // Past the server's counting limit the total is a floor ("more than 1,000"): paging reaches that far.
  const total = list.data?.total ?? 0;

  // What the user may do in the unit listed (their own when none is chosen), as the server says.
  const can = list.data?.can;
  const admitButton = can?.admit && (
    <Button
      leftSection={<IconUserPlus size={16} />}
      onClick={() => setAdmitting(true)}
      data-testid="members-admit"
    >
      {t('members.admit')}
    </Button>
  );
  const importButton = can?.import && (
    <Button
      variant="light"
      leftSection={<IconFileUpload size={16} />}
      renderRoot={(props) => <Link {...props} to="/members/import" search={{ unitId: search.unitId }} />}
      data-testid="members-import"
    >
      {t('members.importButton')}
    </Button>
  );
  const requestsButton = (
    <Button
      variant="default"
      leftSection={<IconArrowsExchange size={16} />}
      renderRoot={(props) => <Link {...props} to="/members/requests" />}
      data-testid="members-requests"
    >
      {t('members.requests.open')}
    </Button>
  );
  const exportButton = (
    <Button
      variant="default"
      component="a"
      href={hrefOf(apiContract.members.export, {
        params: { id: unitId },
        query: { ...exportFilters, lang: currentLanguage() },
      })}
      download
      leftSection={<IconFileSpreadsheet size={16} />}
      data-testid="members-export"
    >
      {t('members.export')}
    </Button>
  );

  return (
    <Stack gap="md">
      {phone ? (
        // On a phone: the title, admission across the width, then import and export side by side.
        <Stack gap="xs">
          <Title order={1} size="h2">
            {t('members.title')}
          </Title>
          {admitButton}
          <Group grow gap="xs">
            {importButton}
            {exportButton}
          </Group>
          {requestsButton}
        </Stack>
      ) : (
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2">
            {t('members.title')}
          </Title>
          <Group gap="xs">
            {admitButton}
            {importButton}
            {exportButton}
            {requestsButton}
          </Group>
        </Group>
      )}

      <TextInput
        data-testid="members-search"
        placeholder={t('members.searchPlaceholder')}
        description={phone ? undefined : t('members.searchHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        aria-label={t('members.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        rightSection={
          text ? (
            <IconX
              size={16}
              style={{ cursor: 'pointer' }}
              onClick={() => setText('')}
              aria-label={t('common.close')}
            />
          ) : null
        }
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        size="md"
        type="search"
        enterKeyHint="search"
      />

      <MemberListFilters search={search} onChange={change} />

      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="members-total">
          {list.data
            ? t(list.data.totalExact ? 'members.total' : 'members.totalMoreThan', {
                count: total,
                formatted: formatNumber(total, currentLanguage()),
              })
            : ''}
        </Text>
        {selected.size > 0 && (
          <Group gap="xs">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setSelected(new Set())}
              data-testid="members-unselect"
            >
              {t('members.unselect')}
            </Button>
            <Button
              size="xs"
              leftSection={<IconId size={16} />}
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/org/$unitId/cards"
                  params={{ unitId: String(unitId) }}
                  search={{ ids: [...selected].join(',') }}
                />
              )}
              data-testid="members-print-cards"
            >
              {t('members.printCards', { count: selected.size })}
            </Button>
          </Group>
        )}
      </Group>

      {list.isError && (
        <Alert color="red" data-testid="members-error">
          {errorMessage(list.error, t)}
        </Alert>
      )}
      {list.isPending && <Loader />}
      {list.data && (
        <Paper withBorder radius="md" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <MembersTable members={list.data.items} selected={selected} onToggle={toggle} />
        </Paper>
      )}
      {list.data && total > PAGE_SIZE && (
        <Group justify="center">
          <Pagination
            data-testid="members-pagination"
            total={Math.ceil(total / PAGE_SIZE)}
            value={page}
            onChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
            size="sm"
            siblings={1}
            boundaries={1}
          />
        </Group>
      )}
      {admitting && (
        <AdmitMemberModal defaultUnitId={search.unitId ?? user.unit.id} onClose={() => setAdmitting(false)} />
      )}
    </Stack>
  );
}
