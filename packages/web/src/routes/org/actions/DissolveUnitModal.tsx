// Dissolve a unit; the units still under it go to a receiving unit chosen here, and its members either move
// to a receiving union or their membership ends (the enterprise closed).
import { Alert, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../../api/org.ts';
import { formatDate } from '../../../components/format.ts';
import { type PickedUnit, UnitSearchSelect } from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, useOwnMemberCount, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { namedWithType } from './useUnitTypes.ts';

type MembersChoice = 'move' | 'end';

export function DissolveUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [childrenTo, setChildrenTo] = useState<PickedUnit | null>(null);
  const [membersChoice, setMembersChoice] = useState<MembersChoice>('move');
  const [membersTo, setMembersTo] = useState<PickedUnit | null>(null);
  const hasChildren = unit.childCount > 0;
  const memberCount = useOwnMemberCount([unit.id], base.effectiveDate);
  const hasMembers = memberCount > 0;

  const membersSentence = () => {
    if (!hasMembers) return '';
    const date = formatDate(base.effectiveDate);
    return membersChoice === 'end'
      ? ` ${t('confirm.membersEnd', { count: memberCount, date })}`
      : ` ${t('confirm.membersMove', { count: memberCount, to: membersTo?.name ?? '', date })}`;
  };

  return (
    <EventModal
      title={t('actions.dissolve')}
      testId="modal-dissolve"
      danger
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={() =>
        (!hasChildren || Boolean(childrenTo)) &&
        (!hasMembers || membersChoice === 'end' || Boolean(membersTo))
      }
      summary={() => {
        const values = { name: namedWithType(t, unit.name, unit.type), date: formatDate(base.effectiveDate) };
        const main = childrenTo
          ? t('confirm.dissolveChildren', { ...values, count: unit.childCount, to: childrenTo.name })
          : t('confirm.dissolve', values);
        return main + membersSentence();
      }}
      submit={() =>
        orgApi.dissolve(unit.id, {
          ...eventBody(base),
          childrenToId: childrenTo?.id,
          membersToId: hasMembers && membersChoice === 'move' ? membersTo?.id : undefined,
          endMemberships: hasMembers && membersChoice === 'end' ? true : undefined,
        })
      }
      onSuccess={() => showEvent(unit.id, base.effectiveDate!)}
    >
      {(showErrors) => (
        <>
          {hasChildren && (
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
          )}
          {hasMembers && (
            <>
              <Alert color="orange" variant="light" data-testid="form-members-hint">
                {t('form.membersHint', { count: memberCount, date: formatDate(base.effectiveDate) })}
              </Alert>
              <Radio.Group
                value={membersChoice}
                onChange={(value) => setMembersChoice(value as MembersChoice)}
                data-testid="form-members-choice"
              >
                <Stack gap={6}>
                  <Radio value="move" label={t('form.membersMove')} data-testid="form-members-move" />
                  <Radio value="end" label={t('form.membersEnd')} data-testid="form-members-end" />
                </Stack>
              </Radio.Group>
              {membersChoice === 'move' && (
                <UnitSearchSelect
                  testId="form-members-to"
                  label={t('form.membersTo')}
                  value={membersTo?.id ?? null}
                  onChange={setMembersTo}
                  asOf={base.effectiveDate ?? undefined}
                  excludeIds={[unit.id]}
                  error={showErrors && !membersTo ? t('common.required') : undefined}
                  required
                />
              )}
            </>
          )}
        </>
      )}
    </EventModal>
  );
}
