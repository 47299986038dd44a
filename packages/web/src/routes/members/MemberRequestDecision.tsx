// The holding side's two answers to a request, and the requesting side's sending of one: each a step modal
// that says in one sentence what will happen before it happens; the reasons checked by the requests' schemas.
import {
  createMemberRequestBody,
  type IncomingMemberRequest,
  refuseMemberRequestBody,
} from '@congdoan/domain';
import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { memberStatusLabel } from '../../components/memberLabels.ts';
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
      summary={() =>
        t(
          member.status === 'active' ? 'members.requests.approveTransfer' : 'members.requests.approveReadmit',
          values,
        )
      }
      submit={() => api.memberRequests.approve({ params: { id: request.id } })}
      done={t('members.requests.approved', { name: member.fullName, to: request.targetUnit.name })}
    >
      {() => null}
    </StepModal>
  );
}

export function RefuseRequestModal({ request, onClose }: DecisionProps) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: refuseMemberRequestBody,
    initialValues: { reason: '' },
    toPayload: (values) => ({ reason: values.reason.trim() }),
  });
  return (
    <StepModal
      title={t('members.requests.refuseTitle')}
      testId="request-refuse-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('members.requests.refuseSummary', { name: request.member.fullName, to: request.targetUnit.name })
      }
      details={() => <Text size="sm">{form.getTransformedValues().reason}</Text>}
      submit={() =>
        api.memberRequests.refuse({ params: { id: request.id }, body: form.getTransformedValues() })
      }
      done={t('members.requests.refused')}
    >
      {() => (
        <Textarea
          label={t('members.requests.refuseReason')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('reason')}
          data-testid="request-refuse-reason"
        />
      )}
    </StepModal>
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
  const form = useSchemaForm({
    schema: createMemberRequestBody,
    initialValues: { reason: '' },
    toPayload: (values): z.input<typeof createMemberRequestBody> => ({
      nationalId,
      unitId: unit.id,
      effectiveDate,
      reason: values.reason.trim(),
      decisionNumber: decisionNumber.trim() || undefined,
    }),
  });
  return (
    <StepModal
      title={t('members.requests.sendTitle')}
      testId="request-send-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('members.requests.sendSummary', { nationalId, unit: unit.name, date: formatDate(effectiveDate) })
      }
      details={() => <Text size="sm">{form.getTransformedValues().reason}</Text>}
      submit={() => api.memberRequests.send({ body: form.getTransformedValues() })}
      done={t('members.requests.sent')}
      onDone={onDone}
    >
      {() => (
        <Textarea
          label={t('members.requests.sendReason')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('reason')}
          data-testid="request-send-reason"
        />
      )}
    </StepModal>
  );
}
