// Split a unit into new units, each taking some of its children; the unit may end (chia) or stay (tách). Its
// members go to the part chosen for them (required when the unit ends and has members).
import { splitUnitBody, type UnitTypeCode } from '@congdoan/domain';
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { accentFreeFilter } from '../../../components/accentFreeFilter.ts';
import { useSchemaForm } from '../../../components/form/useSchemaForm.ts';
import { formatDate, joinNames } from '../../../components/format.ts';
import { useAsOf } from '../../../components/useAsOf.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { type ActionProps, parentOf, useOwnMemberCount, useShowEvent } from './common.ts';
import { EventModal, eventPayload, eventValues } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

interface Part {
  name: string;
  code: string;
  type: UnitTypeCode;
  childIds: string[];
}

/** The part chosen to take the members, while it still exists; null: they stay (only when the unit is kept). */
function membersPartOf(current: { membersToPart: number | null; parts: Part[] }): number | null {
  const index = current.membersToPart;
  return index !== null && index < current.parts.length ? index : null;
}

export function SplitUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const types = useUnitTypes();
  const blank = (): Part => ({ name: '', code: '', type: unit.type, childIds: [] });
  const form = useSchemaForm({
    schema: splitUnitBody,
    initialValues: {
      ...eventValues(asOf),
      keepSource: false,
      parts: [blank(), blank()],
      /** The index of the part that takes the members, or null: they stay (only when the unit is kept). */
      membersToPart: null as number | null,
    },
    toPayload: (values) => ({
      ...eventPayload(values),
      keepSource: values.keepSource,
      parts: values.parts.map((part) => ({
        name: part.name.trim(),
        code: part.code.trim(),
        type: part.type,
        childIds: part.childIds.map(Number),
      })),
      membersToPart: memberCount > 0 ? (membersPartOf(values) ?? undefined) : undefined,
    }),
  });
  const values = form.getValues();
  const { keepSource, parts } = values;
  const memberCount = useOwnMemberCount([unit.id], values.effectiveDate);
  const membersPart = membersPartOf(values);
  const partLabel = (index: number) => parts[index]?.name.trim() || t('form.part', { index: index + 1 });
  const allowed = typesAllowedUnder(types, parentOf(unit)?.type, values.effectiveDate);
  const children = useQuery({
    queryKey: keys.children(unit.id, asOf),
    queryFn: () => api.org.children({ params: { id: unit.id }, query: { asOf } }),
  });
  const childOptions = (children.data ?? []).map((child) => ({ value: String(child.id), label: child.name }));

  return (
    <EventModal
      title={t('actions.split')}
      testId="modal-split"
      danger={!keepSource}
      onClose={onClose}
      form={form}
      // When the unit ends, its members must go somewhere (the server refuses it otherwise).
      check={(current) =>
        !current.keepSource && memberCount > 0 && membersPartOf(current) === null
          ? { membersToPart: t('common.required') }
          : {}
      }
      summary={(body) => {
        const date = formatDate(body.effectiveDate);
        const partNames = joinNames(
          body.parts.map((part) => part.name),
          currentLanguage(),
        );
        const main = t(keepSource ? 'confirm.splitKeep' : 'confirm.split', {
          source: unit.name,
          parts: partNames,
          date,
        });
        if (body.membersToPart === undefined) return main;
        const to = partLabel(body.membersToPart);
        return `${main} ${t('confirm.membersMove', { count: memberCount, to, date })}`;
      }}
      submit={(body) => api.org.split({ params: { id: unit.id }, body })}
      onSuccess={(_result, body) => showEvent(unit.id, body.effectiveDate)}
    >
      <Stack gap="sm">
        <Switch
          data-testid="form-keep-source"
          label={t('form.keepSource')}
          {...form.getInputProps('keepSource', { type: 'checkbox' })}
        />
        {parts.map((part, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity until they are created
          <Paper key={index} withBorder p="sm" radius="md" data-testid="form-part">
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={600}>
                {t('form.part', { index: index + 1 })}
              </Text>
              {parts.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common.remove')}
                  onClick={() => form.removeListItem('parts', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <TextInput
                data-testid={`form-part-${index}-name`}
                label={t('form.name')}
                {...form.getInputProps(`parts.${index}.name`)}
                withAsterisk
              />
              <TextInput
                data-testid={`form-part-${index}-code`}
                label={t('form.code')}
                {...form.getInputProps(`parts.${index}.code`)}
                withAsterisk
              />
              <Select
                data-testid={`form-part-${index}-type`}
                label={t('form.type')}
                data={typeOptions(t, allowed.includes(unit.type) ? allowed : [unit.type, ...allowed])}
                {...form.getInputProps(`parts.${index}.type`)}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <MultiSelect
                data-testid={`form-part-${index}-children`}
                label={t('form.partChildren')}
                data={childOptions.filter(
                  (option) =>
                    part.childIds.includes(option.value) ||
                    !parts.some((other) => other.childIds.includes(option.value)),
                )}
                {...form.getInputProps(`parts.${index}.childIds`)}
                searchable
                filter={accentFreeFilter}
                disabled={childOptions.length === 0}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
          </Paper>
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('parts', blank())}
          data-testid="form-add-part"
        >
          {t('form.addPart')}
        </Button>
        {memberCount > 0 && (
          <Select
            data-testid="form-members-to-part"
            label={t('form.membersToPart', { count: memberCount })}
            data={[
              ...(keepSource ? [{ value: 'keep', label: t('form.membersStay', { name: unit.name }) }] : []),
              ...parts.map((_, index) => ({ value: String(index), label: partLabel(index) })),
            ]}
            value={membersPart === null ? (keepSource ? 'keep' : null) : String(membersPart)}
            onChange={(value) =>
              form.setFieldValue('membersToPart', value === null || value === 'keep' ? null : Number(value))
            }
            error={form.errors.membersToPart}
            withAsterisk={!keepSource}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      </Stack>
    </EventModal>
  );
}
