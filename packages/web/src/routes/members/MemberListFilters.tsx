// The member list's filters: unit (and units below), status, gender, age band, joined between two dates.
import { AGE_BANDS, GENDERS, MEMBER_STATUSES } from '@congdoan/domain';
import { Button, Collapse, Group, Paper, Select, SimpleGrid, Switch } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { ageBandLabel, genderLabel, memberStatusLabel } from '../../components/memberLabels.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import type { MembersSearch } from './search.ts';

interface Props {
  search: MembersSearch;
  onChange: (change: Partial<MembersSearch>) => void;
}

/** How many filters differ from the defaults, shown on the phone's "Filters" button. */
function activeCount(search: MembersSearch): number {
  return [
    search.unitId,
    search.subtree === false,
    search.status,
    search.gender,
    search.ageBand,
    search.joinedFrom,
    search.joinedTo,
  ].filter(Boolean).length;
}

export function MemberListFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const count = activeCount(search);
  const clear = () =>
    onChange({
      unitId: undefined,
      subtree: undefined,
      status: undefined,
      gender: undefined,
      ageBand: undefined,
      joinedFrom: undefined,
      joinedTo: undefined,
    });

  const fields = (
    <Paper withBorder radius="md" p="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm" verticalSpacing="xs">
        <UnitSearchSelect
          testId="members-filter-unit"
          label={t('members.filterUnit')}
          placeholder={t('members.filterUnitPlaceholder')}
          value={search.unitId ?? null}
          onChange={(unit) => onChange({ unitId: unit?.id })}
        />
        <Select
          data-testid="members-filter-status"
          label={t('memberField.status')}
          data={[
            ...MEMBER_STATUSES.map((status) => ({ value: status, label: memberStatusLabel(t, status) })),
            { value: 'all', label: t('members.allStatuses') },
          ]}
          value={search.status ?? 'active'}
          onChange={(status) =>
            onChange({
              status: status === 'active' || !status ? undefined : (status as MembersSearch['status']),
            })
          }
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          data-testid="members-filter-gender"
          label={t('memberField.gender')}
          placeholder={t('common.all')}
          data={GENDERS.map((gender) => ({ value: gender, label: genderLabel(t, gender) }))}
          value={search.gender ?? null}
          onChange={(gender) => onChange({ gender: (gender ?? undefined) as MembersSearch['gender'] })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          data-testid="members-filter-age-band"
          label={t('members.field.ageBand')}
          placeholder={t('common.all')}
          data={AGE_BANDS.map((band) => ({ value: band, label: ageBandLabel(t, band) }))}
          value={search.ageBand ?? null}
          onChange={(band) => onChange({ ageBand: (band ?? undefined) as MembersSearch['ageBand'] })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          testId="members-filter-joined-from"
          label={t('members.joinedFrom')}
          value={search.joinedFrom ?? null}
          onChange={(date) => onChange({ joinedFrom: date ?? undefined })}
          clearable
        />
        <DateField
          testId="members-filter-joined-to"
          label={t('members.joinedTo')}
          value={search.joinedTo ?? null}
          onChange={(date) => onChange({ joinedTo: date ?? undefined })}
          clearable
        />
      </SimpleGrid>
      <Group justify="space-between" mt="sm" gap="xs">
        <Switch
          data-testid="members-filter-subtree"
          label={t('members.subtree')}
          checked={search.subtree !== false}
          onChange={(event) => onChange({ subtree: event.currentTarget.checked ? undefined : false })}
        />
        {count > 0 && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconFilterOff size={14} />}
            onClick={clear}
            data-testid="members-filter-clear"
          >
            {t('members.clearFilters')}
          </Button>
        )}
      </Group>
    </Paper>
  );

  if (wide) return fields;
  return (
    <>
      <Button
        variant={count ? 'light' : 'default'}
        leftSection={<IconFilter size={16} />}
        onClick={toggle}
        data-testid="members-filters-toggle"
        fullWidth
      >
        {count ? t('members.filtersCount', { count }) : t('members.filters')}
      </Button>
      <Collapse expanded={opened}>{fields}</Collapse>
    </>
  );
}
