// Sending something back to the unit below with the reason (a returned report, an assessment returned for
// more work): a required reason, then the confirmation that repeats it.
import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { StepModal } from './StepModal.tsx';

export interface ReturnStepModalProps<T> {
  title: string;
  testId: string;
  /** data-testid of the reason's field */
  reasonTestId: string;
  label: string;
  requiredMessage: string;
  maxLength: number;
  summary: string;
  done: string;
  submit: (reason: string) => Promise<T>;
  onClose: () => void;
  onDone?: (result: T) => void;
}

export function ReturnStepModal<T>(props: ReturnStepModalProps<T>) {
  const [reason, setReason] = useState('');
  return (
    <StepModal
      title={props.title}
      testId={props.testId}
      onClose={props.onClose}
      validate={() => reason.trim().length > 0}
      summary={() => props.summary}
      details={() => <Text size="sm">{reason.trim()}</Text>}
      submit={() => props.submit(reason.trim())}
      done={props.done}
      onDone={props.onDone}
    >
      {(showErrors) => (
        <Textarea
          label={props.label}
          required
          autosize
          minRows={3}
          maxLength={props.maxLength}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={showErrors && !reason.trim() ? props.requiredMessage : undefined}
          data-testid={props.reasonTestId}
        />
      )}
    </StepModal>
  );
}
