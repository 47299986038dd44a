// Correction requests with their trail (who asked, what, old → asked for, received, decided), and the accept /
// refuse step of those the row's can lets the caller decide. Used on the personal-data page and a member's page.
import { type CorrectionRow, correctionDecisionBody } from '@congdoan/domain';
import { Badge, Button, Group, Table, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { MemberLink } from '../../components/MemberLink.tsx';
import { StepModal } from '../../components/StepModal.tsx';
import { fieldLabel } from './RegisterTab.tsx';

const STATUS_COLORS = { pending: 'yellow', accepted: 'green', refused: 'gray' } as const;

function valueText(t: TFunction, request: CorrectionRow, value: string | number | null): string {
  if (request.valuesHidden) return t('privacy.hidden');
  return value === null || value === '' ? '—' : String(value);
}

function DecideModal({
  request,
  decision,
  onClose,
}: {
  request: CorrectionRow;
  decision: 'accept' | 'refuse';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: correctionDecisionBody,
    initialValues: { reason: '' },
    toPayload: (values): z.input<typeof correctionDecisionBody> =>
      decision === 'accept' ? { decision } : { decision, reason: values.reason.trim() },
  });
  const params = {
    name: request.memberName,
    field: fieldLabel(t, request.field),
    value: valueText(t, request, request.requestedValue),
  };
  return (
    <StepModal
      title={t(`privacy.corrections.${decision}Title`)}
      testId="correction-decide-modal"
      onClose={onClose}
      danger={decision === 'refuse'}
      form={form}
      summary={() => t(`privacy.corrections.${decision}Confirm`, params)}
      submit={() =>
        api.privacy.decideCorrection({ params: { id: request.id }, body: form.getTransformedValues() })
      }
      done={t(`privacy.corrections.${decision}Done`)}
    >
      {() =>
        decision === 'refuse' ? (
          <Textarea
            data-testid="correction-refusal-reason"
            label={t('privacy.corrections.reason')}
            {...form.getInputProps('reason')}
            withAsterisk
            autosize
            minRows={2}
          />
        ) : (
          <Text size="sm">{t('privacy.corrections.acceptHint')}</Text>
        )
      }
    </StepModal>
  );
}

export function CorrectionsTable({
  requests,
  showMember = true,
}: {
  requests: CorrectionRow[];
  showMember?: boolean;
}) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<{
    request: CorrectionRow;
    decision: 'accept' | 'refuse';
  } | null>(null);
  if (requests.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="corrections-empty">
        {t('privacy.corrections.empty')}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="corrections-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.corrections.received')}</Table.Th>
              {showMember && <Table.Th>{t('privacy.corrections.member')}</Table.Th>}
              <Table.Th>{t('privacy.corrections.change')}</Table.Th>
              <Table.Th>{t('privacy.corrections.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id} data-testid="correction-row">
                <Table.Td>
                  <Text size="sm">{formatDate(request.receivedOn)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('privacy.corrections.askedBy', { name: request.requestedBy })}
                  </Text>
                </Table.Td>
                {showMember && (
                  <Table.Td>
                    <MemberLink memberId={request.memberId} size="sm">
                      {request.memberName}
                    </MemberLink>
                    <Text size="xs" c="dimmed">
                      {request.unitName ?? ''}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {fieldLabel(t, request.field)}
                  </Text>
                  <Text size="sm" data-testid="correction-values">
                    {valueText(t, request, request.oldValue)} →{' '}
                    {valueText(t, request, request.requestedValue)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={STATUS_COLORS[request.status]}
                    variant="light"
                    data-testid="correction-status"
                  >
                    {t(`privacy.corrections.statuses.${request.status}`)}
                  </Badge>
                  {request.decidedAt && (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(request.decidedAt)} · {request.decidedBy}
                    </Text>
                  )}
                  {request.refusalReason && <Text size="xs">{request.refusalReason}</Text>}
                  {request.can.decide && (
                    <Group gap={4} mt={4}>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="green"
                        onClick={() => setDeciding({ request, decision: 'accept' })}
                        data-testid="correction-accept"
                      >
                        {t('privacy.corrections.accept')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        onClick={() => setDeciding({ request, decision: 'refuse' })}
                        data-testid="correction-refuse"
                      >
                        {t('privacy.corrections.refuse')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deciding && <DecideModal {...deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
