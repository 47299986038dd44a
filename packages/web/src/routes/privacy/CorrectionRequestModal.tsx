// Recording a member's request to correct their record: who asked, which field, the value asked for (checked
// by the request's schema as the record would check it), the day it was received.
import {
  type CorrectableField,
  correctableField,
  correctionRequestBody,
  type MemberDetail,
  todayInVietnam,
} from '@congdoan/domain';
import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { fieldLabel } from './RegisterTab.tsx';

const NUMERIC: CorrectableField[] = ['salaryBasis', 'foreignContractMonths'];

/** The value as typed, as the field holds it: a number for the numeric fields, null when left empty. */
function requestedValueOf(field: CorrectableField | null, value: string): string | number | null {
  const text = value.trim();
  if (text === '') return null;
  return field && NUMERIC.includes(field) ? Number(text.replace(/[.,\s]/gu, '')) : text;
}

export function CorrectionRequestModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: correctionRequestBody,
    initialValues: {
      requestedBy: member.fullName,
      field: null as CorrectableField | null,
      requestedValue: '',
      receivedOn: todayInVietnam() as string | null,
      note: '',
    },
    toPayload: (values): Partial<z.input<typeof correctionRequestBody>> => ({
      requestedBy: values.requestedBy.trim(),
      field: values.field ?? undefined,
      requestedValue: requestedValueOf(values.field, values.requestedValue),
      receivedOn: values.receivedOn ?? undefined,
      note: values.note.trim() || undefined,
    }),
  });
  const { field, requestedValue, receivedOn } = form.getValues();

  return (
    <StepModal
      title={t('privacy.corrections.newTitle')}
      testId="correction-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('privacy.corrections.newConfirm', {
          name: member.fullName,
          field: field ? fieldLabel(t, field) : '',
          value: requestedValue.trim() || '—',
          date: formatDate(receivedOn),
        })
      }
      submit={() =>
        api.privacy.requestCorrection({
          params: { id: member.id },
          body: correctionRequestBody.parse(form.getTransformedValues()),
        })
      }
      done={t('privacy.corrections.recorded')}
    >
      {() => (
        <>
          <TextInput
            data-testid="correction-requested-by"
            label={t('privacy.corrections.requestedBy')}
            {...form.getInputProps('requestedBy')}
            withAsterisk
          />
          <Select
            data-testid="correction-field"
            label={t('privacy.corrections.field')}
            data={correctableField.options.map((option) => ({
              value: option,
              label: fieldLabel(t, option),
            }))}
            {...form.getInputProps('field')}
            searchable
            withAsterisk
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            data-testid="correction-value"
            label={t('privacy.corrections.requestedValue')}
            description={t('privacy.corrections.requestedValueHint')}
            {...form.getInputProps('requestedValue')}
          />
          <DateField
            testId="correction-received"
            label={t('privacy.corrections.received')}
            {...form.getInputProps('receivedOn')}
            withAsterisk
          />
          <Textarea
            data-testid="correction-note"
            label={t('privacy.corrections.note')}
            {...form.getInputProps('note')}
            autosize
          />
        </>
      )}
    </StepModal>
  );
}
