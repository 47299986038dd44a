// Merge: other units into this one, this unit into another (sáp nhập), or this and others into a new unit
// (hợp nhất). The merged units end; the receiving unit goes on.
import type { UnitTypeCode } from '@congdoan/domain';
import { SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../../api/org.ts';
import { formatDate, joinNames } from '../../../components/format.ts';
import {
  type PickedUnit,
  UnitMultiSearchSelect,
  UnitSearchSelect,
} from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { type ActionProps, parentOf, useOwnMemberCount, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

type Mode = 'into' | 'away' | 'consolidate';
const CODE = /^[A-Za-z0-9._-]{2,40}$/u;

export function MergeUnitsModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const parent = parentOf(unit);
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [mode, setMode] = useState<Mode>('into');
  const [sources, setSources] = useState<PickedUnit[]>([]);
  const [target, setTarget] = useState<PickedUnit | null>(null);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [type, setType] = useState<UnitTypeCode>(unit.type);
  const allowed = typesAllowedUnder(useUnitTypes(), parent?.type, base.effectiveDate);
  const date = formatDate(base.effectiveDate);
  const names = (units: { name: string }[]) =>
    joinNames(
      units.map((each) => each.name),
      currentLanguage(),
    );

  const valid = () => {
    if (mode === 'into') return sources.length > 0;
    if (mode === 'away') return Boolean(target);
    return Boolean(parent) && Boolean(name.trim()) && CODE.test(code.trim());
  };
  // The members of every unit that ends go to the receiving unit on the same day.
  const ending =
    mode === 'into'
      ? sources.map((source) => source.id)
      : mode === 'away'
        ? [unit.id]
        : [unit.id, ...sources.map((source) => source.id)];
  const memberCount = useOwnMemberCount(ending, base.effectiveDate);
  const summary = () => {
    const receiver = mode === 'into' ? unit.name : mode === 'away' ? (target?.name ?? '') : name.trim();
    const main =
      mode === 'into'
        ? t('confirm.mergeInto', { sources: names(sources), target: unit.name, date })
        : mode === 'away'
          ? t('confirm.mergeAway', { source: unit.name, target: receiver, date })
          : t('confirm.consolidate', { sources: names([unit, ...sources]), target: receiver, date });
    if (memberCount === 0) return main;
    return `${main} ${t('confirm.membersMove', { count: memberCount, to: receiver, date })}`;
  };
  const submit = () => {
    const body = eventBody(base);
    if (mode === 'into')
      return orgApi.merge({ ...body, sourceIds: sources.map((s) => s.id), targetId: unit.id });
    if (mode === 'away') return orgApi.merge({ ...body, sourceIds: [unit.id], targetId: target!.id });
    return orgApi.merge({
      ...body,
      sourceIds: [unit.id, ...sources.map((source) => source.id)],
      newTarget: { name: name.trim(), code: code.trim(), type, parentId: parent!.id },
    });
  };

  return (
    <EventModal
      title={t('actions.merge')}
      testId="modal-merge"
      danger={mode !== 'into'}
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={valid}
      summary={summary}
      submit={submit}
      onSuccess={(result) =>
        showEvent(
          mode === 'into' ? unit.id : mode === 'away' ? target!.id : (result.unitIds[0] ?? unit.id),
          base.effectiveDate!,
        )
      }
    >
      {(showErrors) => (
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('form.mergeMode')}
            </Text>
            <SegmentedControl
              data-testid="form-merge-mode"
              fullWidth
              orientation="vertical"
              value={mode}
              onChange={(value) => setMode(value as Mode)}
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
              value={target?.id ?? null}
              onChange={setTarget}
              asOf={base.effectiveDate ?? undefined}
              excludeIds={[unit.id]}
              error={showErrors && !target ? t('common.required') : undefined}
              required
            />
          ) : (
            <UnitMultiSearchSelect
              testId="form-merge-sources"
              label={mode === 'into' ? t('form.mergeSources') : t('form.consolidateOthers')}
              value={sources}
              onChange={setSources}
              asOf={base.effectiveDate ?? undefined}
              excludeIds={[unit.id]}
              error={showErrors && mode === 'into' && sources.length === 0 ? t('common.required') : undefined}
              required={mode === 'into'}
            />
          )}
          {mode === 'consolidate' && (
            <>
              <TextInput
                data-testid="form-name"
                label={t('form.consolidateName')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={showErrors && !name.trim() ? t('common.required') : undefined}
                withAsterisk
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput
                  data-testid="form-code"
                  label={t('form.code')}
                  value={code}
                  onChange={(event) => setCode(event.currentTarget.value)}
                  error={showErrors && !CODE.test(code.trim()) ? t('form.codeHint') : undefined}
                  withAsterisk
                />
                <Select
                  data-testid="form-type"
                  label={t('form.type')}
                  data={typeOptions(t, allowed.includes(unit.type) ? allowed : [unit.type, ...allowed])}
                  value={type}
                  onChange={(value) => value && setType(value as UnitTypeCode)}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                />
              </SimpleGrid>
            </>
          )}
        </Stack>
      )}
    </EventModal>
  );
}
