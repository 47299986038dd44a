// Merge: other units into this one, this unit into another (sáp nhập), or this and others into a new unit
// (hợp nhất). The merged units end; the receiving unit goes on.
import { mergeUnitsBody } from '@congdoan/domain';
import { SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate, joinNames } from '../../../components/format.ts';
import {
  type PickedUnit,
  UnitMultiSearchSelect,
  UnitSearchSelect,
} from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { type ActionProps, parentOf, useOwnMemberCount, useShowEvent } from './common.ts';
import { EventModal, eventPayload, eventValues } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

type Mode = 'into' | 'away' | 'consolidate';

export function MergeUnitsModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const parent = parentOf(unit);
  const types = useUnitTypes();
  const form = useSchemaForm({
    schema: mergeUnitsBody,
    initialValues: {
      ...eventValues(asOf),
      mode: 'into' as Mode,
      sources: [] as PickedUnit[],
      target: null as PickedUnit | null,
      name: '',
      code: '',
      type: unit.type,
    },
    toPayload: (values) => {
      const base = eventPayload(values);
      const others = values.sources.map((source) => source.id);
      if (values.mode === 'into') return { ...base, sourceIds: others, targetId: unit.id };
      if (values.mode === 'away') return { ...base, sourceIds: [unit.id], targetId: values.target?.id };
      return {
        ...base,
        sourceIds: [unit.id, ...others],
        // A consolidated unit stands where this one stood (the root is never merged).
        newTarget: {
          name: values.name.trim(),
          code: values.code.trim(),
          type: values.type,
          parentId: parent?.id ?? 0,
        },
      };
    },
  });
  const values = form.getValues();
  const { mode } = values;
  const allowed = typesAllowedUnder(types, parent?.type, values.effectiveDate);
  const names = (units: { name: string }[]) =>
    joinNames(
      units.map((each) => each.name),
      currentLanguage(),
    );
  // The members of every unit that ends go to the receiving unit on the same day.
  const ending =
    mode === 'into'
      ? values.sources.map((source) => source.id)
      : mode === 'away'
        ? [unit.id]
        : [unit.id, ...values.sources.map((source) => source.id)];
  const memberCount = useOwnMemberCount(ending, values.effectiveDate);

  const summary = (effectiveDate: string) => {
    const date = formatDate(effectiveDate);
    const receiver =
      mode === 'into' ? unit.name : mode === 'away' ? (values.target?.name ?? '') : values.name.trim();
    const main =
      mode === 'into'
        ? t('confirm.mergeInto', { sources: names(values.sources), target: unit.name, date })
        : mode === 'away'
          ? t('confirm.mergeAway', { source: unit.name, target: receiver, date })
          : t('confirm.consolidate', { sources: names([unit, ...values.sources]), target: receiver, date });
    if (memberCount === 0) return main;
    return `${main} ${t('confirm.membersMove', { count: memberCount, to: receiver, date })}`;
  };

  return (
    <EventModal
      title={t('actions.merge')}
      testId="modal-merge"
      danger={mode !== 'into'}
      onClose={onClose}
      form={form}
      // The receiving unit, when it is another one, must be picked ("required", not the schema's code).
      check={(current) =>
        current.mode === 'away' && !current.target ? { targetId: t('common.required') } : {}
      }
      summary={(body) => summary(body.effectiveDate)}
      submit={(body) => api.org.merge({ body })}
      onSuccess={(result, body) =>
        showEvent(
          mode === 'into' ? unit.id : (body.targetId ?? result.unitIds[0] ?? unit.id),
          body.effectiveDate,
        )
      }
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('form.mergeMode')}
          </Text>
          <SegmentedControl
            data-testid="form-merge-mode"
            fullWidth
            orientation="vertical"
            {...form.getInputProps('mode')}
            data={[
              { value: 'into', label: t('form.mergeInto') },
              { value: 'away', label: t('form.mergeAway') },
              { value: 'consolidate', label: t('form.consolidate') },
            ]}
          />
        </div>
        {mode === 'away' ? (
          <UnitSearchSelect
            testId="form-merge-target"
            label={t('form.mergeTarget')}
            value={values.target?.id ?? null}
            onChange={(picked) => form.setFieldValue('target', picked)}
            asOf={values.effectiveDate ?? undefined}
            excludeIds={[unit.id]}
            error={form.errors.targetId}
            required
          />
        ) : (
          <UnitMultiSearchSelect
            testId="form-merge-sources"
            label={mode === 'into' ? t('form.mergeSources') : t('form.consolidateOthers')}
            value={values.sources}
            onChange={(picked) => form.setFieldValue('sources', picked)}
            asOf={values.effectiveDate ?? undefined}
            excludeIds={[unit.id]}
            error={form.errors.sourceIds}
            required={mode === 'into'}
          />
        )}
        {mode === 'consolidate' && (
          <>
            <TextInput
              data-testid="form-name"
              label={t('form.consolidateName')}
              {...form.getInputProps('name')}
              error={form.errors['newTarget.name']}
              withAsterisk
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                data-testid="form-code"
                label={t('form.code')}
                {...form.getInputProps('code')}
                error={form.errors['newTarget.code']}
                withAsterisk
              />
              <Select
                data-testid="form-type"
                label={t('form.type')}
                data={typeOptions(t, allowed.includes(unit.type) ? allowed : [unit.type, ...allowed])}
                {...form.getInputProps('type')}
                error={form.errors['newTarget.type']}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </EventModal>
  );
}
