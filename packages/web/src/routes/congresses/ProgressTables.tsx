// The children of the unit with their subtree's figures (a row drills down, on the same page) and the units
// that have not held their congress, the late first, each leading to the unit's congress tab.
import type { CongressProgress } from '@congdoan/domain';
import { Anchor, Badge, Button, Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { congressLevelLabel, congressStatusColor, congressStatusLabel } from './labels.ts';

/** Rows shown at first; a provincial federation has hundreds of units under it. */
const PAGE = 30;

export function ProgressChildren({
  items,
  onDrill,
}: {
  items: CongressProgress['children'];
  onDrill: (unitId: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [shown, setShown] = useState(PAGE);
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h5" mb="xs">
        {t('congress.progress.children')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('org.noChildren')}
        </Text>
      ) : (
        <Table highlightOnHover verticalSpacing={6} data-testid="progress-children">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('org.name')}</Table.Th>
              <Table.Th ta="right">{t('congress.progress.heldOfTotal')}</Table.Th>
              <Table.Th w="30%" visibleFrom="xs" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.slice(0, shown).map((child) => {
              const share = child.total > 0 ? (child.held / child.total) * 100 : 0;
              return (
                <Table.Tr
                  key={child.id}
                  onClick={() => onDrill(child.id)}
                  style={{ cursor: 'pointer' }}
                  data-testid="progress-child"
                  data-unit-id={child.id}
                >
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" ta="left">
                      {child.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">
                      {formatNumber(child.held, language)}/{formatNumber(child.total, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="xs">
                    <Progress value={share} color={share >= 100 ? 'green' : 'union'} size="md" radius="md" />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {items.length > shown && (
        <Button
          variant="subtle"
          size="xs"
          mt="xs"
          onClick={() => setShown(shown + PAGE)}
          data-testid="progress-children-more"
        >
          {t('org.showMore', { count: Math.min(items.length - shown, PAGE) })}
        </Button>
      )}
    </Paper>
  );
}

export function MissingUnits({ progress }: { progress: CongressProgress }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { missing, missingTotal } = progress;
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h5" mb="xs">
        {t('congress.progress.missing', { value: formatNumber(missingTotal, language) })}
      </Title>
      {missing.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="progress-missing-none">
          {t('congress.progress.noneMissing')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="progress-missing">
          <Table.Tbody>
            {missing.map((unit) => (
              <Table.Tr
                key={unit.id}
                data-testid="progress-missing-row"
                data-unit-id={unit.id}
                data-late={unit.late}
              >
                <Table.Td>
                  <Group gap={6} justify="space-between" align="flex-start">
                    <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link
                            {...props}
                            to="/org/$unitId"
                            params={{ unitId: String(unit.id) }}
                            search={{ tab: 'congress' }}
                          />
                        )}
                      >
                        {unit.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {[congressLevelLabel(t, unit.level), unit.parentName].filter(Boolean).join(' · ')}
                      </Text>
                    </div>
                    <Group gap={4}>
                      {unit.late && (
                        <Badge color="red" size="sm" variant="filled" data-testid="progress-missing-late">
                          {t('congress.progress.lateBadge')}
                        </Badge>
                      )}
                      {unit.status ? (
                        <Badge color={congressStatusColor(unit.status)} size="sm" variant="light">
                          {congressStatusLabel(t, unit.status)}
                          {unit.scheduledOn ? ` ${formatDate(unit.scheduledOn)}` : ''}
                        </Badge>
                      ) : (
                        <Badge color="gray" size="sm" variant="outline">
                          {t('congressStatus.none')}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {missingTotal > missing.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('congress.progress.missingMore', {
            value: formatNumber(missingTotal - missing.length, language),
          })}
        </Text>
      )}
    </Paper>
  );
}
