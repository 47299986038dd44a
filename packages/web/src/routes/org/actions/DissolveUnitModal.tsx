// Dissolve a unit; the units still under it go to a receiving unit chosen here.
import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../../api/org.ts';
import { formatDate } from '../../../components/format.ts';
import { type PickedUnit, UnitSearchSelect } from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { namedWithType } from './useUnitTypes.ts';

export function DissolveUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [childrenTo, setChildrenTo] = useState<PickedUnit | null>(null);
  const hasChildren = unit.childCount > 0;

  return (
    <EventModal
      title={t('actions.dissolve')}
      testId="modal-dissolve"
      danger
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={() => !hasChildren || Boolean(childrenTo)}
      summary={() => {
        const values = { name: namedWithType(t, unit.name, unit.type), date: formatDate(base.effectiveDate) };
        return childrenTo
          ? t('confirm.dissolveChildren', { ...values, count: unit.childCount, to: childrenTo.name })
          : t('confirm.dissolve', values);
      }}
      submit={() => orgApi.dissolve(unit.id, { ...eventBody(base), childrenToId: childrenTo?.id })}
      onSuccess={() => showEvent(unit.id, base.effectiveDate!)}
    >
      {(showErrors) =>
        hasChildren ? (
          <>
            <Alert color="orange" variant="light">
              {t('form.childrenToHint', { count: unit.childCount })}
            </Alert>
            <UnitSearchSelect
              testId="form-children-to"
              label={t('form.childrenTo')}
              value={childrenTo?.id ?? null}
              onChange={setChildrenTo}
              asOf={base.effectiveDate ?? undefined}
              excludeIds={[unit.id]}
              error={showErrors && !childrenTo ? t('common.required') : undefined}
              required
            />
          </>
        ) : null
      }
    </EventModal>
  );
}
