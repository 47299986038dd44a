// Recording a member's request to correct their record: who asked, which field, the value asked for (checked
// as the record would check it), the day it was received.
import { type CorrectableField, correctableField, type MemberDetail, todayInVietnam } from '@congdoan/domain';
import { Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyApi } from '../../api/privacy.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { fieldLabel } from './RegisterTab.tsx';

const NUMERIC: CorrectableField[] = ['salaryBasis', 'foreignContractMonths'];

export function CorrectionRequestModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [requestedBy, setRequestedBy] = useState(member.fullName);
  const [field, setField] = useState<CorrectableField | null>(null);
  const [value, setValue] = useState('');
  const [receivedOn, setReceivedOn] = useState<string | null>(todayInVietnam());
  const [note, setNote] = useState('');
  const requestedValue = () => {
    const text = value.trim();
    if (text === '') return null;
    return field && NUMERIC.includes(field) ? Number(text.replace(/[.,\s]/gu, '')) : text;
  };

  return (
    <StepModal
      title={t('privacy.corrections.newTitle')}
      testId="correction-modal"
      onClose={onClose}
      validate={() => Boolean(requestedBy.trim() && field && receivedOn)}
      summary={() =>
        t('privacy.corrections.newConfirm', {
          name: member.fullName,
          field: field ? fieldLabel(t, field) : '',
          value: value.trim() || '—',
          date: formatDate(receivedOn),
        })
      }
      submit={() =>
        privacyApi.requestCorrection(member.id, {
          requestedBy: requestedBy.trim(),
          field: field!,
          requestedValue: requestedValue(),
          receivedOn: receivedOn!,
          note: note.trim() || undefined,
        })
      }
      done={t('privacy.corrections.recorded')}
    >
      {(showErrors) => {
        const required = (empty: boolean) => (showErrors && empty ? t('common.required') : undefined);
        return (
          <>
            <TextInput
              data-testid="correction-requested-by"
              label={t('privacy.corrections.requestedBy')}
              value={requestedBy}
              onChange={(event) => setRequestedBy(event.currentTarget.value)}
              error={required(!requestedBy.trim())}
              withAsterisk
            />
            <Select
              data-testid="correction-field"
              label={t('privacy.corrections.field')}
              data={correctableField.options.map((option) => ({
                value: option,
                label: fieldLabel(t, option),
              }))}
              value={field}
              onChange={(next) => setField(next as CorrectableField | null)}
              error={required(!field)}
              searchable
              withAsterisk
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              data-testid="correction-value"
              label={t('privacy.corrections.requestedValue')}
              description={t('privacy.corrections.requestedValueHint')}
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
            />
            <DateField
              testId="correction-received"
              label={t('privacy.corrections.received')}
              value={receivedOn}
              onChange={setReceivedOn}
              error={required(!receivedOn)}
              withAsterisk
            />
            <Textarea
              data-testid="correction-note"
              label={t('privacy.corrections.note')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
            />
          </>
        );
      }}
    </StepModal>
  );
}
