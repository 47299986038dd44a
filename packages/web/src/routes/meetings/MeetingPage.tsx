// A committee session: what was recorded (date, place, chair, attendance against the quorum, agenda, documents
// adopted, opinions, conclusion), the resolutions with their tasks followed until done, and the downloads of
// the minutes and of each resolution.
import { apiContract, COMMITTEE_BODIES, type Meeting } from '@congdoan/domain';
import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileTypeDocx } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hrefOf } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { electedBodyLabel, formatCycle } from '../congresses/labels.ts';
import { TaskTable } from './TaskTable.tsx';

const route = getRouteApi('/_app/meetings/$meetingId');

/** The meeting names its committee's body as text; a known body is shown in words. */
function bodyLabel(t: TFunction, body: string): string {
  const known = COMMITTEE_BODIES.find((item) => item === body);
  return known ? electedBodyLabel(t, known) : body;
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children || '–'}
      </Text>
    </div>
  );
}

function Lines({ title, lines, testId }: { title: string; lines: string[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('meetings.nothingRecorded')}
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={2}>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines are fixed once recorded
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const quorumMet = meeting.present >= meeting.quorumNeeded;
  return (
    <Stack gap="md" data-testid="meeting-page" data-meeting-id={meeting.id}>
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link
            {...props}
            to="/org/$unitId"
            params={{ unitId: String(meeting.committee.unit.id) }}
            search={{ tab: 'congress' }}
          />
        )}
      >
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {meeting.committee.unit.name}
        </Group>
      </Anchor>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h3" data-testid="meeting-title">
              {t('meetings.pageTitle', {
                body: bodyLabel(t, meeting.committee.body),
                cycle: formatCycle(meeting.committee.cycle),
                session: meeting.sessionNumber,
              })}
            </Title>
            <Text c="dimmed" size="sm">
              {meeting.committee.unit.name} · {formatDate(meeting.heldOn)}
            </Text>
          </div>
          <Button
            size="xs"
            variant="light"
            component="a"
            href={hrefOf(apiContract.meetings.minutes, {
              params: { id: meeting.id },
              query: { lang: language },
            })}
            download
            leftSection={<IconFileTypeDocx size={14} />}
            data-testid="meeting-minutes"
          >
            {t('meetings.minutes')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="md">
          <Fact label={t('meetings.heldOn')} testId="meeting-held-on-value">
            {formatDate(meeting.heldOn)}
          </Fact>
          <Fact label={t('meetings.place')}>{meeting.place}</Fact>
          <Fact label={t('meetings.chairedBy')}>{meeting.chairedBy}</Fact>
          <div>
            <Text size="xs" c="dimmed" fw={500}>
              {t('meetings.attendanceLabel')}
            </Text>
            <Group gap={6}>
              <Text size="sm" data-testid="meeting-attendance-value">
                {t('meetings.attendance', { present: n(meeting.present), convened: n(meeting.convened) })}
              </Text>
              <Badge
                size="xs"
                variant="light"
                color={quorumMet ? 'green' : 'red'}
                data-testid="meeting-quorum-badge"
              >
                {t('meetings.quorumNeeded', { value: n(meeting.quorumNeeded) })}
              </Badge>
            </Group>
          </div>
        </SimpleGrid>
        {meeting.absentees.length > 0 && (
          <Text size="sm" mt="sm" data-testid="meeting-absentees-value">
            <Text span c="dimmed" size="sm">
              {t('meetings.absentees')}:
            </Text>{' '}
            {meeting.absentees.join(', ')}
          </Text>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Lines title={t('meetings.agenda')} lines={meeting.agenda} testId="meeting-agenda-value" />
        <Lines
          title={t('meetings.documentsAdopted')}
          lines={meeting.documentsAdopted}
          testId="meeting-documents-value"
        />
      </SimpleGrid>
      <Paper withBorder radius="md" p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('meetings.opinions')}
        </Title>
        <Text size="sm" fw={500} data-testid="meeting-opinions-value" data-count={meeting.opinionsHeard}>
          {t('meetings.opinionsCount', { value: n(meeting.opinionsHeard) })}
        </Text>
        {meeting.opinionsSummary && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.opinionsSummary}
          </Text>
        )}
      </Paper>
      <Paper withBorder radius="md" p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('meetings.conclusion')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-conclusion-value">
          {meeting.conclusion || t('meetings.nothingRecorded')}
        </Text>
      </Paper>
      <Paper withBorder radius="md" p="sm" data-testid="meeting-resolutions">
        <Title order={3} size="h5" mb="xs">
          {t('meetings.resolutions')}
        </Title>
        {meeting.resolutions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('meetings.noResolutions')}
          </Text>
        )}
        <Stack gap="md">
          {meeting.resolutions.map((resolution) => (
            <Paper
              key={resolution.id}
              bg="gray.0"
              radius="md"
              p="sm"
              data-testid="resolution"
              data-resolution-id={resolution.id}
            >
              <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm" data-testid="resolution-heading">
                    {resolution.number
                      ? t('meetings.resolutionNumbered', {
                          number: resolution.number,
                          title: resolution.title,
                        })
                      : resolution.title}
                  </Text>
                </div>
                <Button
                  size="compact-xs"
                  variant="light"
                  component="a"
                  href={hrefOf(apiContract.meetings.resolutionDocument, {
                    params: { id: resolution.id },
                    query: { lang: language },
                  })}
                  download
                  leftSection={<IconFileTypeDocx size={12} />}
                  data-testid="resolution-docx"
                >
                  {t('meetings.resolutionDocx')}
                </Button>
              </Group>
              {resolution.content && (
                <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {resolution.content}
                </Text>
              )}
              <TaskTable tasks={resolution.tasks} heldOn={meeting.heldOn} />
            </Paper>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}

export function MeetingPage() {
  const { meetingId } = route.useParams();
  const id = Number(meetingId);
  const meeting = useQuery({
    queryKey: keys.meeting(id),
    queryFn: () => api.meetings.get({ params: { id } }),
  });
  if (meeting.isPending) {
    return <PageSkeleton />;
  }
  if (meeting.isError) {
    return <ErrorAlert error={meeting.error} testId="meeting-error" />;
  }
  return <MeetingView meeting={meeting.data} />;
}
