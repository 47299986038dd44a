// A grassroots union's annual assessment sheet (RULES.md §5): the sections and criteria with their maximum
// points, the union's own scores (half points allowed) totalled live with the grade they would get, then
// saved as a draft or submitted; the level above scores the sheet beside them, and reviews or returns it.
// What the user may do is the sheet's `can`, from the server.
import {
  type FilledAssessment,
  gradeAssessment,
  returnAssessmentBody,
  reviewAssessmentBody,
  selfAssessmentBody,
} from '@congdoan/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDateTime } from '../../components/format.ts';
import { ReturnStepModal } from '../../components/ReturnStepModal.tsx';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { formatPoints, GRADE_COLORS, gradeLabel, STATUS_COLORS, statusLabel } from './labels.ts';
import { type Draft, SheetSections, scoreDraft, Tally, toDraft, toScores } from './SheetScores.tsx';

const route = getRouteApi('/_app/assessments/$unitId/$year');

/** A side's fields → its payload: the scores typed, and the note unless blank. */
const scored = (values: { scores: Draft; note: string }) => ({
  scores: toScores(values.scores),
  note: values.note.trim() || undefined,
});

export function SheetPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const params = route.useParams();
  const unitId = Number(params.unitId);
  const year = Number(params.year);
  const sheetParams = { id: unitId, year };
  const sheetAnswer = useQuery({
    queryKey: keys.assessmentSheet(year),
    queryFn: () => api.assessments.sheet({ query: { year } }),
  });
  const filled = useQuery({
    queryKey: keys.assessment(unitId, year),
    queryFn: () => api.assessments.get({ params: sheetParams }),
  });
  const selfForm = useSchemaForm({
    schema: selfAssessmentBody,
    initialValues: { scores: {} as Draft, note: '' },
    toPayload: (values): z.input<typeof selfAssessmentBody> => ({ ...scored(values), submit: false }),
  });
  const reviewForm = useSchemaForm({
    schema: reviewAssessmentBody,
    initialValues: { scores: {} as Draft, note: '' },
    toPayload: scored,
  });
  const [modal, setModal] = useState<'submit' | 'review' | 'return' | null>(null);

  // The fields follow the saved sheet whenever the server answers anew (through a ref: the forms' own
  // functions change with every render).
  const forms = useRef({ selfForm, reviewForm });
  forms.current = { selfForm, reviewForm };
  useEffect(() => {
    const data = filled.data;
    const self = { scores: toDraft(data?.selfScores), note: data?.selfNote ?? '' };
    const review = { scores: toDraft(data?.reviewScores ?? data?.selfScores), note: data?.reviewNote ?? '' };
    forms.current.selfForm.setValues(self);
    forms.current.selfForm.resetDirty(self);
    forms.current.reviewForm.setValues(review);
    forms.current.reviewForm.resetDirty(review);
  }, [filled.data]);

  const refresh = async (result: FilledAssessment) => {
    queryClient.setQueryData(keys.assessment(unitId, year), result);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.assessments }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  };
  const save = useMutation({
    mutationFn: (body: z.input<typeof selfAssessmentBody>) =>
      api.assessments.save({ params: sheetParams, body }),
    onSuccess: async (result) => {
      await refresh(result);
      notifications.show({ color: 'green', message: t('assessment.saved') });
    },
    onError: (error) => showServerErrors(selfForm, error),
  });

  if (sheetAnswer.isPending || filled.isPending) return <Skeleton h={400} radius="md" />;
  if (sheetAnswer.isError || filled.isError) {
    return <ErrorAlert error={sheetAnswer.error ?? filled.error} testId="assessment-error" />;
  }

  const assessment = filled.data;
  const { can, sheet } = assessment;
  const thresholds = sheetAnswer.data.thresholds;
  // id 0: no sheet saved yet (the server answers an empty draft).
  const status = assessment.id === 0 ? null : assessment.status;
  const canReview = can.review || can.return;
  const showReview = canReview || assessment.reviewScores != null;
  const self = scoreDraft(sheet, selfForm.getValues().scores);
  const review = scoreDraft(sheet, reviewForm.getValues().scores);

  return (
    <Stack gap="md" data-testid="assessment-sheet" data-status={status ?? 'none'}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor
          size="sm"
          renderRoot={(rootProps) => (
            <Link
              {...rootProps}
              to="/assessments"
              search={{ unitId: assessment.parentUnitId ?? unitId, year }}
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
            {assessment.unitName}
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
          result={self.result}
          thresholds={thresholds}
          testId="self-tally"
          title={t('assessment.selfTotal')}
        />
        {showReview && (
          <Tally
            sheet={sheet}
            result={review.result}
            thresholds={thresholds}
            testId="review-tally"
            title={t('assessment.reviewTotal')}
          />
        )}
      </Group>

      <SheetSections
        sheet={sheet}
        self={{
          draft: selfForm.getValues().scores,
          result: self.result,
          editable: can.edit,
          onChange: (code, value) => selfForm.setFieldValue(`scores.${code}`, value),
          error: (code) => selfForm.errors[`scores.${code}`],
          testIdPrefix: 'self-score',
        }}
        review={
          showReview
            ? {
                draft: reviewForm.getValues().scores,
                result: review.result,
                editable: canReview,
                onChange: (code, value) => reviewForm.setFieldValue(`scores.${code}`, value),
                error: (code) => reviewForm.errors[`scores.${code}`],
                testIdPrefix: 'review-score',
              }
            : null
        }
      />

      {(can.edit || assessment.selfNote) && (
        <Textarea
          label={t('assessment.selfNote')}
          {...selfForm.getInputProps('note')}
          disabled={!can.edit}
          autosize
          minRows={2}
          maxLength={4000}
          data-testid="self-note"
        />
      )}
      {(canReview || assessment.reviewNote) && status !== 'draft' && (
        <Textarea
          label={t('assessment.reviewNote')}
          {...reviewForm.getInputProps('note')}
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

      {save.isError && <ErrorAlert error={save.error} testId="assessment-save-error" />}

      {(can.edit || canReview) && (
        <Group justify="flex-end" gap="sm" wrap="wrap">
          {can.edit && (
            <Button
              variant="default"
              onClick={selfForm.submitWith((body) => save.mutate(body))}
              loading={save.isPending}
              disabled={!self.ready}
              data-testid="assessment-save"
            >
              {t('assessment.saveDraft')}
            </Button>
          )}
          {can.submit && (
            <Button
              onClick={selfForm.submitWith(() => setModal('submit'))}
              disabled={!self.complete}
              data-testid="assessment-submit"
            >
              {t('assessment.submit')}
            </Button>
          )}
          {can.return && (
            <Button
              variant="default"
              color="orange"
              onClick={() => setModal('return')}
              data-testid="assessment-return"
            >
              {t('assessment.return')}
            </Button>
          )}
          {can.review && (
            <Button
              onClick={reviewForm.submitWith(() => setModal('review'))}
              disabled={!review.complete}
              data-testid="assessment-review"
            >
              {t('assessment.review')}
            </Button>
          )}
        </Group>
      )}
      {status === 'submitted' && !canReview && (
        <Text size="sm" c="dimmed" data-testid="assessment-awaiting">
          {t('assessment.awaitingReview')}
        </Text>
      )}

      {modal === 'submit' && (
        <StepModal
          title={t('assessment.submitTitle')}
          testId="assessment-submit-modal"
          onClose={() => setModal(null)}
          validate={() => self.complete}
          summary={() => t('assessment.submitSummary', { total: formatPoints(self.total, language), year })}
          submit={() =>
            api.assessments.save({
              params: sheetParams,
              body: { ...selfForm.getTransformedValues(), submit: true },
            })
          }
          onError={(error) => showServerErrors(selfForm, error)}
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
          validate={() => review.complete}
          summary={() =>
            t('assessment.reviewSummary', {
              total: formatPoints(review.total, language),
              grade: gradeLabel(t, gradeAssessment(review.total, thresholds)),
            })
          }
          submit={() =>
            api.assessments.review({ params: sheetParams, body: reviewForm.getTransformedValues() })
          }
          onError={(error) => showServerErrors(reviewForm, error)}
          done={t('assessment.reviewed')}
          onDone={(result) => void refresh(result)}
        >
          {() => <Text size="sm">{t('assessment.reviewIntro')}</Text>}
        </StepModal>
      )}
      {modal === 'return' && (
        <ReturnStepModal
          schema={returnAssessmentBody}
          field="note"
          title={t('assessment.returnTitle')}
          testId="assessment-return-modal"
          reasonTestId="assessment-return-note"
          label={t('assessment.returnNote')}
          summary={t('assessment.returnSummary')}
          submit={(body) => api.assessments.return({ params: sheetParams, body })}
          done={t('assessment.returned')}
          onClose={() => setModal(null)}
          onDone={(result) => void refresh(result)}
        />
      )}
    </Stack>
  );
}
