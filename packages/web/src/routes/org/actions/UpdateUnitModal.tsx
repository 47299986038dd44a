// Rename a unit and/or change its type (e.g. a grassroots union recognised as a guild).
import { updateUnitBody } from '@congdoan/domain';
import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate } from '../../../components/format.ts';
import { unitTypeLabel } from '../../../components/labels.ts';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, parentOf, useShowEvent } from './common.ts';
import { EventModal, eventPayload, eventValues } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

export function UpdateUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const types = useUnitTypes();
  const form = useSchemaForm({
    schema: updateUnitBody,
    initialValues: {
      ...eventValues(asOf),
      name: unit.name,
      shortName: unit.shortName ?? '',
      type: unit.type,
    },
    // Only what changed is sent; nothing changed is refused by the schema ("nothing to change").
    toPayload: (values) => ({
      ...eventPayload(values),
      name: values.name.trim() !== unit.name ? values.name.trim() : undefined,
      shortName: values.shortName.trim() !== (unit.shortName ?? '') ? values.shortName.trim() : undefined,
      type: values.type !== unit.type ? values.type : undefined,
    }),
  });
  const values = form.getValues();
  const allowed = typesAllowedUnder(types, parentOf(unit)?.type, values.effectiveDate);
  const options = allowed.includes(unit.type) ? allowed : [unit.type, ...allowed];

  return (
    <EventModal
      title={t('actions.update')}
      testId="modal-update"
      onClose={onClose}
      form={form}
      summary={(body) =>
        t('confirm.update', {
          before: unit.name,
          after: body.name ?? unit.name,
          type: unitTypeLabel(t, body.type ?? unit.type),
          date: formatDate(body.effectiveDate),
        })
      }
      submit={(body) => api.org.update({ params: { id: unit.id }, body })}
      onSuccess={(_result, body) => showEvent(unit.id, body.effectiveDate)}
    >
      <TextInput
        data-testid="form-name"
        label={t('form.name')}
        {...form.getInputProps('name')}
        withAsterisk
      />
      <TextInput
        data-testid="form-short-name"
        label={t('form.shortName')}
        {...form.getInputProps('shortName')}
      />
      <Select
        data-testid="form-type"
        label={t('form.type')}
        data={typeOptions(t, options)}
        {...form.getInputProps('type')}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </EventModal>
  );
}
