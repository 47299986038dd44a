// Split a unit into new units, each taking some of its children; the unit may end (chia) or stay (tách). Its
// members go to the part chosen for them (required when the unit ends and has members).
import type { UnitTypeCode } from '@congdoan/domain';
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../../api/keys.ts';
import { orgApi } from '../../../api/org.ts';
import { accentFreeFilter } from '../../../components/accentFreeFilter.ts';
import { formatDate, joinNames } from '../../../components/format.ts';
import { useAsOf } from '../../../components/useAsOf.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { type ActionProps, parentOf, useOwnMemberCount, useShowEvent } from './common.ts';
import { EventModal, eventBody, newEventBase } from './EventModal.tsx';
import { typeOptions, typesAllowedUnder, useUnitTypes } from './useUnitTypes.ts';

const CODE = /^[A-Za-z0-9._-]{2,40}$/u;

interface Part {
  name: string;
  code: string;
  type: UnitTypeCode;
  childIds: string[];
}

export function SplitUnitModal({ unit, onClose }: ActionProps) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const showEvent = useShowEvent();
  const [base, setBase] = useState(() => newEventBase(asOf));
  const [keepSource, setKeepSource] = useState(false);
  const blank = (): Part => ({ name: '', code: '', type: unit.type, childIds: [] });
  const [parts, setParts] = useState<Part[]>(() => [blank(), blank()]);
  /** The index of the part that takes the members, or null: they stay (only when the unit is kept). */
  const [membersToPart, setMembersToPart] = useState<number | null>(null);
  const memberCount = useOwnMemberCount([unit.id], base.effectiveDate);
  const membersPart = membersToPart !== null && membersToPart < parts.length ? membersToPart : null;
  const partLabel = (index: number) => parts[index]?.name.trim() || t('form.part', { index: index + 1 });
  const allowed = typesAllowedUnder(useUnitTypes(), parentOf(unit)?.type, base.effectiveDate);
  const children = useQuery({
    queryKey: keys.children(unit.id, asOf),
    queryFn: () => orgApi.children(unit.id, asOf),
  });
  const childOptions = (children.data ?? []).map((child) => ({ value: String(child.id), label: child.name }));
  const update = (index: number, change: Partial<Part>) =>
    setParts(parts.map((part, at) => (at === index ? { ...part, ...change } : part)));
  const partNames = joinNames(
    parts.map((part) => part.name.trim()),
    currentLanguage(),
  );

  return (
    <EventModal
      title={t('actions.split')}
      testId="modal-split"
      danger={!keepSource}
      onClose={onClose}
      base={base}
      onBaseChange={setBase}
      validate={() =>
        parts.every((part) => part.name.trim() && CODE.test(part.code.trim())) &&
        (keepSource || memberCount === 0 || membersPart !== null)
      }
      summary={() => {
        const date = formatDate(base.effectiveDate);
        const main = t(keepSource ? 'confirm.splitKeep' : 'confirm.split', {
          source: unit.name,
          parts: partNames,
          date,
        });
        if (memberCount === 0 || membersPart === null) return main;
        return `${main} ${t('confirm.membersMove', { count: memberCount, to: partLabel(membersPart), date })}`;
      }}
      submit={() =>
        orgApi.split(unit.id, {
          ...eventBody(base),
          keepSource,
          parts: parts.map((part) => ({
            name: part.name.trim(),
            code: part.code.trim(),
            type: part.type,
            childIds: part.childIds.map(Number),
          })),
          membersToPart: memberCount > 0 && membersPart !== null ? membersPart : undefined,
        })
      }
      onSuccess={() => showEvent(unit.id, base.effectiveDate!)}
    >
      {(showErrors) => (
        <Stack gap="sm">
          <Switch
            data-testid="form-keep-source"
            label={t('form.keepSource')}
            checked={keepSource}
            onChange={(event) => setKeepSource(event.currentTarget.checked)}
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
                    onClick={() => setParts(parts.filter((_, at) => at !== index))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                <TextInput
                  data-testid={`form-part-${index}-name`}
                  label={t('form.name')}
                  value={part.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value })}
                  error={showErrors && !part.name.trim() ? t('common.required') : undefined}
                  withAsterisk
                />
                <TextInput
                  data-testid={`form-part-${index}-code`}
                  label={t('form.code')}
                  value={part.code}
                  onChange={(event) => update(index, { code: event.currentTarget.value })}
                  error={showErrors && !CODE.test(part.code.trim()) ? t('form.codeHint') : undefined}
                  withAsterisk
                />
                <Select
                  data-testid={`form-part-${index}-type`}
                  label={t('form.type')}
                  data={typeOptions(t, allowed.includes(unit.type) ? allowed : [unit.type, ...allowed])}
                  value={part.type}
                  onChange={(value) => value && update(index, { type: value as UnitTypeCode })}
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
                  value={part.childIds}
                  onChange={(childIds) => update(index, { childIds })}
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
            onClick={() => setParts([...parts, blank()])}
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
                setMembersToPart(value === null || value === 'keep' ? null : Number(value))
              }
              error={showErrors && !keepSource && membersPart === null ? t('common.required') : undefined}
              withAsterisk={!keepSource}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </Stack>
      )}
    </EventModal>
  );
}
