// A member's page: who they are, their unit and status, their history and offices, and what an officer may do.
import { todayInVietnam } from '@congdoan/domain';
import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowsExchange,
  IconHistory,
  IconId,
  IconLogout,
  IconPencil,
  IconUserPlus,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { MemberStatusBadge } from '../../components/MemberStatusBadge.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { UnitLink } from '../../components/UnitLink.tsx';
import { MemberPrivacy } from '../privacy/MemberPrivacy.tsx';
import { EditMemberModal } from './EditMemberModal.tsx';
import { LeaveMemberModal } from './LeaveMemberModal.tsx';
import { MemberOffices } from './MemberOffices.tsx';
import { MemberProfile } from './MemberProfile.tsx';
import { MembershipTimeline } from './MembershipTimeline.tsx';
import { ReadmitMemberModal } from './ReadmitMemberModal.tsx';
import { TransferMemberModal } from './TransferMemberModal.tsx';

const route = getRouteApi('/_app/members/$memberId');

export function MemberPage() {
  const { t } = useTranslation();
  const { memberId } = route.useParams();
  const id = Number(memberId);
  const [open, setOpen] = useState<'edit' | 'transfer' | 'leave' | 'readmit' | null>(null);
  const member = useQuery({
    queryKey: keys.member(id),
    queryFn: () => api.members.get({ params: { id } }),
  });

  const back = (
    <Anchor renderRoot={(props) => <Link {...props} to="/members" />} size="sm" data-testid="member-back">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('members.backToList')}
      </Group>
    </Anchor>
  );

  if (member.isPending) {
    return <PageSkeleton />;
  }
  if (member.isError) {
    return (
      <Stack gap="sm">
        {back}
        <ErrorAlert error={member.error} testId="member-error" />
      </Stack>
    );
  }

  const data = member.data;
  const { can } = data;
  const active = data.status === 'active';
  return (
    <Stack gap="md">
      {back}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="sm" align="center">
            <Title order={1} size="h3" data-testid="member-name" style={{ overflowWrap: 'anywhere' }}>
              {data.fullName}
            </Title>
            <MemberStatusBadge status={data.status} size="md" />
          </Group>
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {active ? t('members.currentUnit') : t('members.lastUnit')}:
            </Text>
            <UnitLink unitId={data.unit.id} size="sm" testId="member-unit">
              {data.unit.name}
            </UnitLink>
          </Group>
          <Group gap="xs">
            {can.edit && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} />}
                onClick={() => setOpen('edit')}
                data-testid="member-edit"
              >
                {t('members.edit')}
              </Button>
            )}
            {can.transfer && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconArrowsExchange size={14} />}
                onClick={() => setOpen('transfer')}
                data-testid="member-transfer"
              >
                {t('members.transfer.title')}
              </Button>
            )}
            {can.leave && (
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconLogout size={14} />}
                onClick={() => setOpen('leave')}
                data-testid="member-leave"
              >
                {t('members.leave.button')}
              </Button>
            )}
            {can.readmit && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconUserPlus size={14} />}
                onClick={() => setOpen('readmit')}
                data-testid="member-readmit"
              >
                {t('members.readmit.button')}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconId size={14} />}
              renderRoot={(props) => (
                <Link {...props} to="/members/$memberId/card" params={{ memberId: String(data.id) }} />
              )}
              data-testid="member-card-link"
            >
              {t('members.card.title')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconHistory size={14} />}
              renderRoot={(props) => (
                <Link {...props} to="/audit" search={{ entity: 'member', entityId: String(data.id) }} />
              )}
              data-testid="member-audit-link"
            >
              {t('audit.title')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <MemberProfile member={data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <MembershipTimeline member={data} />
            <MemberOffices member={data} />
          </Stack>
        </Grid.Col>
      </Grid>
      <MemberPrivacy member={data} />
      {open === 'edit' && <EditMemberModal member={data} onClose={() => setOpen(null)} />}
      {open === 'transfer' && <TransferMemberModal member={data} onClose={() => setOpen(null)} />}
      {open === 'leave' && <LeaveMemberModal member={data} onClose={() => setOpen(null)} />}
      {open === 'readmit' && (
        <ReadmitMemberModal
          person={{
            memberId: data.id,
            fullName: data.fullName,
            status: data.status,
            unitName: data.unit.name,
          }}
          defaults={{ unit: data.unit, effectiveDate: todayInVietnam(), decisionNumber: '' }}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
