// What is known of a congress (date, place, kind, delegates, recognition) and what the server checked of its
// figures against the rules on its date: members, the kind required, the delegate cap and the quorum.
import type { Congress } from '@congdoan/domain';
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { congressKindLabel } from './labels.ts';

function Fact({ label, value, testId }: { label: string; value: ReactNode; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {value === null || value === undefined || value === '' ? '–' : value}
      </Text>
    </div>
  );
}

/** The server's checks in words, for the facts panel and the holding form alike. */
export function CongressChecks({ checks }: { checks: Congress['checks'] }) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  return (
    <Stack gap={4} data-testid="congress-checks">
      <Text size="sm" data-testid="congress-check-members">
        {t('congress.checks.members', {
          members: n(checks.members),
          kind: congressKindLabel(t, checks.requiredKind).toLowerCase(),
        })}
      </Text>
      {checks.delegateCap !== null && (
        <Text size="sm" data-testid="congress-check-cap">
          {t('congress.checks.delegateCap', { cap: n(checks.delegateCap) })}
        </Text>
      )}
      {checks.quorumNeeded !== null && (
        <Group gap={6}>
          <Text size="sm" data-testid="congress-check-quorum">
            {t('congress.checks.quorumNeeded', { needed: n(checks.quorumNeeded) })}
          </Text>
          {checks.quorumMet !== null && (
            <Badge
              size="sm"
              color={checks.quorumMet ? 'green' : 'red'}
              variant="light"
              data-testid="congress-check-quorum-met"
              data-met={checks.quorumMet}
            >
              {checks.quorumMet ? t('congress.checks.quorumMet') : t('congress.checks.quorumNotMet')}
            </Badge>
          )}
        </Group>
      )}
    </Stack>
  );
}

export function CongressFacts({ congress }: { congress: Congress }) {
  const { t } = useTranslation();
  const n = (value: number | null) => (value === null ? null : formatNumber(value, currentLanguage()));
  const wrongKind = congress.heldOn && congress.kind !== congress.checks.requiredKind;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="congress-facts">
      <Title order={3} size="h5" mb="xs">
        {t('congress.facts')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <Fact
          label={t('congress.scheduledOn')}
          value={formatDate(congress.scheduledOn)}
          testId="congress-scheduled-on"
        />
        <Fact label={t('congress.place')} value={congress.place} testId="congress-place" />
        <Fact label={t('congress.heldOn')} value={formatDate(congress.heldOn)} testId="congress-held-on" />
        <Fact
          label={t('congress.kindLabel')}
          value={congressKindLabel(t, congress.kind)}
          testId="congress-kind"
        />
        <Fact
          label={t(congress.kind === 'delegate' ? 'congress.convened' : 'congress.convenedMembers')}
          value={n(congress.delegatesConvened)}
          testId="congress-convened"
        />
        <Fact label={t('congress.present')} value={n(congress.delegatesPresent)} testId="congress-present" />
        {congress.kind === 'delegate' && (
          <Fact
            label={t('congress.appointed')}
            value={n(congress.delegatesAppointed)}
            testId="congress-appointed"
          />
        )}
        {congress.recognisedOn && (
          <Fact
            label={t('congress.recognisedOn')}
            value={[formatDate(congress.recognisedOn), congress.recognitionDecision]
              .filter(Boolean)
              .join(' · ')}
            testId="congress-recognised-on"
          />
        )}
      </SimpleGrid>
      <Paper bg="gray.0" radius="md" p="xs" mt="sm">
        <CongressChecks checks={congress.checks} />
      </Paper>
      {wrongKind && (
        <Alert color="orange" mt="xs" p="xs">
          {t('congress.checks.kindDiffers', { kind: congressKindLabel(t, congress.checks.requiredKind) })}
        </Alert>
      )}
      {congress.notes && (
        <Text size="sm" c="dimmed" mt="xs" style={{ whiteSpace: 'pre-line' }}>
          {congress.notes}
        </Text>
      )}
    </Paper>
  );
}
