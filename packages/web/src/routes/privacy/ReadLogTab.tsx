// The read log: who saw whose sensitive fields, when and through which function; administrators read
// their subtree's, newest first.
import { Alert, Badge, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../components/format.ts';
import { MemberLink } from '../../components/MemberLink.tsx';
import { PageNav } from '../../components/PageNav.tsx';
import { fieldLabel } from './RegisterTab.tsx';

const PAGE_SIZE = 50;

export function ReadLogTab({ memberId }: { memberId?: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const params = { memberId, page, pageSize: PAGE_SIZE };
  const reads = useQuery({
    queryKey: keys.privacyReads(params),
    queryFn: () => api.privacy.reads({ query: params }),
    placeholderData: keepPreviousData,
  });
  if (reads.isPending) return <Skeleton h={200} />;
  if (reads.isError) return <Alert color="red">{errorMessage(reads.error, t)}</Alert>;
  const { items, total } = reads.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('privacy.reads.intro')}
      </Text>
      {items.length === 0 ? (
        <Text c="dimmed" data-testid="reads-empty">
          {t('privacy.reads.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="reads-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.reads.at')}</Table.Th>
                <Table.Th>{t('privacy.reads.who')}</Table.Th>
                <Table.Th>{t('privacy.reads.whose')}</Table.Th>
                <Table.Th>{t('privacy.reads.fields')}</Table.Th>
                <Table.Th>{t('privacy.reads.route')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((read) => (
                <Table.Tr key={read.id} data-testid="read-row">
                  <Table.Td>{formatDateTime(read.at)}</Table.Td>
                  <Table.Td>{read.username ?? '—'}</Table.Td>
                  <Table.Td>
                    {read.memberId !== null ? (
                      <MemberLink memberId={read.memberId} size="sm">
                        {read.memberName ?? `#${read.memberId}`}
                      </MemberLink>
                    ) : (
                      t('privacy.reads.members', { count: read.memberCount })
                    )}
                    <Text size="xs" c="dimmed">
                      {read.unitName ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge size="sm" variant="light" color="gray">
                        {t(`privacy.reads.kind.${read.kind}`)}
                      </Badge>
                      {read.fields.map((field) => (
                        <Badge key={field} size="sm" color="red" variant="light">
                          {fieldLabel(t, field)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {read.route}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PageNav total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
