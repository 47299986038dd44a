// The decision number of a membership change (admission, transfer, leaving, re-admission): its field, and the
// clause the confirmation adds when one was typed.
import { TextInput, type TextInputProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The optional decision number; the rest of the props are the form's (`form.getInputProps(...)`). */
export function DecisionNumberInput({ testId, ...props }: { testId: string } & TextInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      data-testid={testId}
      label={t('members.field.decisionNumber')}
      placeholder={t('members.decisionPlaceholder')}
      {...props}
    />
  );
}

/** The confirmation's sentence, followed by "under decision …" when a decision number was typed. */
export function withDecision(t: TFunction, sentence: string, decisionNumber: string): string {
  const decision = decisionNumber.trim();
  return decision ? `${sentence} ${t('members.transfer.confirmDecision', { decision })}` : sentence;
}
