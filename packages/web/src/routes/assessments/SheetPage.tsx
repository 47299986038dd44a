// A grassroots union's annual assessment sheet (RULES.md §5): the sections and criteria with their maximum
// points, the union's own scores (half points allowed) totalled live with the grade they would get, then
// saved as a draft or submitted; the level above scores the sheet beside them, and reviews or returns it.
import {
  type AssessmentScores,
  type AssessmentSheetDefinition,
  type AssessmentThresholds,
  type FilledAssessment,
  gradeAssessment,
  type ScoreProblem,
  scoreSheet,
} from '@congdoan/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentsApi } from '../../api/assessments.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDateTime } from '../../components/format.ts';
import { ReturnStepModal } from '../../components/ReturnStepModal.tsx';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { useUnitAccess } from '../congresses/access.ts';
import {
  criterionLabel,
  formatPoints,
  GRADE_COLORS,
  gradeLabel,
  STATUS_COLORS,
  sectionLabel,
  statusLabel,
} from './labels.ts';

const route = getRouteApi('/_app/assessments/$unitId/$year');

/** Scores as typed: a criterion left empty is not scored yet. */
type Draft = Record<string, number | ''>;

const toDraft = (scores: AssessmentScores | null | undefined): Draft => ({ ...(scores ?? {}) });

function toScores(draft: Draft): AssessmentScores {
  const scores: AssessmentScores = {};
  for (const [code, points] of Object.entries(draft)) if (points !== '') scores[code] = points;
  return scores;
}

/** Half points at most: 7.5 is a score, 7.3 is not. */
const halfPoints = (draft: Draft) =>
  Object.values(draft).every((points) => points === '' || Number.isInteger(points * 2));

function problemText(t: TFunction, problem: ScoreProblem): string {
  switch (problem.code) {
    case 'ASSESSMENT_SCORE_OVER_MAX':
      return t('assessment.problem.overMax', { max: problem.maxPoints });
    case 'ASSESSMENT_BONUS_OVER_CAP':
      return t('assessment.problem.bonusOverCap', { cap: problem.cap });
    case 'ASSESSMENT_SCORE_NEGATIVE':
      return t('assessment.problem.negative');
    default:
      return t('assessment.problem.unknown');
  }
}

/** The running total and the grade it would get, or why the scores cannot be added up. */
function Tally(props: {
  sheet: AssessmentSheetDefinition;
  draft: Draft;
  thresholds: AssessmentThresholds | undefined;
  testId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const result = scoreSheet(props.sheet, toScores(props.draft));
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

function ScoreInput(props: {
  value: number | '';
  max: number;
  onChange: (value: number | '') => void;
  disabled: boolean;
  testId: string;
  label: string;
}) {
  return (
    <NumberInput
      aria-label={props.label}
      value={props.value}
      onChange={(value) => props.onChange(value === '' ? '' : Number(value))}
      min={0}
      max={props.max}
      step={0.5}
      decimalScale={1}
      allowNegative={false}
      decimalSeparator={currentLanguage() === 'en' ? '.' : ','}
      disabled={props.disabled}
      w={88}
      size="sm"
      hideControls={props.disabled}
      data-testid={props.testId}
      error={props.value !== '' && (props.value > props.max || !Number.isInteger(props.value * 2))}
    />
  );
}

export function SheetPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const params = route.useParams();
  const unitId = Number(params.unitId);
  const year = Number(params.year);
  const access = useUnitAccess(unitId);
  const sheetAnswer = useQuery({
    queryKey: keys.assessmentSheet(year),
    queryFn: () => assessmentsApi.sheet(year),
  });
  const filled = useQuery({
    queryKey: keys.assessment(unitId, year),
    queryFn: () => assessmentsApi.get(unitId, year),
  });
  const [selfDraft, setSelfDraft] = useState<Draft>({});
  const [reviewDraft, setReviewDraft] = useState<Draft>({});
  const [selfNote, setSelfNote] = useState('');
  const [reviewNote, setReviewNote] = useState('');
  const [modal, setModal] = useState<'submit' | 'review' | 'return' | null>(null);

  // The drafts follow the saved sheet whenever the server answers anew.
  useEffect(() => {
    const data = filled.data;
    setSelfDraft(toDraft(data?.selfScores));
    setSelfNote(data?.selfNote ?? '');
    setReviewDraft(toDraft(data?.reviewScores ?? data?.selfScores));
    setReviewNote(data?.reviewNote ?? '');
  }, [filled.data]);

  const refresh = async (result?: FilledAssessment) => {
    if (result) queryClient.setQueryData(keys.assessment(unitId, year), result);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.assessments }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  };
  const save = useMutation({
    mutationFn: () =>
      assessmentsApi.save(unitId, year, {
        scores: toScores(selfDraft),
        note: selfNote.trim() || undefined,
        submit: false,
      }),
    onSuccess: async (result) => {
      await refresh(result);
      notifications.show({ color: 'green', message: t('assessment.saved') });
    },
  });

  if (sheetAnswer.isPending || filled.isPending) return <Skeleton h={400} radius="md" />;
  if (sheetAnswer.isError || filled.isError) {
    return (
      <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="assessment-error">
        {errorMessage(sheetAnswer.error ?? filled.error, t)}
      </Alert>
    );
  }

  const assessment = filled.data;
  const sheet = assessment.sheet;
  const thresholds = sheetAnswer.data.thresholds;
  // id 0: no sheet saved yet (the server answers an empty draft).
  const status = assessment.id === 0 ? null : assessment.status;
  const ownUnit = access.canWrite && !access.canWriteParent;
  const canScore = access.canWrite && (status === null || status === 'draft');
  const canReview = access.canWriteParent && status === 'submitted';
  const showReview = canReview || assessment.reviewScores != null;
  const selfResult = scoreSheet(sheet, toScores(selfDraft));
  const reviewResult = scoreSheet(sheet, toScores(reviewDraft));
  const selfReady = selfResult.ok && halfPoints(selfDraft);
  const reviewReady = reviewResult.ok && halfPoints(reviewDraft) && reviewResult.score.unscored.length === 0;
  // Submitting needs every criterion scored; a draft may be saved half done.
  const selfComplete = selfReady && selfResult.ok && selfResult.score.unscored.length === 0;
  const reviewTotal = reviewResult.ok ? reviewResult.score.total : 0;

  return (
    <Stack gap="md" data-testid="assessment-sheet" data-status={status ?? 'none'}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor
          size="sm"
          renderRoot={(rootProps) => (
            <Link
              {...rootProps}
              to="/assessments"
              search={{ unitId: access.unit?.parentId ?? unitId, year }}
            />
          )}
          data-testid="assessment-back"
        >
          <Group gap={4}>
            <IconArrowLeft size={16} />
            {t('assessment.backToOverview')}
          </Group>
        </Anchor>
      </Group>
      <div>
        <Title order={2} size="h3">
          {t('assessment.sheetTitle', { year })}
        </Title>
        <Group gap="xs" mt={4} wrap="wrap">
          <Text c="dimmed" size="sm" data-testid="assessment-unit">
            {access.unit?.name ?? `#${unitId}`}
          </Text>
          <Badge
            color={status ? STATUS_COLORS[status] : 'gray'}
            variant="light"
            data-testid="assessment-status"
          >
            {statusLabel(t, status)}
          </Badge>
          {assessment.grade && (
            <Badge
              color={GRADE_COLORS[assessment.grade]}
              data-testid="assessment-grade"
              data-grade={assessment.grade}
            >
              {gradeLabel(t, assessment.grade)}
            </Badge>
          )}
        </Group>
      </div>

      <Alert color="yellow" variant="light" data-testid="assessment-thresholds">
        {t('assessment.thresholds', {
          excellent: formatPoints(thresholds.excellent, language),
          good: formatPoints(thresholds.good, language),
          completed: formatPoints(thresholds.completed, language),
        })}{' '}
        {sheetAnswer.data.thresholdsUnconfirmed && (
          <Tooltip label={t('assessment.unconfirmedHint')} multiline w={280}>
            <Badge color="yellow" variant="outline" size="sm" data-testid="assessment-unconfirmed">
              {t('assessment.unconfirmed')}
            </Badge>
          </Tooltip>
        )}
      </Alert>

      {status === 'draft' && assessment.reviewNote && (
        <Alert color="orange" title={t('assessment.returnedTitle')} data-testid="assessment-returned">
          {assessment.reviewNote}
        </Alert>
      )}

      <Group grow align="stretch" wrap="wrap" gap="sm">
        <Tally
          sheet={sheet}
          draft={selfDraft}
          thresholds={thresholds}
          testId="self-tally"
          title={t('assessment.selfTotal')}
        />
        {showReview && (
          <Tally
            sheet={sheet}
            draft={reviewDraft}
            thresholds={thresholds}
            testId="review-tally"
            title={t('assessment.reviewTotal')}
          />
        )}
      </Group>

      {sheet.sections.map((section) => {
        const selfSection = selfResult.ok
          ? selfResult.score.sections.find((item) => item.sectionCode === section.code)
          : undefined;
        const reviewSection = reviewResult.ok
          ? reviewResult.score.sections.find((item) => item.sectionCode === section.code)
          : undefined;
        return (
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
                {selfSection ? formatPoints(selfSection.points, language) : '–'}
                {showReview && ` · ${reviewSection ? formatPoints(reviewSection.points, language) : '–'}`} /{' '}
                {formatPoints(section.maxPoints, language)}
                {section.kind === 'bonus' && ` (${t('assessment.cap')})`}
              </Text>
            </Group>
            <Stack gap={6}>
              <Group justify="flex-end" gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed" w={88} ta="center">
                  {t('assessment.selfColumn')}
                </Text>
                {showReview && (
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
                        label={`${label} — ${t('assessment.selfColumn')}`}
                        value={selfDraft[criterion.code] ?? ''}
                        max={criterion.maxPoints}
                        disabled={!canScore}
                        onChange={(value) => setSelfDraft({ ...selfDraft, [criterion.code]: value })}
                        testId={`self-score-${criterion.code}`}
                      />
                      {showReview && (
                        <ScoreInput
                          label={`${label} — ${t('assessment.reviewColumn')}`}
                          value={reviewDraft[criterion.code] ?? ''}
                          max={criterion.maxPoints}
                          disabled={!canReview}
                          onChange={(value) => setReviewDraft({ ...reviewDraft, [criterion.code]: value })}
                          testId={`review-score-${criterion.code}`}
                        />
                      )}
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          </Paper>
        );
      })}

      {(canScore || assessment.selfNote) && (
        <Textarea
          label={t('assessment.selfNote')}
          value={selfNote}
          onChange={(event) => setSelfNote(event.currentTarget.value)}
          disabled={!canScore}
          autosize
          minRows={2}
          maxLength={4000}
          data-testid="self-note"
        />
      )}
      {(canReview || assessment.reviewNote) && status !== 'draft' && (
        <Textarea
          label={t('assessment.reviewNote')}
          value={reviewNote}
          onChange={(event) => setReviewNote(event.currentTarget.value)}
          disabled={!canReview}
          autosize
          minRows={2}
          maxLength={4000}
          data-testid="review-note"
        />
      )}

      {assessment.submittedAt && (
        <Text size="xs" c="dimmed" data-testid="assessment-submitted-at">
          {t('assessment.submittedAt', { at: formatDateTime(assessment.submittedAt) })}
          {assessment.reviewedAt &&
            ` · ${t('assessment.reviewedAt', { at: formatDateTime(assessment.reviewedAt) })}`}
        </Text>
      )}

      {save.isError && (
        <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="assessment-save-error">
          {errorMessage(save.error, t)}
        </Alert>
      )}

      {(canScore || canReview) && (
        <Group justify="flex-end" gap="sm" wrap="wrap">
          {canScore && (
            <>
              <Button
                variant="default"
                onClick={() => save.mutate()}
                loading={save.isPending}
                disabled={!selfReady}
                data-testid="assessment-save"
              >
                {t('assessment.saveDraft')}
              </Button>
              <Button
                onClick={() => setModal('submit')}
                disabled={!selfComplete}
                data-testid="assessment-submit"
              >
                {t('assessment.submit')}
              </Button>
            </>
          )}
          {canReview && (
            <>
              <Button
                variant="default"
                color="orange"
                onClick={() => setModal('return')}
                data-testid="assessment-return"
              >
                {t('assessment.return')}
              </Button>
              <Button
                onClick={() => setModal('review')}
                disabled={!reviewReady}
                data-testid="assessment-review"
              >
                {t('assessment.review')}
              </Button>
            </>
          )}
        </Group>
      )}
      {ownUnit && status === 'submitted' && (
        <Text size="sm" c="dimmed" data-testid="assessment-awaiting">
          {t('assessment.awaitingReview')}
        </Text>
      )}

      {modal === 'submit' && (
        <StepModal
          title={t('assessment.submitTitle')}
          testId="assessment-submit-modal"
          onClose={() => setModal(null)}
          validate={() => selfComplete}
          summary={() =>
            t('assessment.submitSummary', {
              total: selfResult.ok ? formatPoints(selfResult.score.total, language) : '–',
              year,
            })
          }
          submit={() =>
            assessmentsApi.save(unitId, year, {
              scores: toScores(selfDraft),
              note: selfNote.trim() || undefined,
              submit: true,
            })
          }
          done={t('assessment.submitted')}
          onDone={(result) => void refresh(result)}
        >
          {() => <Text size="sm">{t('assessment.submitIntro')}</Text>}
        </StepModal>
      )}
      {modal === 'review' && (
        <StepModal
          title={t('assessment.reviewTitle')}
          testId="assessment-review-modal"
          onClose={() => setModal(null)}
          validate={() => reviewReady}
          summary={() =>
            t('assessment.reviewSummary', {
              total: formatPoints(reviewTotal, language),
              grade: gradeLabel(t, gradeAssessment(reviewTotal, thresholds)),
            })
          }
          submit={() =>
            assessmentsApi.review(unitId, year, {
              scores: toScores(reviewDraft),
              note: reviewNote.trim() || undefined,
            })
          }
          done={t('assessment.reviewed')}
          onDone={(result) => void refresh(result)}
        >
          {() => <Text size="sm">{t('assessment.reviewIntro')}</Text>}
        </StepModal>
      )}
      {modal === 'return' && (
        <ReturnStepModal
          title={t('assessment.returnTitle')}
          testId="assessment-return-modal"
          reasonTestId="assessment-return-note"
          label={t('assessment.returnNote')}
          requiredMessage={t('assessment.returnNoteRequired')}
          maxLength={4000}
          summary={t('assessment.returnSummary')}
          submit={(reason) => assessmentsApi.returnToUnit(unitId, year, reason)}
          done={t('assessment.returned')}
          onClose={() => setModal(null)}
          onDone={(result) => void refresh(result)}
        />
      )}
    </Stack>
  );
}
