// The "Đại hội" tab of a unit's page: its congresses by cycle, its terms, its committees across cycles, and
// (for its officers) a new congress.
import type { OrgUnitDetail } from '@congdoan/domain';
import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { formatDate } from '../../components/format.ts';
import { CommitteeHistory } from './CommitteeHistory.tsx';
import { CreateCongressModal } from './CreateCongressModal.tsx';
import { congressKindLabel, congressStatusColor, congressStatusLabel, formatCycle } from './labels.ts';

/** The unit's own congresses (one a cycle), asked without the units below it; filtered again to be sure. */
const OWN = { subtree: 'false', pageSize: 50 } as const;

export function UnitCongressTab({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  // Whether the unit holds congresses of its own and the caller may open one: the server says.
  const overview = useQuery({
    queryKey: keys.congressOverview(unit.id),
    queryFn: () => api.congresses.unitOverview({ params: { id: unit.id } }),
  });
  const list = useQuery({
    queryKey: keys.congressList({ unitId: unit.id, ...OWN }),
    queryFn: () => api.congresses.list({ query: { unitId: unit.id, ...OWN } }),
  });
  const terms = useQuery({
    queryKey: keys.unitTerms(unit.id),
    queryFn: () => api.congresses.terms({ params: { id: unit.id } }),
  });
  const own = (list.data?.items ?? [])
    .filter((congress) => congress.unit.id === unit.id)
    .sort((a, b) => b.cycle.localeCompare(a.cycle));

  return (
    <Stack gap="md" data-testid="unit-congress-tab">
      <Paper withBorder radius="md" p="sm">
        <Group justify="space-between" mb="xs" gap="xs">
          <Title order={3} size="h5">
            {t('congress.unit.congresses')}
          </Title>
          <Group gap="xs">
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconChartBar size={14} />}
              renderRoot={(props) => <Link {...props} to="/congresses" search={{ unitId: unit.id }} />}
              data-testid="unit-congress-progress"
            >
              {t('congress.unit.progressLink')}
            </Button>
            {overview.data?.can.createCongress && (
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setCreating(true)}
                data-testid="congress-create"
              >
                {t('congress.unit.create')}
              </Button>
            )}
          </Group>
        </Group>
        {overview.data && !overview.data.unit.level && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('congress.unit.noLevel')}
          </Text>
        )}
        {list.isPending && <Loader size="sm" />}
        {list.isError && (
          <Text c="red" size="sm">
            {errorMessage(list.error, t)}
          </Text>
        )}
        {list.data && own.length === 0 && (
          <Text c="dimmed" size="sm" data-testid="unit-congress-none">
            {t('congress.unit.none')}
          </Text>
        )}
        {own.length > 0 && (
          <Table highlightOnHover verticalSpacing={6} data-testid="unit-congresses">
            <Table.Tbody>
              {own.map((congress) => (
                <Table.Tr
                  key={congress.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() =>
                    void navigate({
                      to: '/congresses/$congressId',
                      params: { congressId: String(congress.id) },
                    })
                  }
                  data-testid="unit-congress-row"
                  data-congress-id={congress.id}
                >
                  <Table.Td>
                    <Anchor
                      size="sm"
                      fw={600}
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/congresses/$congressId"
                          params={{ congressId: String(congress.id) }}
                        />
                      )}
                    >
                      {t('congress.cycleLabel', { cycle: formatCycle(congress.cycle) })}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {congressKindLabel(t, congress.kind)}
                      {congress.isPilot ? ` · ${t('congress.pilot')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge color={congressStatusColor(congress.status)} variant="light" size="sm">
                      {congressStatusLabel(t, congress.status)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDate(congress.heldOn ?? congress.scheduledOn)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Paper withBorder radius="md" p="sm">
        <Title order={3} size="h5" mb="xs">
          {t('congress.term.terms')}
        </Title>
        {terms.isError && (
          <Text c="red" size="sm">
            {errorMessage(terms.error, t)}
          </Text>
        )}
        {terms.data?.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('congress.term.none')}
          </Text>
        )}
        {terms.data && terms.data.length > 0 && (
          <Table verticalSpacing={6} data-testid="unit-terms">
            <Table.Tbody>
              {[...terms.data]
                .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
                .map((term) => (
                  <Table.Tr key={term.id} data-testid="unit-term">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t('congress.cycleLabel', { cycle: formatCycle(term.cycle) })}
                      </Text>
                      {term.shiftMonths !== 0 && (
                        <Text size="xs" c="dimmed">
                          {t('congress.term.shifted', {
                            months: term.shiftMonths,
                            decision: term.decisionNumber ?? '',
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {formatDate(term.startsOn)} – {formatDate(term.endsOn)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <CommitteeHistory unitId={unit.id} />

      {creating && (
        <CreateCongressModal
          unit={unit}
          onClose={() => setCreating(false)}
          onDone={(congress) =>
            void navigate({ to: '/congresses/$congressId', params: { congressId: String(congress.id) } })
          }
        />
      )}
    </Stack>
  );
}
