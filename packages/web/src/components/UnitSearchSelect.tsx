// Choosing one unit (or several) by typing part of its name, with or without accents.
import type { OrgUnitSummary } from '@congdoan/domain';
import { Group, MultiSelect, Select, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import { UnitTypeBadge } from './UnitTypeBadge.tsx';
import { MIN_SEARCH, useUnitSearch } from './useUnitSearch.ts';

export type PickedUnit = Pick<OrgUnitSummary, 'id' | 'name' | 'code' | 'type'>;

interface CommonProps {
  label?: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Search the tree as it stands on this date (e.g. the effective date of the change). */
  asOf?: string;
  excludeIds?: number[];
  testId?: string;
  style?: CSSProperties;
}

/** Options for Mantine's combobox: the units found plus those already picked (so their labels stay). */
function useOptions(search: string, asOf: string | undefined, picked: PickedUnit[], excludeIds: number[]) {
  const { units } = useUnitSearch(search, asOf);
  const byId = new Map<string, PickedUnit>();
  for (const unit of [...picked, ...units]) {
    if (!excludeIds.includes(unit.id)) byId.set(String(unit.id), unit);
  }
  const data = [...byId.values()].map((unit) => ({ value: String(unit.id), label: unit.name }));
  const renderOption = ({ option }: { option: { value: string; label: string } }) => {
    const unit = byId.get(option.value);
    return (
      <Group gap="xs" wrap="nowrap" justify="space-between" w="100%" data-testid="unit-option">
        <div style={{ minWidth: 0 }}>
          <Text size="sm">{option.label}</Text>
          {unit && (
            <Text size="xs" c="dimmed">
              {unit.code}
            </Text>
          )}
        </div>
        {unit && <UnitTypeBadge type={unit.type} size="xs" />}
      </Group>
    );
  };
  return { data, byId, renderOption };
}

/** A unit known only by id (e.g. from the URL) is looked up once so that its name can be shown. */
function useKnownUnit(id: number | null | undefined): PickedUnit | undefined {
  const query = useQuery({
    queryKey: keys.unit(id ?? 0, 'current'),
    queryFn: () => api.org.get({ params: { id: id ?? 0 }, query: {} }),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return query.data;
}

export function UnitSearchSelect({
  value,
  onChange,
  excludeIds = [],
  asOf,
  testId,
  ...props
}: CommonProps & { value: number | null; onChange: (unit: PickedUnit | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PickedUnit | null>(null);
  const known = useKnownUnit(value && picked?.id !== value ? value : null);
  const current = picked?.id === value ? picked : known;
  const { data, byId, renderOption } = useOptions(search, asOf, current ? [current] : [], excludeIds);
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value ? String(value) : null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => {
        const unit = next ? (byId.get(next) ?? null) : null;
        setPicked(unit);
        onChange(unit);
      }}
      filter={({ options }) => options}
      renderOption={renderOption}
      nothingFoundMessage={search.trim().length >= MIN_SEARCH ? t('org.noResults') : t('org.typeMore')}
      leftSection={<IconSearch size={16} />}
      placeholder={props.placeholder ?? t('form.unitPlaceholder')}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

export function UnitMultiSearchSelect({
  value,
  onChange,
  excludeIds = [],
  asOf,
  testId,
  ...props
}: CommonProps & { value: PickedUnit[]; onChange: (units: PickedUnit[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, byId, renderOption } = useOptions(search, asOf, value, excludeIds);
  return (
    <MultiSelect
      searchable
      data={data}
      value={value.map((unit) => String(unit.id))}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => onChange(ids.map((id) => byId.get(id)).filter((unit) => unit !== undefined))}
      filter={({ options }) => options}
      renderOption={renderOption}
      nothingFoundMessage={search.trim().length >= MIN_SEARCH ? t('org.noResults') : t('org.typeMore')}
      placeholder={value.length ? undefined : (props.placeholder ?? t('form.unitPlaceholder'))}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
