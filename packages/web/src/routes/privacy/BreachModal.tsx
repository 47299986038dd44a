// Recording a personal-data breach, or updating it as it is handled: when it was discovered, what data and
// how many people, which units, the measures taken, and whom was notified when.
import { type Breach, breachBody } from '@congdoan/domain';
import { NumberInput, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDateTime } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitMultiSearchSelect } from '../../components/UnitSearchSelect.tsx';

/** An instant as the datetime-local input shows it, in the browser's time zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
const toInstant = (local: string): string | null => (local ? new Date(local).toISOString() : null);

/** The fields, named as the breach's schema names what they send, so its errors land under them. */
function valuesOf(breach: Breach | null) {
  // The units the breach names, as the unit picker holds them (their code and type are not needed here).
  const units: PickedUnit[] =
    breach?.units.map((unit) => ({ ...unit, code: '', type: 'grassroots' as const })) ?? [];
  return {
    discoveredAt: toLocalInput(breach?.discoveredAt ?? new Date().toISOString()),
    description: breach?.description ?? '',
    dataCategories: breach?.dataCategories ?? [],
    peopleAffected: (breach?.peopleAffected ?? '') as number | string,
    units,
    measures: breach?.measures ?? '',
    authorityNotifiedAt: toLocalInput(breach?.authorityNotifiedAt ?? null),
    subjectsNotifiedAt: toLocalInput(breach?.subjectsNotifiedAt ?? null),
    notifiedParties: breach?.notifiedParties ?? '',
  };
}
type BreachValues = ReturnType<typeof valuesOf>;

function payloadOf(values: BreachValues): Partial<z.input<typeof breachBody>> {
  return {
    discoveredAt: toInstant(values.discoveredAt) ?? undefined,
    description: values.description.trim(),
    dataCategories: values.dataCategories,
    peopleAffected: values.peopleAffected === '' ? undefined : Number(values.peopleAffected),
    unitIds: values.units.map((unit) => unit.id),
    measures: values.measures.trim(),
    authorityNotifiedAt: toInstant(values.authorityNotifiedAt),
    subjectsNotifiedAt: toInstant(values.subjectsNotifiedAt),
    notifiedParties: values.notifiedParties.trim(),
  };
}

export function BreachModal({ breach, onClose }: { breach: Breach | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm({ schema: breachBody, initialValues: valuesOf(breach), toPayload: payloadOf });
  const { discoveredAt, peopleAffected, units } = form.getValues();
  const save = () => {
    const body = breachBody.parse(form.getTransformedValues());
    return breach
      ? api.privacy.updateBreach({ params: { id: breach.id }, body })
      : api.privacy.recordBreach({ body });
  };

  return (
    <StepModal
      title={t(breach ? 'privacy.breaches.editTitle' : 'privacy.breaches.newTitle')}
      testId="breach-modal"
      onClose={onClose}
      form={form}
      summary={() =>
        t('privacy.breaches.confirm', {
          when: formatDateTime(toInstant(discoveredAt)),
          count: Number(peopleAffected),
        })
      }
      submit={save}
      done={t('privacy.breaches.saved')}
    >
      {() => (
        <>
          <TextInput
            type="datetime-local"
            data-testid="breach-discovered"
            label={t('privacy.breaches.discoveredAt')}
            {...form.getInputProps('discoveredAt')}
            withAsterisk
          />
          <Textarea
            data-testid="breach-description"
            label={t('privacy.breaches.description')}
            {...form.getInputProps('description')}
            withAsterisk
            autosize
            minRows={2}
          />
          <TagsInput
            data-testid="breach-categories"
            label={t('privacy.breaches.categories')}
            description={t('privacy.breaches.categoriesHint')}
            {...form.getInputProps('dataCategories')}
            withAsterisk
          />
          <NumberInput
            data-testid="breach-people"
            label={t('privacy.breaches.people')}
            {...form.getInputProps('peopleAffected')}
            min={0}
            allowDecimal={false}
            withAsterisk
          />
          <UnitMultiSearchSelect
            testId="breach-units"
            label={t('privacy.breaches.units')}
            value={units}
            onChange={(picked) => form.setFieldValue('units', picked)}
          />
          <Textarea
            data-testid="breach-measures"
            label={t('privacy.breaches.measures')}
            {...form.getInputProps('measures')}
            autosize
            minRows={2}
          />
          <TextInput
            type="datetime-local"
            data-testid="breach-authority-at"
            label={t('privacy.breaches.authorityNotifiedAt')}
            description={t('privacy.breaches.authorityHint')}
            {...form.getInputProps('authorityNotifiedAt')}
          />
          <TextInput
            type="datetime-local"
            data-testid="breach-subjects-at"
            label={t('privacy.breaches.subjectsNotifiedAt')}
            {...form.getInputProps('subjectsNotifiedAt')}
          />
          <Textarea
            data-testid="breach-parties"
            label={t('privacy.breaches.notifiedParties')}
            {...form.getInputProps('notifiedParties')}
            autosize
            minRows={2}
          />
        </>
      )}
    </StepModal>
  );
}
