// Rename a unit and/or change its type (e.g. a grassroots union recognised as a guild).
import type { UnitTypeCode } from '@congdoan/domain';
import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../../api/org.ts';
import { formatDate } from '../../../components/format.ts';
import { unitTypeLabel } from '../../../components/labels.ts';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, parentOf, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

export function UpdateUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName ?? '');
  const [type, setType] = useState<UnitTypeCode>(unit.type);
  const allowed = typesAllowedUnder(useUnitTypes(), parentOf(unit)?.type, base.effectiveDate);
  const options = allowed.includes(unit.type) ? allowed : [unit.type, ...allowed];

  const changes = {
    name: name.trim() !== unit.name ? name.trim() : undefined,
    shortName: shortName.trim() !== (unit.shortName ?? '') ? shortName.trim() : undefined,
    type: type !== unit.type ? type : undefined,
  };
  const changed = Object.values(changes).some((value) => value !== undefined);

  return (
    <EventModal
      title={t('actions.update')}
      testId="modal-update"
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={() => {
        if (!name.trim()) return false;
        return changed || t('error.nothingToChange');
      }}
      summary={() =>
        t('confirm.update', {
          before: unit.name,
          after: name.trim(),
          type: unitTypeLabel(t, type),
          date: formatDate(base.effectiveDate),
        })
      }
      submit={() => orgApi.update(unit.id, { ...eventBody(base), ...changes })}
      onSuccess={() => showEvent(unit.id, base.effectiveDate!)}
    >
      {(showErrors) => (
        <>
          <TextInput
            data-testid="form-name"
            label={t('form.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={showErrors && !name.trim() ? t('common.required') : undefined}
            withAsterisk
          />
          <TextInput
            data-testid="form-short-name"
            label={t('form.shortName')}
            value={shortName}
            onChange={(event) => setShortName(event.currentTarget.value)}
          />
          <Select
            data-testid="form-type"
            label={t('form.type')}
            data={typeOptions(t, options)}
            value={type}
            onChange={(value) => value && setType(value as UnitTypeCode)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </>
      )}
    </EventModal>
  );
}
