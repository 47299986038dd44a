// The scores of a sheet as they are typed: the running total with the grade it would get, and the sections
// with each criterion's self and review score. Whether a score can stand is the domain's: its points
// (whole or half, by `assessmentPoints`) and the sheet's limits (each criterion's maximum, the bonus cap,
// by `scoreSheet`); the form's and the server's errors show under their criterion.
import {
  type AssessmentScores,
  type AssessmentSheetDefinition,
  type AssessmentThresholds,
  assessmentPoints,
  gradeAssessment,
  type ScoreProblem,
  type ScoreResult,
  scoreSheet,
} from '@congdoan/domain';
import { Alert, Badge, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { criterionLabel, formatPoints, GRADE_COLORS, gradeLabel, sectionLabel } from './labels.ts';

/** Scores as typed: a criterion left empty is not scored yet. */
export type Draft = Record<string, number | ''>;

export const toDraft = (scores: AssessmentScores | null | undefined): Draft => ({ ...(scores ?? {}) });

export function toScores(draft: Draft): AssessmentScores {
  const scores: AssessmentScores = {};
  for (const [code, points] of Object.entries(draft)) if (points !== '') scores[code] = points;
  return scores;
}

/** The typed scores added up on the sheet, and whether each can be sent (whole or half points). */
export function scoreDraft(sheet: AssessmentSheetDefinition, draft: Draft) {
  const result = scoreSheet(sheet, toScores(draft));
  const points = Object.values(draft).every(
    (value) => value === '' || assessmentPoints.safeParse(value).success,
  );
  const ready = result.ok && points;
  return {
    result,
    ready,
    /** ready, and every criterion scored: it can be submitted or graded */
    complete: ready && result.ok && result.score.unscored.length === 0,
    total: result.ok ? result.score.total : 0,
  };
}

function problemText(t: TFunction, problem: ScoreProblem): string {
  return t(`scoreProblem.${problem.code}`, problem);
}

/** The running total and the grade it would get, or why the scores cannot be added up. */
export function Tally(props: {
  sheet: AssessmentSheetDefinition;
  result: ScoreResult;
  thresholds: AssessmentThresholds | undefined;
  testId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { result } = props;
  if (!result.ok) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid={`${props.testId}-problems`}>
        {[...new Set(result.problems.map((problem) => problemText(t, problem)))].join(' ')}
      </Alert>
    );
  }
  const { total, unscored } = result.score;
  const grade = props.thresholds ? gradeAssessment(total, props.thresholds) : null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed" fw={500}>
        {props.title}
      </Text>
      <Group gap="sm" align="baseline" wrap="wrap">
        <Text fz={26} fw={700} c="union.8" data-testid={`${props.testId}-total`} data-total={total}>
          {formatPoints(total, language)}
        </Text>
        <Text size="sm" c="dimmed">
          /{' '}
          {formatPoints(
            props.sheet.sections.reduce((sum, s) => sum + s.maxPoints, 0),
            language,
          )}
        </Text>
        {grade && (
          <Badge color={GRADE_COLORS[grade]} data-testid={`${props.testId}-grade`} data-grade={grade}>
            {gradeLabel(t, grade)}
          </Badge>
        )}
      </Group>
      {unscored.length > 0 && (
        <Text size="xs" c="orange.8" data-testid={`${props.testId}-unscored`}>
          {t('assessment.unscored', { count: unscored.length })}
        </Text>
      )}
    </Paper>
  );
}

/** One side of the sheet being scored (the union's own or the reviewer's). */
export interface ScoreColumn {
  draft: Draft;
  result: ScoreResult;
  editable: boolean;
  onChange: (code: string, value: number | '') => void;
  /** the form's or the server's error of a criterion */
  error: (code: string) => ReactNode;
  testIdPrefix: 'self-score' | 'review-score';
}

/** Whether the criterion's typed score cannot stand: not whole or half points, or over the sheet's limits. */
function refused(column: ScoreColumn, code: string): boolean {
  const value = column.draft[code];
  if (value === undefined || value === '') return false;
  if (!assessmentPoints.safeParse(value).success) return true;
  return (
    !column.result.ok && column.result.problems.some((p) => 'criterionCode' in p && p.criterionCode === code)
  );
}

function ScoreInput(props: { column: ScoreColumn; code: string; max: number; label: string }) {
  const { column, code } = props;
  return (
    <NumberInput
      aria-label={props.label}
      value={column.draft[code] ?? ''}
      onChange={(value) => column.onChange(code, value === '' ? '' : Number(value))}
      min={0}
      max={props.max}
      step={0.5}
      decimalScale={1}
      allowNegative={false}
      decimalSeparator={currentLanguage() === 'en' ? '.' : ','}
      disabled={!column.editable}
      w={88}
      size="sm"
      hideControls={!column.editable}
      data-testid={`${column.testIdPrefix}-${code}`}
      error={column.error(code) ?? refused(column, code)}
    />
  );
}

/** The sheet's sections with each criterion's scores: the union's own and, once reviewed or reviewing, the level above's. */
export function SheetSections(props: {
  sheet: AssessmentSheetDefinition;
  self: ScoreColumn;
  review: ScoreColumn | null;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { self, review } = props;
  const sectionPoints = (column: ScoreColumn, code: string) => {
    const section = column.result.ok
      ? column.result.score.sections.find((item) => item.sectionCode === code)
      : undefined;
    return section ? formatPoints(section.points, language) : '–';
  };
  return props.sheet.sections.map((section) => (
    <Paper
      withBorder
      radius="md"
      p="sm"
      key={section.code}
      data-testid="assessment-section"
      data-code={section.code}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb="xs" gap="xs">
        <Title order={3} size="h5">
          {sectionLabel(t, section)}
        </Title>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="section-points">
          {sectionPoints(self, section.code)}
          {review && ` · ${sectionPoints(review, section.code)}`} /{' '}
          {formatPoints(section.maxPoints, language)}
          {section.kind === 'bonus' && ` (${t('assessment.cap')})`}
        </Text>
      </Group>
      <Stack gap={6}>
        <Group justify="flex-end" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" w={88} ta="center">
            {t('assessment.selfColumn')}
          </Text>
          {review && (
            <Text size="xs" c="dimmed" w={88} ta="center">
              {t('assessment.reviewColumn')}
            </Text>
          )}
        </Group>
        {section.criteria.map((criterion) => {
          const label = criterionLabel(t, criterion);
          return (
            <Group
              key={criterion.code}
              justify="space-between"
              wrap="wrap"
              gap="xs"
              data-testid="criterion-row"
              data-code={criterion.code}
              style={{ borderTop: '1px solid var(--mantine-color-gray-2)', paddingTop: 6 }}
            >
              <div style={{ flex: '1 1 220px', minWidth: 0 }}>
                <Text size="sm">{label}</Text>
                <Text size="xs" c="dimmed">
                  {t('assessment.maxPoints', { points: formatPoints(criterion.maxPoints, language) })}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <ScoreInput
                  column={self}
                  code={criterion.code}
                  max={criterion.maxPoints}
                  label={`${label} — ${t('assessment.selfColumn')}`}
                />
                {review && (
                  <ScoreInput
                    column={review}
                    code={criterion.code}
                    max={criterion.maxPoints}
                    label={`${label} — ${t('assessment.reviewColumn')}`}
                  />
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  ));
}
