// The smaller steps of a congress: scheduling it (date, place), the superior's recognition, and the superior
// shifting the term's end to align the cycle.
import { type Congress, todayInVietnam } from '@congdoan/domain';
import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { congressesApi } from '../../api/congresses.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { formatCycle } from './labels.ts';

interface Props {
  congress: Congress;
  onClose: () => void;
}

export function ScheduleModal({ congress, onClose }: Props) {
  const { t } = useTranslation();
  const [scheduledOn, setScheduledOn] = useState<string | null>(congress.scheduledOn);
  const [place, setPlace] = useState(congress.place ?? '');
  return (
    <StepModal
      title={t('congress.schedule.title')}
      testId="schedule-modal"
      onClose={onClose}
      validate={() => Boolean(scheduledOn && place.trim())}
      summary={() =>
        t('congress.schedule.confirm', {
          unit: congress.unit.name,
          date: formatDate(scheduledOn),
          place: place.trim(),
        })
      }
      submit={() => congressesApi.update(congress.id, { scheduledOn, place: place.trim() })}
      done={t('congress.schedule.done')}
      size="md"
    >
      {(showErrors) => (
        <>
          <DateField
            testId="schedule-date"
            label={t('congress.scheduledOn')}
            value={scheduledOn}
            onChange={setScheduledOn}
            error={showErrors && !scheduledOn ? t('common.required') : undefined}
            withAsterisk
          />
          <TextInput
            data-testid="schedule-place"
            label={t('congress.place')}
            placeholder={t('congress.placePlaceholder')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={showErrors && !place.trim() ? t('common.required') : undefined}
            withAsterisk
          />
        </>
      )}
    </StepModal>
  );
}

export function RecogniseModal({ congress, onClose }: Props) {
  const { t } = useTranslation();
  const [recognisedOn, setRecognisedOn] = useState<string | null>(todayInVietnam());
  const [decision, setDecision] = useState('');
  return (
    <StepModal
      title={t('congress.recognise.title')}
      testId="recognise-modal"
      onClose={onClose}
      validate={() => Boolean(recognisedOn)}
      summary={() =>
        t('congress.recognise.confirm', {
          unit: congress.unit.name,
          cycle: formatCycle(congress.cycle),
          date: formatDate(recognisedOn),
        }) + (decision.trim() ? ` (${decision.trim()})` : '')
      }
      submit={() =>
        congressesApi.recognise(congress.id, {
          recognisedOn: recognisedOn!,
          decisionNumber: decision.trim() || undefined,
        })
      }
      done={t('congress.recognise.done')}
      size="md"
    >
      {(showErrors) => (
        <>
          <DateField
            testId="recognise-date"
            label={t('congress.recognisedOn')}
            value={recognisedOn}
            onChange={setRecognisedOn}
            error={showErrors && !recognisedOn ? t('common.required') : undefined}
            withAsterisk
          />
          <TextInput
            data-testid="recognise-decision"
            label={t('form.documentNumber')}
            placeholder={t('form.documentNumberPlaceholder')}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value)}
          />
        </>
      )}
    </StepModal>
  );
}

export function TermModal({ congress, onClose }: Props) {
  const { t } = useTranslation();
  const [endsOn, setEndsOn] = useState<string | null>(congress.term?.endsOn ?? null);
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  return (
    <StepModal
      title={t('congress.term.shiftTitle')}
      testId="term-modal"
      onClose={onClose}
      validate={() => Boolean(endsOn)}
      summary={() =>
        t('congress.term.shiftConfirm', {
          unit: congress.unit.name,
          from: formatDate(congress.term?.endsOn),
          to: formatDate(endsOn),
        })
      }
      submit={() =>
        congressesApi.setTerm(congress.id, {
          endsOn: endsOn!,
          decisionNumber: decision.trim() || undefined,
          reason: reason.trim() || undefined,
        })
      }
      done={t('congress.term.shiftDone')}
      size="md"
    >
      {(showErrors) => (
        <>
          <Text size="sm" c="dimmed">
            {t('congress.term.shiftHint')}
          </Text>
          <DateField
            testId="term-ends-on"
            label={t('congress.term.endsOn')}
            value={endsOn}
            onChange={setEndsOn}
            error={showErrors && !endsOn ? t('common.required') : undefined}
            withAsterisk
          />
          <TextInput
            data-testid="term-decision"
            label={t('form.documentNumber')}
            placeholder={t('form.documentNumberPlaceholder')}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value)}
          />
          <TextInput
            data-testid="term-reason"
            label={t('form.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        </>
      )}
    </StepModal>
  );
}
