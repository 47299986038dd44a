// Finding a member of the unit (and the units below it) by name, accent-free, to add to a ballot list.
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { formatDate } from '../../../components/format.ts';

export interface PickedMember {
  id: number;
  fullName: string;
  unitName: string;
}

const MIN_SEARCH = 2;

export function MemberPicker({
  unitId,
  picked,
  onPick,
}: {
  unitId: number;
  picked: PickedMember[];
  onPick: (member: PickedMember) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const params = { unitId, q: debounced, status: 'active', pageSize: 20 } as const;
  const found = useQuery({
    queryKey: keys.memberList(params),
    queryFn: () => api.members.list({ query: params }),
    enabled: debounced.length >= MIN_SEARCH,
    placeholderData: keepPreviousData,
  });
  const members = debounced.length >= MIN_SEARCH ? (found.data?.items ?? []) : [];
  const available = members.filter((member) => !picked.some((item) => item.id === member.id));
  const byId = new Map(available.map((member) => [String(member.id), member]));
  return (
    <Select
      data-testid="election-member-search"
      label={t('congress.election.addCandidate')}
      placeholder={t('congress.election.searchMember')}
      searchable
      data={available.map((member) => ({ value: String(member.id), label: member.fullName }))}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(value) => {
        const member = value ? byId.get(value) : undefined;
        if (!member) return;
        onPick({ id: member.id, fullName: member.fullName, unitName: member.unit.name });
        setSearch('');
      }}
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const member = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" data-testid="member-option">
            <div style={{ minWidth: 0 }}>
              <Text size="sm">{option.label}</Text>
              {member && (
                <Text size="xs" c="dimmed">
                  {[
                    member.unit.name,
                    member.joinedUnionOn &&
                      t('congress.election.joined', { date: formatDate(member.joinedUnionOn) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              )}
            </div>
          </Group>
        );
      }}
      nothingFoundMessage={
        debounced.length >= MIN_SEARCH ? t('congress.election.noMember') : t('org.typeMore')
      }
      leftSection={<IconSearch size={16} />}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
