// Opening a unit's congress of a cycle (status planned), under the plan that applies to it for that cycle.
import { type Congress, congressCycle, type OrgUnitDetail } from '@congdoan/domain';
import { Autocomplete, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { congressesApi } from '../../api/congresses.ts';
import { keys } from '../../api/keys.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { formatCycle } from './labels.ts';

export function CreateCongressModal({
  unit,
  onClose,
  onDone,
}: {
  unit: OrgUnitDetail;
  onClose: () => void;
  onDone: (congress: Congress) => void;
}) {
  const { t } = useTranslation();
  const plans = useQuery({
    queryKey: keys.congressPlans(unit.id),
    queryFn: () => congressesApi.plans({ unitId: unit.id }),
  });
  const cycles = [...new Set((plans.data ?? []).map((plan) => plan.cycle))].sort().reverse();
  const [cycle, setCycle] = useState('');
  const effectiveCycle = cycle || cycles[0] || '';
  const valid = congressCycle.safeParse(effectiveCycle).success;
  const plan = plans.data?.find((item) => item.cycle === effectiveCycle);

  return (
    <StepModal
      title={t('congress.unit.create')}
      testId="congress-create-modal"
      onClose={onClose}
      validate={() => valid}
      summary={() =>
        t(plan ? 'congress.unit.createConfirmPlan' : 'congress.unit.createConfirm', {
          unit: unit.name,
          cycle: formatCycle(effectiveCycle),
          plan: plan?.title ?? '',
        })
      }
      submit={() => congressesApi.create({ unitId: unit.id, cycle: effectiveCycle, planId: plan?.id })}
      done={t('congress.unit.created')}
      onDone={onDone}
      size="md"
    >
      {(showErrors) => (
        <>
          <Text size="sm" c="dimmed">
            {unit.name}
          </Text>
          <Autocomplete
            data-testid="congress-create-cycle"
            label={t('congress.cycle')}
            description={t('congress.cycleHint')}
            placeholder={cycles[0] ?? t('congress.cyclePlaceholder')}
            data={cycles}
            value={cycle}
            onChange={(value) => setCycle(value.trim())}
            error={showErrors && !valid ? t('congress.cycleInvalid') : undefined}
            comboboxProps={{ withinPortal: true }}
            withAsterisk
          />
          {plan && (
            <Text size="sm" data-testid="congress-create-plan">
              {t('congress.unit.underPlan', { plan: plan.title, unit: plan.issuer.name })}
            </Text>
          )}
        </>
      )}
    </StepModal>
  );
}
