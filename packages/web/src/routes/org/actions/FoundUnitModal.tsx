// Found a unit under this one (e.g. a grassroots union under a district federation).
import { foundUnitBody, type UnitTypeCode } from '@congdoan/domain';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate } from '../../../components/format.ts';
import { unitTypeLabel } from '../../../components/labels.ts';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, useShowEvent } from './common.ts';
import { EventModal, eventPayload, eventValues } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

export function FoundUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const types = useUnitTypes();
  const form = useSchemaForm({
    schema: foundUnitBody,
    initialValues: {
      ...eventValues(asOf),
      name: '',
      code: '',
      shortName: '',
      type: null as UnitTypeCode | null,
    },
    toPayload: (values) => ({
      ...eventPayload(values),
      name: values.name.trim(),
      code: values.code.trim(),
      shortName: values.shortName.trim() || undefined,
      // With no type allowed, `check` stops the form before anything is sent.
      type: typeOf(values) ?? unit.type,
      parentId: unit.id,
    }),
  });
  const values = form.getValues();
  const allowed = typesAllowedUnder(types, unit.type, values.effectiveDate);
  /** The type chosen while it is allowed on the date; a grassroots union by default. */
  function typeOf({ type }: { type: UnitTypeCode | null }): UnitTypeCode | null {
    if (type && allowed.includes(type)) return type;
    return allowed.includes('grassroots') ? 'grassroots' : (allowed[0] ?? null);
  }

  return (
    <EventModal
      title={t('actions.found')}
      testId="modal-found"
      onClose={onClose}
      form={form}
      check={(current) => (typeOf(current) ? {} : { '': t('form.noTypeAllowed') })}
      summary={(body) =>
        t('confirm.found', {
          name: body.name,
          type: unitTypeLabel(t, body.type),
          code: body.code,
          parent: unit.name,
          date: formatDate(body.effectiveDate),
        })
      }
      submit={(body) => api.org.found({ body })}
      onSuccess={(result, body) => showEvent(result.unitIds[0] ?? unit.id, body.effectiveDate)}
    >
      <TextInput
        data-testid="form-name"
        label={t('form.name')}
        {...form.getInputProps('name')}
        withAsterisk
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          data-testid="form-code"
          label={t('form.code')}
          description={t('form.codeHint')}
          {...form.getInputProps('code')}
          withAsterisk
        />
        <TextInput
          data-testid="form-short-name"
          label={t('form.shortName')}
          description={'\u00a0'}
          {...form.getInputProps('shortName')}
        />
      </SimpleGrid>
      <Select
        data-testid="form-type"
        label={t('form.type')}
        data={typeOptions(t, allowed)}
        {...form.getInputProps('type')}
        value={typeOf(values)}
        allowDeselect={false}
        withAsterisk
        comboboxProps={{ withinPortal: true }}
      />
    </EventModal>
  );
}
