// Opening a unit's congress of a cycle (status planned), under the plan that applies to it for that cycle.
// The cycle is checked by the domain schema of the request.
import { type Congress, createCongressBody } from '@congdoan/domain';
import { Autocomplete, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { formatCycle } from './labels.ts';

export function CreateCongressModal({
  unit,
  onClose,
  onDone,
}: {
  unit: { id: number; name: string };
  onClose: () => void;
  onDone: (congress: Congress) => void;
}) {
  const { t } = useTranslation();
  const plans = useQuery({
    queryKey: keys.congressPlans(unit.id),
    queryFn: () => api.congresses.plans({ query: { unitId: unit.id } }),
  });
  const cycles = [...new Set((plans.data ?? []).map((plan) => plan.cycle))].sort().reverse();
  // An empty field means the latest cycle a plan applies to.
  const cycleOf = (typed: string) => typed || cycles[0] || '';
  const planOf = (cycle: string) => plans.data?.find((item) => item.cycle === cycle);
  const form = useSchemaForm({
    schema: createCongressBody,
    initialValues: { cycle: '' },
    toPayload: (values) => {
      const cycle = cycleOf(values.cycle);
      return { unitId: unit.id, cycle, planId: planOf(cycle)?.id };
    },
  });
  const { cycle } = form.getTransformedValues();
  const plan = planOf(cycle);

  return (
    <StepModal
      title={t('congress.unit.create')}
      testId="congress-create-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t(plan ? 'congress.unit.createConfirmPlan' : 'congress.unit.createConfirm', {
          unit: unit.name,
          cycle: formatCycle(cycle),
          plan: plan?.title ?? '',
        })
      }
      submit={() => api.congresses.create({ body: form.getTransformedValues() })}
      done={t('congress.unit.created')}
      onDone={onDone}
      size="md"
    >
      {() => (
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
            {...form.getInputProps('cycle')}
            onChange={(value) => form.setFieldValue('cycle', value.trim())}
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
