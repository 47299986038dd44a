// The congress's way from planned to recognised, as steps with the date of each one reached.
import { CONGRESS_STATUSES, type Congress } from '@congdoan/domain';
import { Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { congressStatusLabel } from './labels.ts';

export function CongressSteps({ congress }: { congress: Congress }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  const reached = CONGRESS_STATUSES.indexOf(congress.status);
  const dates = {
    planned: '',
    scheduled: formatDate(congress.scheduledOn),
    held: formatDate(congress.heldOn),
    recognised: formatDate(congress.recognisedOn),
  };
  return (
    <div data-testid="congress-status" data-status={congress.status}>
      <Stepper
        active={reached + 1}
        size="sm"
        orientation={wide ? 'horizontal' : 'vertical'}
        allowNextStepsSelect={false}
      >
        {CONGRESS_STATUSES.map((status) => (
          <Stepper.Step
            key={status}
            label={congressStatusLabel(t, status)}
            description={dates[status] || undefined}
            data-testid={`congress-step-${status}`}
          />
        ))}
      </Stepper>
    </div>
  );
}
