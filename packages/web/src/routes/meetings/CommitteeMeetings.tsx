// The "Kỳ họp" section of a committee card: its sessions, newest first (number, date, attendance, the
// conclusion in short), each linking to its page, and the form to record one.
import type { Committee } from '@congdoan/domain';
import { Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { RecordMeetingModal } from './RecordMeetingModal.tsx';

export function CommitteeMeetings({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [recording, setRecording] = useState(false);
  const params = { committeeId: committee.id };
  const meetings = useQuery({
    queryKey: keys.meetingList(params),
    queryFn: () => api.meetings.list({ query: params }),
  });
  const n = (value: number) => formatNumber(value, language);
  return (
    <Stack gap={6} mt="xs" data-testid="committee-meetings" data-committee-id={committee.id}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('meetings.sessions')}
        </Text>
        {committee.can.recordMeeting && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconPlus size={12} />}
            onClick={() => setRecording(true)}
            data-testid="meeting-record-open"
          >
            {t('meetings.record.open')}
          </Button>
        )}
      </Group>
      {meetings.isPending && <Loader size="xs" />}
      {meetings.isError && (
        <Text c="red" size="xs">
          {errorMessage(meetings.error, t)}
        </Text>
      )}
      {meetings.data?.length === 0 && (
        <Text c="dimmed" size="xs" data-testid="committee-meetings-none">
          {t('meetings.none')}
        </Text>
      )}
      {meetings.data?.map((meeting) => (
        <div key={meeting.id} data-testid="meeting-row" data-session={meeting.sessionNumber}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Anchor
              size="sm"
              fw={500}
              renderRoot={(props) => (
                <Link {...props} to="/meetings/$meetingId" params={{ meetingId: String(meeting.id) }} />
              )}
              data-testid="meeting-link"
            >
              {t('meetings.sessionN', { value: meeting.sessionNumber })} · {formatDate(meeting.heldOn)}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="meeting-attendance">
              {t('meetings.attendance', { present: n(meeting.present), convened: n(meeting.convened) })}
            </Text>
          </Group>
          {meeting.conclusion && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {meeting.conclusion}
            </Text>
          )}
        </div>
      ))}
      {recording && <RecordMeetingModal committee={committee} onClose={() => setRecording(false)} />}
    </Stack>
  );
}
