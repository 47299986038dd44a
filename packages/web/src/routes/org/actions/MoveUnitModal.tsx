// Move a unit under another parent, found with the same accent-free search.
import { moveUnitBody } from '@congdoan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate } from '../../../components/format.ts';
import { type PickedUnit, UnitSearchSelect } from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, parentOf, useShowEvent } from './common.ts';
import { EventModal, eventPayload, eventValues } from './EventModal.tsx';
import { namedWithType } from './useUnitTypes.ts';

export function MoveUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  /** The new parent as picked, for its name in the summary; the form holds its id. */
  const [newParent, setNewParent] = useState<PickedUnit | null>(null);
  const form = useSchemaForm({
    schema: moveUnitBody,
    initialValues: { ...eventValues(asOf), newParentId: null as number | null },
    toPayload: (values) => ({
      ...eventPayload(values),
      // null until a unit is chosen: the schema then answers "required" under the field.
      newParentId: values.newParentId as number,
    }),
  });
  const parent = parentOf(unit);

  return (
    <EventModal
      title={t('actions.move')}
      testId="modal-move"
      onClose={onClose}
      form={form}
      summary={(body) =>
        t('confirm.move', {
          name: namedWithType(t, unit.name, unit.type),
          from: parent?.name ?? t('org.unknownUnit'),
          to: newParent?.name ?? '',
          date: formatDate(body.effectiveDate),
        })
      }
      submit={(body) => api.org.move({ params: { id: unit.id }, body })}
      onSuccess={(_result, body) => showEvent(unit.id, body.effectiveDate)}
    >
      <UnitSearchSelect
        testId="form-new-parent"
        label={t('form.newParent')}
        value={form.getValues().newParentId}
        onChange={(picked) => {
          setNewParent(picked);
          form.setFieldValue('newParentId', picked?.id ?? null);
        }}
        asOf={form.getValues().effectiveDate ?? undefined}
        excludeIds={[unit.id, ...(parent ? [parent.id] : [])]}
        error={form.errors.newParentId}
        required
      />
    </EventModal>
  );
}
