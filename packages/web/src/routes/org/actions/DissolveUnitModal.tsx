// Dissolve a unit; the units still under it go to a receiving unit chosen here, and its members either move
// to a receiving union or their membership ends (the enterprise closed).
import { dissolveUnitBody } from '@congdoan/domain';
import { Alert, Radio, Stack } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate } from '../../../components/format.ts';
import { type PickedUnit, UnitSearchSelect } from '../../../components/UnitSearchSelect.tsx';
import { useAsOf } from '../../../components/useAsOf.ts';
import { type ActionProps, useOwnMemberCount, useShowEvent } from './common.ts';
import { EventModal, eventPayload, eventValues } from './EventModal.tsx';
import { namedWithType } from './useUnitTypes.ts';

type MembersChoice = 'move' | 'end';

export function DissolveUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  /** The receiving units as picked, for their names in the summary; the form holds their ids. */
  const [childrenTo, setChildrenTo] = useState<PickedUnit | null>(null);
  const [membersTo, setMembersTo] = useState<PickedUnit | null>(null);
  const form = useSchemaForm({
    schema: dissolveUnitBody,
    initialValues: {
      ...eventValues(asOf),
      childrenToId: null as number | null,
      membersChoice: 'move' as MembersChoice,
      membersToId: null as number | null,
    },
    toPayload: (values) => ({
      ...eventPayload(values),
      childrenToId: values.childrenToId ?? undefined,
      membersToId:
        hasMembers && values.membersChoice === 'move' ? (values.membersToId ?? undefined) : undefined,
      endMemberships: hasMembers && values.membersChoice === 'end' ? true : undefined,
    }),
  });
  const values = form.getValues();
  const hasChildren = unit.childCount > 0;
  const memberCount = useOwnMemberCount([unit.id], values.effectiveDate);
  const hasMembers = memberCount > 0;

  // Where the children and the members go is required only when the unit has them on the date.
  const check = (current: typeof values): FormErrors => ({
    ...(hasChildren && current.childrenToId === null ? { childrenToId: t('common.required') } : {}),
    ...(hasMembers && current.membersChoice === 'move' && current.membersToId === null
      ? { membersToId: t('common.required') }
      : {}),
  });

  const membersSentence = (date: string) => {
    if (!hasMembers) return '';
    return values.membersChoice === 'end'
      ? ` ${t('confirm.membersEnd', { count: memberCount, date })}`
      : ` ${t('confirm.membersMove', { count: memberCount, to: membersTo?.name ?? '', date })}`;
  };

  return (
    <EventModal
      title={t('actions.dissolve')}
      testId="modal-dissolve"
      danger
      onClose={onClose}
      form={form}
      check={check}
      summary={(body) => {
        const date = formatDate(body.effectiveDate);
        const named = { name: namedWithType(t, unit.name, unit.type), date };
        const main = childrenTo
          ? t('confirm.dissolveChildren', { ...named, count: unit.childCount, to: childrenTo.name })
          : t('confirm.dissolve', named);
        return main + membersSentence(date);
      }}
      submit={(body) => api.org.dissolve({ params: { id: unit.id }, body })}
      onSuccess={(_result, body) => showEvent(unit.id, body.effectiveDate)}
    >
      {hasChildren && (
        <>
          <Alert color="orange" variant="light">
            {t('form.childrenToHint', { count: unit.childCount })}
          </Alert>
          <UnitSearchSelect
            testId="form-children-to"
            label={t('form.childrenTo')}
            value={values.childrenToId}
            onChange={(picked) => {
              setChildrenTo(picked);
              form.setFieldValue('childrenToId', picked?.id ?? null);
            }}
            asOf={values.effectiveDate ?? undefined}
            excludeIds={[unit.id]}
            error={form.errors.childrenToId}
            required
          />
        </>
      )}
      {hasMembers && (
        <>
          <Alert color="orange" variant="light" data-testid="form-members-hint">
            {t('form.membersHint', { count: memberCount, date: formatDate(values.effectiveDate) })}
          </Alert>
          <Radio.Group {...form.getInputProps('membersChoice')} data-testid="form-members-choice">
            <Stack gap={6}>
              <Radio value="move" label={t('form.membersMove')} data-testid="form-members-move" />
              <Radio value="end" label={t('form.membersEnd')} data-testid="form-members-end" />
            </Stack>
          </Radio.Group>
          {values.membersChoice === 'move' && (
            <UnitSearchSelect
              testId="form-members-to"
              label={t('form.membersTo')}
              value={values.membersToId}
              onChange={(picked) => {
                setMembersTo(picked);
                form.setFieldValue('membersToId', picked?.id ?? null);
              }}
              asOf={values.effectiveDate ?? undefined}
              excludeIds={[unit.id]}
              error={form.errors.membersToId}
              required
            />
          )}
        </>
      )}
    </EventModal>
  );
}
