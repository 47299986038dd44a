// The holding side's two answers to a request, and the requesting side's sending of one: each a step modal
// that says in one sentence what will happen before it happens.
import type { IncomingMemberRequest } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { memberRequestsApi } from '../../api/memberRequests.ts';
import { formatDate } from '../../components/format.ts';
import { memberStatusLabel } from '../../components/memberLabels.ts';
import { ReturnStepModal } from '../../components/ReturnStepModal.tsx';
import { StepModal } from '../../components/StepModal.tsx';

interface DecisionProps {
  request: IncomingMemberRequest;
  onClose: () => void;
}

/** Approving re-admits a former member, or transfers an active one, into the requesting unit. */
export function ApproveRequestModal({ request, onClose }: DecisionProps) {
  const { t } = useTranslation();
  const { member } = request;
  const values = {
    name: member.fullName,
    status: memberStatusLabel(t, member.status).toLowerCase(),
    from: member.unit.name,
    to: request.targetUnit.name,
    date: formatDate(request.effectiveDate),
    requester: request.requestingUnit.name,
  };
  return (
    <StepModal
      title={t('members.requests.approveTitle')}
      testId="request-approve-modal"
      onClose={onClose}
      initialStep="confirm"
      validate={() => true}
      summary={() =>
        t(
          member.status === 'active' ? 'members.requests.approveTransfer' : 'members.requests.approveReadmit',
          values,
        )
      }
      submit={() => memberRequestsApi.approve(request.id)}
      done={t('members.requests.approved', { name: member.fullName, to: request.targetUnit.name })}
    >
      {() => null}
    </StepModal>
  );
}

export function RefuseRequestModal({ request, onClose }: DecisionProps) {
  const { t } = useTranslation();
  return (
    <ReturnStepModal
      title={t('members.requests.refuseTitle')}
      testId="request-refuse-modal"
      reasonTestId="request-refuse-reason"
      label={t('members.requests.refuseReason')}
      requiredMessage={t('common.required')}
      maxLength={500}
      summary={t('members.requests.refuseSummary', {
        name: request.member.fullName,
        to: request.targetUnit.name,
      })}
      done={t('members.requests.refused')}
      submit={(reason) => memberRequestsApi.refuse(request.id, reason)}
      onClose={onClose}
    />
  );
}

interface SendProps {
  nationalId: string;
  unit: { id: number; name: string };
  effectiveDate: string;
  decisionNumber: string;
  onClose: () => void;
  onDone: () => void;
}

/** From the admission form: the national ID, unit, date and decision typed there, and a reason. */
export function SendRequestModal({
  nationalId,
  unit,
  effectiveDate,
  decisionNumber,
  onClose,
  onDone,
}: SendProps) {
  const { t } = useTranslation();
  return (
    <ReturnStepModal
      title={t('members.requests.sendTitle')}
      testId="request-send-modal"
      reasonTestId="request-send-reason"
      label={t('members.requests.sendReason')}
      requiredMessage={t('common.required')}
      maxLength={500}
      summary={t('members.requests.sendSummary', {
        nationalId,
        unit: unit.name,
        date: formatDate(effectiveDate),
      })}
      done={t('members.requests.sent')}
      submit={(reason) =>
        memberRequestsApi.send({
          nationalId,
          unitId: unit.id,
          effectiveDate,
          reason,
          decisionNumber: decisionNumber.trim() || undefined,
        })
      }
      onClose={onClose}
      onDone={onDone}
    />
  );
}
