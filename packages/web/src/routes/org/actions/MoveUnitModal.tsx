// Move a unit under another parent, found with the same accent-free search.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../../api/org.ts';
import { formatDate } from '../../../components/format.ts';
import { type PickedUnit, UnitSearchSelect } from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, parentOf, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { namedWithType } from './useUnitTypes.ts';

export function MoveUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [newParent, setNewParent] = useState<PickedUnit | null>(null);
  const parent = parentOf(unit);

  return (
    <EventModal
      title={t('actions.move')}
      testId="modal-move"
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={() => Boolean(newParent)}
      summary={() =>
        t('confirm.move', {
          name: namedWithType(t, unit.name, unit.type),
          from: parent?.name ?? t('org.unknownUnit'),
          to: newParent?.name ?? '',
          date: formatDate(base.effectiveDate),
        })
      }
      submit={() => orgApi.move(unit.id, { ...eventBody(base), newParentId: newParent!.id })}
      onSuccess={() => showEvent(unit.id, base.effectiveDate!)}
    >
      {(showErrors) => (
        <UnitSearchSelect
          testId="form-new-parent"
          label={t('form.newParent')}
          value={newParent?.id ?? null}
          onChange={setNewParent}
          asOf={base.effectiveDate ?? undefined}
          excludeIds={[unit.id, ...(parent ? [parent.id] : [])]}
          error={showErrors && !newParent ? t('common.required') : undefined}
          required
        />
      )}
    </EventModal>
  );
}
