// The workflow steps of a unit's report, each confirmed before it is sent: submitting to the level above
// (with what is on the screen saved first), and there approving it or returning it with a comment.
import { returnReportBody, type UnitReport } from '@congdoan/domain';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ReturnStepModal } from '../../components/ReturnStepModal.tsx';
import { StepModal } from '../../components/StepModal.tsx';

export type ReportStep = 'submit' | 'approve' | 'return';

export function ReportModals(props: {
  step: ReportStep;
  report: UnitReport;
  periodName: string;
  /** Saves unsaved changes before a submission, so what is on the screen is what goes up. */
  saveFirst: () => Promise<unknown>;
  onClose: () => void;
  onDone: (result: UnitReport) => void;
}) {
  const { t } = useTranslation();
  const { report } = props;
  const params = { id: report.periodId, unitId: report.unit.id };
  if (props.step === 'submit') {
    return (
      <StepModal
        title={t('reports.unit.submitTitle')}
        testId="unit-report-submit-modal"
        onClose={props.onClose}
        summary={() =>
          t('reports.unit.submitSummary', { unit: report.unit.name, reviewer: report.reviewer?.name ?? '' })
        }
        submit={async () => {
          await props.saveFirst();
          return api.reports.submitReport({ params });
        }}
        done={t('reports.unit.submitted')}
        onDone={props.onDone}
      >
        {() => <Text size="sm">{t('reports.unit.submitIntro')}</Text>}
      </StepModal>
    );
  }
  if (props.step === 'approve') {
    return (
      <StepModal
        title={t('reports.unit.approveTitle')}
        testId="unit-report-approve-modal"
        onClose={props.onClose}
        summary={() => t('reports.unit.approveSummary', { unit: report.unit.name, period: props.periodName })}
        submit={() => api.reports.approveReport({ params })}
        done={t('reports.unit.approved')}
        onDone={props.onDone}
      >
        {() => <Text size="sm">{t('reports.unit.approveIntro')}</Text>}
      </StepModal>
    );
  }
  return (
    <ReturnStepModal
      schema={returnReportBody}
      field="comment"
      title={t('reports.unit.returnTitle')}
      testId="unit-report-return-modal"
      reasonTestId="unit-report-return-comment"
      label={t('reports.unit.returnComment')}
      summary={t('reports.unit.returnSummary', { unit: report.unit.name })}
      submit={(body) => api.reports.returnReport({ params, body })}
      done={t('reports.unit.returned')}
      onClose={props.onClose}
      onDone={props.onDone}
    />
  );
}
