// Accounts within the administrator's subtree, a page at a time from the server: who they are, their role and
// unit, active or not.
import type { UserListRow } from '@congdoan/domain';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../components/format.ts';
import { roleLabel } from '../../components/labels.ts';
import { PageNav } from '../../components/PageNav.tsx';
import { UnitLink } from '../../components/UnitLink.tsx';
import { UserModal } from './UserModal.tsx';

/** Accounts per page: a national administrator's subtree holds one or more per union. */
const PAGE_SIZE = 50;

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<UserListRow | 'new' | null>(null);
  const query = { q, page, pageSize: PAGE_SIZE };
  const users = useQuery({
    queryKey: keys.users(query),
    queryFn: () => api.users.list({ query }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('users.title')}
        </Title>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="users-create"
        >
          {t('users.create')}
        </Button>
      </Group>
      <TextInput
        data-testid="users-search"
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      {users.isError && <Alert color="red">{errorMessage(users.error, t)}</Alert>}
      {users.isPending && <Loader />}
      {users.data && (
        <Paper withBorder radius="md">
          <UsersTable users={users.data.items} onEdit={setEditing} />
        </Paper>
      )}
      {users.data && (
        <PageNav
          total={users.data.total}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={setPage}
          testId="users-pages"
        />
      )}
      {editing && <UserModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** The accounts; on a phone each row folds its columns into one cell so nothing needs side-scrolling. */
function UsersTable({ users, onEdit }: { users: UserListRow[]; onEdit: (user: UserListRow) => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const status = (user: UserListRow) => (
    <Badge color={user.active ? 'green' : 'gray'} variant="light">
      {user.active ? t('users.active') : t('users.inactive')}
    </Badge>
  );
  const unit = (user: UserListRow) => (
    <UnitLink unitId={user.unit.id} size="sm">
      {user.unit.name}
    </UnitLink>
  );
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 760}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="users-table">
        {!phone && (
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.username')}</Table.Th>
              <Table.Th>{t('users.fullName')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.unit')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {users.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" size="sm">
                  {t('users.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row" data-username={user.username}>
              {phone ? (
                <Table.Td>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {user.fullName}
                    </Text>
                    <Text ff="monospace" size="xs" c="dimmed">
                      {user.username}
                    </Text>
                    {status(user)}
                  </Group>
                  <Text size="sm">{roleLabel(t, user.role)}</Text>
                  {unit(user)}
                </Table.Td>
              ) : (
                <>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>{user.fullName}</Table.Td>
                  <Table.Td>{roleLabel(t, user.role)}</Table.Td>
                  <Table.Td>{unit(user)}</Table.Td>
                  <Table.Td>{status(user)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}
                  </Table.Td>
                </>
              )}
              <Table.Td w={48}>
                {user.can.edit && (
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('common.edit')}
                    onClick={() => onEdit(user)}
                    data-testid="user-edit"
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
