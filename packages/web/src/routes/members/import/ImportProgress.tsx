// A running import: the job is read every second and drawn as a progress bar until it ends.
import type { ImportResult } from '@congdoan/domain';
import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { errorMessage } from '../../../components/errors.ts';
import { formatNumber } from '../../../components/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';

const POLL_MS = 1000;

interface Props {
  jobId: number;
  onDone: (result: ImportResult) => void;
  /** Back to choosing a file, when the job failed. */
  onAbandon: () => void;
}

export function ImportProgress({ jobId, onDone, onAbandon }: Props) {
  const { t } = useTranslation();
  const job = useQuery({
    queryKey: keys.importJob(jobId),
    queryFn: () => api.memberImport.job({ params: { id: jobId } }),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
  const data = job.data;

  const reported = useRef(false);
  useEffect(() => {
    if (reported.current || data?.status !== 'done' || !data.result) return;
    reported.current = true;
    onDone({ ...data.result, jobId: data.result.jobId ?? data.id });
  }, [data, onDone]);

  const language = currentLanguage();
  const total = data?.totalRows ?? 0;
  const done = data?.processedRows ?? 0;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const queued = !data || data.status === 'queued';
  // Before the rows are counted (queued, reading the file) the bar runs striped from end to end.
  const unknown = queued || total === 0;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Text size="sm" fw={600} data-testid="import-progress-label">
          {queued
            ? t('members.import.queued')
            : t(`members.import.phase.${data.phase ?? 'writing'}`, {
                done: formatNumber(done, language),
                total: formatNumber(total, language),
              })}
        </Text>
        <Progress
          value={unknown ? 100 : percent}
          animated={data?.status !== 'done'}
          striped={unknown}
          color={unknown ? 'gray.4' : undefined}
          size="xl"
          radius="xl"
          data-testid="import-progress"
          data-status={data?.status ?? 'queued'}
          data-percent={percent}
          aria-label={t('members.import.progress')}
        />
        <Text size="xs" c="dimmed">
          {t('members.import.keepWorking')}
        </Text>
        {data?.status === 'failed' && (
          <Alert color="red" data-testid="import-failed">
            {t('members.import.failed')}
            {data.error ? ` ${data.error.message}` : ''}
          </Alert>
        )}
        {data?.status === 'failed' && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onAbandon} data-testid="import-abandon">
              {t('members.import.otherFile')}
            </Button>
          </Group>
        )}
        {job.isError && <Alert color="red">{errorMessage(job.error, t)}</Alert>}
      </Stack>
    </Paper>
  );
}
