// Finding a unit: the accent-free search box and, when not searching, the tree from the user's own unit.
import { ActionIcon, Group, Loader, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { UnitTree } from '../../components/UnitTree.tsx';
import { UnitTypeBadge } from '../../components/UnitTypeBadge.tsx';
import { useAsOf } from '../../components/useAsOf.ts';
import { useUnitSearch } from '../../components/useUnitSearch.ts';

export function OrgNavigator({ selectedId }: { selectedId?: number }) {
  const { t } = useTranslation();
  const { asOf } = useAsOf();
  const [search, setSearch] = useState('');
  const found = useUnitSearch(search, asOf, 30);
  const roots = useQuery({
    queryKey: keys.units({ asOf }),
    queryFn: () => api.org.list({ query: { asOf } }),
  });
  const selected = useQuery({
    queryKey: keys.unit(selectedId ?? 0, asOf),
    queryFn: () => api.org.get({ params: { id: selectedId ?? 0 }, query: { asOf } }),
    enabled: Boolean(selectedId),
  });

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="sm">
        <TextInput
          data-testid="unit-search"
          aria-label={t('common.search')}
          placeholder={t('org.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={
            search ? (
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => setSearch('')}
                aria-label={t('common.close')}
              >
                <IconX size={14} />
              </ActionIcon>
            ) : found.query.isFetching ? (
              <Loader size="xs" />
            ) : null
          }
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        {search.trim() ? (
          <Stack gap={4} data-testid="unit-search-results">
            <Title order={3} size="h6" c="dimmed">
              {t('org.searchResults')}
            </Title>
            {!found.ready && (
              <Text size="sm" c="dimmed">
                {t('org.typeMore')}
              </Text>
            )}
            {found.ready && !found.query.isFetching && found.units.length === 0 && (
              <Text size="sm" c="dimmed" data-testid="unit-search-empty">
                {t('org.noResults')}
              </Text>
            )}
            {found.units.map((unit) => (
              <Group
                key={unit.id}
                className="tree-row"
                data-selected={unit.id === selectedId}
                gap="xs"
                wrap="nowrap"
                px={6}
                py={4}
                data-testid="unit-search-result"
                data-unit-id={unit.id}
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <UnitLink unitId={unit.id} size="sm" c="dark" style={{ overflowWrap: 'anywhere' }}>
                    {unit.name}
                  </UnitLink>
                  <Text size="xs" c="dimmed">
                    {unit.code}
                  </Text>
                </div>
                <UnitTypeBadge type={unit.type} size="xs" />
              </Group>
            ))}
          </Stack>
        ) : (
          <Stack gap={4}>
            <Title order={3} size="h6" c="dimmed">
              {t('org.tree')}
            </Title>
            {roots.isPending && <Loader size="sm" />}
            {roots.isError && (
              <Text size="sm" c="red">
                {errorMessage(roots.error, t)}
              </Text>
            )}
            {roots.data && roots.data.items.length === 0 && (
              <Text size="sm" c="dimmed" data-testid="tree-empty">
                {t('org.treeEmpty')}
              </Text>
            )}
            {roots.data && roots.data.items.length > 0 && (
              <ScrollArea.Autosize mah="calc(100vh - 220px)" type="auto" offsetScrollbars>
                <UnitTree
                  key={asOf}
                  roots={roots.data.items}
                  asOf={asOf}
                  selectedId={selectedId}
                  revealPath={selected.data?.path}
                />
              </ScrollArea.Autosize>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
