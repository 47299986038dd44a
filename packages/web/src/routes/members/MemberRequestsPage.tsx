// Requests to move members between unions: those received (the members are ours to read, and we approve
// or refuse) and those we sent (only the national ID we typed and the outcome, until approved); each list a
// page at a time from the server.
import type { IncomingMemberRequest, OutgoingMemberRequest } from '@congdoan/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { MemberLink } from '../../components/MemberLink.tsx';
import { MemberStatusBadge } from '../../components/MemberStatusBadge.tsx';
import { PageNav } from '../../components/PageNav.tsx';
import { ApproveRequestModal, RefuseRequestModal } from './MemberRequestDecision.tsx';

const STATUS_COLOR = { pending: 'yellow', approved: 'green', refused: 'gray' } as const;

function StatusBadge({ status }: { status: IncomingMemberRequest['status'] }) {
  const { t } = useTranslation();
  const label = {
    pending: t('members.requests.statusPending'),
    approved: t('members.requests.statusApproved'),
    refused: t('members.requests.statusRefused'),
  }[status];
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid="request-status" data-status={status}>
      {label}
    </Badge>
  );
}

/** Requests per page of either list. */
const PAGE_SIZE = 50;

export function MemberRequestsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('incoming');
  const [incomingPage, setIncomingPage] = useState(1);
  const [outgoingPage, setOutgoingPage] = useState(1);
  const incoming = useQuery({
    queryKey: [...keys.memberRequests('incoming'), incomingPage],
    queryFn: () => api.memberRequests.incoming({ query: { page: incomingPage, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const outgoing = useQuery({
    queryKey: [...keys.memberRequests('outgoing'), outgoingPage],
    queryFn: () => api.memberRequests.outgoing({ query: { page: outgoingPage, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const waiting = incoming.data?.pending ?? 0;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('members.requests.title')}
        </Title>
        <Anchor renderRoot={(props) => <Link {...props} to="/members" />} size="sm">
          {t('members.title')}
        </Anchor>
      </Group>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab
            value="incoming"
            data-testid="requests-tab-incoming"
            rightSection={
              waiting > 0 ? (
                <Badge size="sm" circle data-testid="requests-waiting">
                  {waiting}
                </Badge>
              ) : null
            }
          >
            {t('members.requests.incoming')}
          </Tabs.Tab>
          <Tabs.Tab value="outgoing" data-testid="requests-tab-outgoing">
            {t('members.requests.outgoing')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="incoming" pt="md">
          <Text size="sm" c="dimmed" mb="sm">
            {t('members.requests.incomingHint')}
          </Text>
          <Listing
            query={incoming}
            page={incomingPage}
            onPage={setIncomingPage}
            empty={t('members.requests.noneIncoming')}
          >
            {(items) => <IncomingTable items={items} />}
          </Listing>
        </Tabs.Panel>
        <Tabs.Panel value="outgoing" pt="md">
          <Text size="sm" c="dimmed" mb="sm">
            {t('members.requests.outgoingHint')}
          </Text>
          <Listing
            query={outgoing}
            page={outgoingPage}
            onPage={setOutgoingPage}
            empty={t('members.requests.noneOutgoing')}
          >
            {(items) => <OutgoingTable items={items} />}
          </Listing>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Listing<T>({
  query,
  page,
  onPage,
  empty,
  children,
}: {
  query: { data?: { items: T[]; total: number }; isPending: boolean; isError: boolean; error: unknown };
  page: number;
  onPage: (page: number) => void;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isError) return <Alert color="red">{errorMessage(query.error, t)}</Alert>;
  if (query.isPending || !query.data) return <Loader />;
  if (query.data.total === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>{children(query.data.items)}</Table.ScrollContainer>
      </Paper>
      <PageNav total={query.data.total} pageSize={PAGE_SIZE} page={page} onChange={onPage} />
    </Stack>
  );
}

function IncomingTable({ items }: { items: IncomingMemberRequest[] }) {
  const { t } = useTranslation();
  const [approving, setApproving] = useState<IncomingMemberRequest | null>(null);
  const [refusing, setRefusing] = useState<IncomingMemberRequest | null>(null);
  return (
    <>
      <RequestTable
        testId="requests-incoming"
        headings={[
          t('members.requests.member'),
          t('members.requests.from'),
          t('members.requests.to'),
          t('members.requests.reason'),
          t('members.requests.status'),
        ]}
      >
        {items.map((request) => (
          <Table.Tr key={request.id} data-testid={`request-${request.id}`}>
            <Table.Td>
              <MemberLink memberId={request.member.id} fw={500}>
                {request.member.fullName}
              </MemberLink>
              <Group gap={6} mt={4}>
                <MemberStatusBadge status={request.member.status} size="sm" />
                <Text size="xs" c="dimmed">
                  {request.member.unit.name}
                </Text>
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{request.requestingUnit.name}</Text>
              <Text size="xs" c="dimmed">
                {request.requestedBy} · {formatDateTime(request.requestedAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Target request={request} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{request.reason}</Text>
            </Table.Td>
            <Table.Td>
              {request.can.approve || request.can.refuse ? (
                <Group gap="xs" wrap="nowrap">
                  {request.can.approve && (
                    <Button size="xs" onClick={() => setApproving(request)} data-testid="request-approve">
                      {t('members.requests.approve')}
                    </Button>
                  )}
                  {request.can.refuse && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setRefusing(request)}
                      data-testid="request-refuse"
                    >
                      {t('members.requests.refuse')}
                    </Button>
                  )}
                </Group>
              ) : (
                <Decided request={request} />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </RequestTable>
      {approving && <ApproveRequestModal request={approving} onClose={() => setApproving(null)} />}
      {refusing && <RefuseRequestModal request={refusing} onClose={() => setRefusing(null)} />}
    </>
  );
}

/** Both tabs' table: the headings, then a row a request. */
function RequestTable({
  testId,
  headings,
  children,
}: {
  testId: string;
  headings: string[];
  children: ReactNode;
}) {
  return (
    <Table verticalSpacing="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {headings.map((heading) => (
            <Table.Th key={heading}>{heading}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** Where the member is to move, and from when. */
function Target({ request }: { request: IncomingMemberRequest | OutgoingMemberRequest }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{request.targetUnit.name}</Text>
      <Text size="xs" c="dimmed">
        {t('members.requests.date')} {formatDate(request.effectiveDate)}
      </Text>
    </>
  );
}

function Decided({ request }: { request: IncomingMemberRequest | OutgoingMemberRequest }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <StatusBadge status={request.status} />
      {request.refusalReason && (
        <Text size="xs" c="dimmed">
          {t('members.requests.refusedBecause', { reason: request.refusalReason })}
        </Text>
      )}
    </Stack>
  );
}

function OutgoingTable({ items }: { items: OutgoingMemberRequest[] }) {
  const { t } = useTranslation();
  return (
    <RequestTable
      testId="requests-outgoing"
      headings={[
        t('members.requests.nationalId'),
        t('members.requests.member'),
        t('members.requests.to'),
        t('members.requests.requestedAt'),
        t('members.requests.status'),
      ]}
    >
      {items.map((request) => (
        <Table.Tr key={request.id} data-testid={`request-${request.id}`}>
          <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{request.nationalId}</Table.Td>
          <Table.Td>
            {request.member ? (
              <MemberLink memberId={request.member.id}>{request.member.fullName}</MemberLink>
            ) : (
              <Text size="sm" c="dimmed">
                {t('members.requests.notYetNamed')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Target request={request} />
          </Table.Td>
          <Table.Td>{formatDateTime(request.requestedAt)}</Table.Td>
          <Table.Td>
            <Decided request={request} />
          </Table.Td>
        </Table.Tr>
      ))}
    </RequestTable>
  );
}
