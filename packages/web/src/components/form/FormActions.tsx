// The foot of a form in a modal: the save's refusal in words, then Cancel and Save.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert.tsx';

export interface FormActionsProps {
  /** The save's error: a mutation's `error`, null until the save fails. */
  error: unknown;
  errorTestId: string;
  /** Words for the refusal other than the server's message and details. */
  errorText?: ReactNode;
  pending: boolean;
  onCancel: () => void;
  /** The Save click; without it Save submits the form the actions stand in. */
  onSave?: () => void;
  saveTestId: string;
}

export function FormActions(props: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {props.error ? (
        <ErrorAlert error={props.error} testId={props.errorTestId}>
          {props.errorText}
        </ErrorAlert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          type={props.onSave ? 'button' : 'submit'}
          loading={props.pending}
          onClick={props.onSave}
          data-testid={props.saveTestId}
        >
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
