// Found a unit under this one (e.g. a grassroots union under a district federation).
import type { UnitTypeCode } from '@congdoan/domain';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../../api/org.ts';
import { formatDate } from '../../../components/format.ts';
import { unitTypeLabel } from '../../../components/labels.ts';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

const CODE = /^[A-Za-z0-9._-]{2,40}$/u;

export function FoundUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [shortName, setShortName] = useState('');
  const [chosenType, setType] = useState<UnitTypeCode | null>(null);
  const allowed = typesAllowedUnder(useUnitTypes(), unit.type, base.effectiveDate);
  const type =
    chosenType && allowed.includes(chosenType)
      ? chosenType
      : allowed.includes('grassroots')
        ? 'grassroots'
        : (allowed[0] ?? null);

  return (
    <EventModal
      title={t('actions.found')}
      testId="modal-found"
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={() => {
        if (!type) return t('form.noTypeAllowed');
        return Boolean(name.trim()) && CODE.test(code.trim());
      }}
      summary={() =>
        t('confirm.found', {
          name: name.trim(),
          type: type ? unitTypeLabel(t, type) : '',
          code: code.trim(),
          parent: unit.name,
          date: formatDate(base.effectiveDate),
        })
      }
      submit={() =>
        orgApi.found({
          ...eventBody(base),
          name: name.trim(),
          code: code.trim(),
          shortName: shortName.trim() || undefined,
          type: type!,
          parentId: unit.id,
        })
      }
      onSuccess={(result) => showEvent(result.unitIds[0] ?? unit.id, base.effectiveDate!)}
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
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              data-testid="form-code"
              label={t('form.code')}
              description={t('form.codeHint')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={showErrors && !CODE.test(code.trim()) ? t('form.codeHint') : undefined}
              withAsterisk
            />
            <TextInput
              data-testid="form-short-name"
              label={t('form.shortName')}
              description={'\u00a0'}
              value={shortName}
              onChange={(event) => setShortName(event.currentTarget.value)}
            />
          </SimpleGrid>
          <Select
            data-testid="form-type"
            label={t('form.type')}
            data={typeOptions(t, allowed)}
            value={type}
            onChange={(value) => setType(value as UnitTypeCode | null)}
            allowDeselect={false}
            withAsterisk
            comboboxProps={{ withinPortal: true }}
          />
        </>
      )}
    </EventModal>
  );
}
