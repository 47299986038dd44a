// How far a subtree is with its reports: one bar of approved, submitted and returned out of those expected,
// the count submitted and the count late.
import type { ReportCompleteness } from '@congdoan/domain';
import { Group, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { STATUS_COLORS, statusLabel } from './labels.ts';
import { useCompleteness } from './queries.ts';

const SECTIONS = ['approved', 'submitted', 'returned', 'draft'] as const;

export function CompletenessCounts({ counts }: { counts: ReportCompleteness['counts'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const expected = counts.expected;
  const done = counts.approved + counts.submitted;
  const share = (count: number) => (expected === 0 ? 0 : (count / expected) * 100);
  return (
    <Stack gap={4} data-testid="completeness-bar" data-expected={expected} data-done={done}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm">
          {t('reports.completeness.submittedOf', {
            done: formatNumber(done, language),
            expected: formatNumber(expected, language),
          })}
        </Text>
        {counts.late > 0 && (
          <Text size="sm" c="red.7" data-testid="completeness-late">
            {t('reports.completeness.lateCount', { count: counts.late })}
          </Text>
        )}
      </Group>
      <Progress.Root size="lg" aria-label={t('reports.completeness.title')}>
        {SECTIONS.map((status) =>
          counts[status] > 0 ? (
            <Progress.Section
              key={status}
              value={share(counts[status])}
              color={STATUS_COLORS[status]}
              title={`${statusLabel(t, status)}: ${counts[status]}`}
            />
          ) : null,
        )}
      </Progress.Root>
    </Stack>
  );
}

/** The bar for a period, read from the server (the subtree of the user's unit or of the issuer). */
export function CompletenessBar({ periodId, unitId }: { periodId: number; unitId?: number }) {
  // The counts are over every unit below; one row of the list is all the bar needs to load.
  const completeness = useCompleteness(periodId, { unitId, pageSize: 1 });
  if (completeness.isPending) return <Skeleton h={28} />;
  if (completeness.isError) return null;
  return <CompletenessCounts counts={completeness.data.counts} />;
}
