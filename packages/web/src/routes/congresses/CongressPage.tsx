// A unit's congress of a cycle: its steps from planned to recognised, what was recorded and checked, the
// forms of each step, its bodies, documents and term, and its elections.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconCalendarCog,
  IconCalendarEvent,
  IconCircleCheck,
  IconGavel,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { CongressBodies } from './CongressBodies.tsx';
import { CongressDocuments } from './CongressDocuments.tsx';
import { CongressFacts } from './CongressFacts.tsx';
import { RecogniseModal, ScheduleModal, TermModal } from './CongressForms.tsx';
import { CongressSteps } from './CongressSteps.tsx';
import { ElectionsSection } from './elections/ElectionsSection.tsx';
import { HoldModal } from './HoldModal.tsx';
import { congressKindLabel, formatCycle } from './labels.ts';

const route = getRouteApi('/_app/congresses/$congressId');

type Open = 'schedule' | 'hold' | 'recognise' | 'term' | null;

export function CongressPage() {
  const { t } = useTranslation();
  const { congressId } = route.useParams();
  const id = Number(congressId);
  const [open, setOpen] = useState<Open>(null);
  const congress = useQuery({
    queryKey: keys.congress(id),
    queryFn: () => api.congresses.get({ params: { id } }),
  });

  if (congress.isPending) {
    return <PageSkeleton />;
  }
  if (congress.isError) {
    return <ErrorAlert error={congress.error} testId="congress-error" />;
  }
  const data = congress.data;
  const held = data.status === 'held' || data.status === 'recognised';
  const { can } = data;

  return (
    <Stack gap="md">
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link
            {...props}
            to="/org/$unitId"
            params={{ unitId: String(data.unit.id) }}
            search={{ tab: 'congress' }}
          />
        )}
        data-testid="congress-back"
      >
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {data.unit.name}
        </Group>
      </Anchor>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <div>
            <Title order={1} size="h3" data-testid="congress-title" style={{ overflowWrap: 'anywhere' }}>
              {t('congress.pageTitle', { unit: data.unit.name, cycle: formatCycle(data.cycle) })}
            </Title>
            <Group gap={6} mt={4}>
              <Badge variant="light" color="gray">
                {congressKindLabel(t, data.kind)}
              </Badge>
              {data.isPilot && (
                <Badge variant="light" color="grape" data-testid="congress-pilot">
                  {t('congress.pilot')}
                </Badge>
              )}
              {data.term && (
                <Text size="sm" c="dimmed" data-testid="congress-term">
                  {t('congress.term.label', {
                    from: formatDate(data.term.startsOn),
                    to: formatDate(data.term.endsOn),
                  })}
                </Text>
              )}
            </Group>
          </div>
          <CongressSteps congress={data} />
          <Group gap="xs">
            {can.schedule && (
              <Button
                size="xs"
                variant={data.status === 'planned' ? 'filled' : 'light'}
                leftSection={<IconCalendarEvent size={14} />}
                onClick={() => setOpen('schedule')}
                data-testid="congress-schedule"
              >
                {data.scheduledOn ? t('congress.schedule.change') : t('congress.schedule.title')}
              </Button>
            )}
            {can.hold && (
              <Button
                size="xs"
                variant={data.status === 'scheduled' ? 'filled' : 'light'}
                leftSection={<IconGavel size={14} />}
                onClick={() => setOpen('hold')}
                data-testid="congress-hold"
              >
                {held ? t('congress.hold.change') : t('congress.hold.title')}
              </Button>
            )}
            {can.recognise && (
              <Button
                size="xs"
                color="green"
                leftSection={<IconCircleCheck size={14} />}
                onClick={() => setOpen('recognise')}
                data-testid="congress-recognise"
              >
                {t('congress.recognise.title')}
              </Button>
            )}
            {can.shiftTerm && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconCalendarCog size={14} />}
                onClick={() => setOpen('term')}
                data-testid="congress-term-shift"
              >
                {t('congress.term.shiftTitle')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <CongressFacts congress={data} />
      <CongressBodies congress={data} />
      <ElectionsSection congress={data} />
      <CongressDocuments congress={data} />
      {open === 'schedule' && <ScheduleModal congress={data} onClose={() => setOpen(null)} />}
      {open === 'hold' && <HoldModal congress={data} onClose={() => setOpen(null)} />}
      {open === 'recognise' && <RecogniseModal congress={data} onClose={() => setOpen(null)} />}
      {open === 'term' && <TermModal congress={data} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
