// The smaller steps of a congress: scheduling it (date, place), the superior's recognition, and the superior
// shifting the term's end to align the cycle. Each form is checked by its domain schema, and the server's
// field errors come back under the fields.
import {
  type Congress,
  type RecogniseCongressBody,
  recogniseCongressBody,
  type SetTermBody,
  scheduleCongressBody,
  setTermBody,
  todayInVietnam,
} from '@congdoan/domain';
import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import type { Draft } from './draft.ts';
import { formatCycle } from './labels.ts';

interface Props {
  congress: Congress;
  onClose: () => void;
}

/** An optional text as sent: left out when blank. */
const optional = (text: string) => text.trim() || undefined;

export function ScheduleModal({ congress, onClose }: Props) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: scheduleCongressBody,
    initialValues: { scheduledOn: congress.scheduledOn, place: congress.place ?? '' },
    toPayload: (values) => ({ scheduledOn: values.scheduledOn ?? undefined, place: values.place.trim() }),
  });
  const values = form.getValues();
  return (
    <StepModal
      title={t('congress.schedule.title')}
      testId="schedule-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('congress.schedule.confirm', {
          unit: congress.unit.name,
          date: formatDate(values.scheduledOn),
          place: values.place.trim(),
        })
      }
      submit={() =>
        api.congresses.update({
          params: { id: congress.id },
          body: scheduleCongressBody.parse(form.getTransformedValues()),
        })
      }
      done={t('congress.schedule.done')}
      size="md"
    >
      {() => (
        <>
          <DateField
            testId="schedule-date"
            label={t('congress.scheduledOn')}
            {...form.getInputProps('scheduledOn')}
            withAsterisk
          />
          <TextInput
            data-testid="schedule-place"
            label={t('congress.place')}
            placeholder={t('congress.placePlaceholder')}
            {...form.getInputProps('place')}
            withAsterisk
          />
        </>
      )}
    </StepModal>
  );
}

export function RecogniseModal({ congress, onClose }: Props) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: recogniseCongressBody,
    initialValues: { recognisedOn: todayInVietnam() as string | null, decisionNumber: '' },
    toPayload: (values): Draft<RecogniseCongressBody, 'recognisedOn'> => ({
      recognisedOn: values.recognisedOn ?? undefined,
      decisionNumber: optional(values.decisionNumber),
    }),
  });
  const values = form.getValues();
  return (
    <StepModal
      title={t('congress.recognise.title')}
      testId="recognise-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('congress.recognise.confirm', {
          unit: congress.unit.name,
          cycle: formatCycle(congress.cycle),
          date: formatDate(values.recognisedOn),
        }) + (values.decisionNumber.trim() ? ` (${values.decisionNumber.trim()})` : '')
      }
      submit={() =>
        api.congresses.recognise({
          params: { id: congress.id },
          body: recogniseCongressBody.parse(form.getTransformedValues()),
        })
      }
      done={t('congress.recognise.done')}
      size="md"
    >
      {() => (
        <>
          <DateField
            testId="recognise-date"
            label={t('congress.recognisedOn')}
            {...form.getInputProps('recognisedOn')}
            withAsterisk
          />
          <TextInput
            data-testid="recognise-decision"
            label={t('form.documentNumber')}
            placeholder={t('form.documentNumberPlaceholder')}
            {...form.getInputProps('decisionNumber')}
          />
        </>
      )}
    </StepModal>
  );
}

export function TermModal({ congress, onClose }: Props) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: setTermBody,
    initialValues: { endsOn: congress.term?.endsOn ?? null, decisionNumber: '', reason: '' },
    toPayload: (values): Draft<SetTermBody, 'endsOn'> => ({
      endsOn: values.endsOn ?? undefined,
      decisionNumber: optional(values.decisionNumber),
      reason: optional(values.reason),
    }),
  });
  const values = form.getValues();
  return (
    <StepModal
      title={t('congress.term.shiftTitle')}
      testId="term-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('congress.term.shiftConfirm', {
          unit: congress.unit.name,
          from: formatDate(congress.term?.endsOn),
          to: formatDate(values.endsOn),
        })
      }
      submit={() =>
        api.congresses.setTerm({
          params: { id: congress.id },
          body: setTermBody.parse(form.getTransformedValues()),
        })
      }
      done={t('congress.term.shiftDone')}
      size="md"
    >
      {() => (
        <>
          <Text size="sm" c="dimmed">
            {t('congress.term.shiftHint')}
          </Text>
          <DateField
            testId="term-ends-on"
            label={t('congress.term.endsOn')}
            {...form.getInputProps('endsOn')}
            withAsterisk
          />
          <TextInput
            data-testid="term-decision"
            label={t('form.documentNumber')}
            placeholder={t('form.documentNumberPlaceholder')}
            {...form.getInputProps('decisionNumber')}
          />
          <TextInput data-testid="term-reason" label={t('form.reason')} {...form.getInputProps('reason')} />
        </>
      )}
    </StepModal>
  );
}
