// One progress bar per level of the subtree: "6.349/6.349 công đoàn cơ sở đã tổ chức đại hội", split into
// recognised, held and scheduled, with the late and the plan's deadline for the level.
import type { CongressProgress } from '@congdoan/domain';
import { Badge, Group, Paper, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

type Level = CongressProgress['levels'][number];

const percent = (part: number, total: number) => (total > 0 ? (part / total) * 100 : 0);

function LevelBar({ level }: { level: Level }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const heldOnly = Math.max(0, level.held - level.recognised);
  const scheduled = Math.min(level.scheduled, Math.max(0, level.total - level.held));
  const parts = [
    { key: 'recognised', value: level.recognised, color: 'green' },
    { key: 'heldOnly', value: heldOnly, color: 'teal.4' },
    { key: 'scheduled', value: scheduled, color: 'blue.3' },
  ] as const;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={`progress-level-${level.level}`}
      data-held={level.held}
      data-total={level.total}
    >
      <Group justify="space-between" align="baseline" gap="xs" mb={6}>
        <Text
          fw={600}
          size="sm"
          data-testid={`progress-text-${level.level}`}
          style={{ flex: 1, minWidth: 0 }}
        >
          {t(`congress.progress.levelHeld.${level.level}`, { held: n(level.held), total: n(level.total) })}
        </Text>
        <Text fw={700} c="union.8">
          {formatNumber(Math.round(percent(level.held, level.total) * 10) / 10, language)} %
        </Text>
      </Group>
      <Progress.Root size="xl" radius="md">
        {parts.map((part) =>
          part.value > 0 ? (
            <Tooltip key={part.key} label={`${t(`congress.progress.part.${part.key}`)}: ${n(part.value)}`}>
              <Progress.Section value={percent(part.value, level.total)} color={part.color} />
            </Tooltip>
          ) : null,
        )}
      </Progress.Root>
      <Group gap={6} mt={8}>
        <Badge variant="light" color="green" size="sm">
          {t('congress.progress.recognised', { value: n(level.recognised) })}
        </Badge>
        <Badge variant="light" color="blue" size="sm">
          {t('congress.progress.scheduled', { value: n(level.scheduled) })}
        </Badge>
        {level.late > 0 && (
          <Badge variant="filled" color="red" size="sm" data-testid={`progress-late-${level.level}`}>
            {t('congress.progress.late', { value: n(level.late) })}
          </Badge>
        )}
        {level.deadline && (
          <Text size="xs" c="dimmed">
            {t('congress.progress.deadline', { date: formatDate(level.deadline) })}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

export function ProgressLevels({ progress }: { progress: CongressProgress }) {
  const { t } = useTranslation();
  const levels = progress.levels.filter((level) => level.total > 0);
  if (levels.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('congress.progress.noUnits')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="progress-levels">
      {levels.map((level) => (
        <LevelBar key={level.level} level={level} />
      ))}
    </Stack>
  );
}
