// The top of a unit's page: breadcrumb path, name, type, code, status, and what the user may do.
import type { OrgUnitDetail, OrgUnitView } from '@congdoan/domain';
import { Badge, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { UnitTypeBadge } from '../../components/UnitTypeBadge.tsx';
import { UnitActions } from './actions/UnitActions.tsx';

function StatusBadge({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useTranslation();
  if (unit.status === 'dissolved') {
    return (
      <Badge color="red" variant="filled" data-testid="unit-status" data-status="dissolved">
        {t('org.statusDissolved', { date: formatDate(unit.dissolvedOn ?? unit.validTo) })}
      </Badge>
    );
  }
  if (unit.status === 'notYetFounded') {
    return (
      <Badge color="yellow" data-testid="unit-status" data-status="notYetFounded">
        {t('org.statusNotYetFounded', { date: formatDate(unit.foundedOn) })}
      </Badge>
    );
  }
  return (
    <Badge color="green" variant="light" data-testid="unit-status" data-status="active">
      {t('org.statusActive')}
    </Badge>
  );
}

export function UnitHeader({ unit }: { unit: OrgUnitView }) {
  const { t } = useTranslation();
  const ancestors = unit.ancestors.filter((ancestor) => ancestor.id !== unit.id);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        {ancestors.length > 0 && (
          <Breadcrumbs
            data-testid="unit-breadcrumb"
            separatorMargin={6}
            style={{ flexWrap: 'wrap', rowGap: 4 }}
            styles={{ breadcrumb: { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: 1.4 } }}
          >
            {ancestors.map((ancestor) => (
              <UnitLink key={ancestor.id} unitId={ancestor.id} size="sm" testId="breadcrumb-link">
                {ancestor.name}
              </UnitLink>
            ))}
            <Text size="sm" c="dimmed">
              {unit.shortName ?? unit.name}
            </Text>
          </Breadcrumbs>
        )}
        <Title order={2} size="h3" data-testid="unit-name" style={{ overflowWrap: 'anywhere' }}>
          {unit.name}
        </Title>
        <Group gap="xs">
          <UnitTypeBadge type={unit.type} full size="md" data-testid="unit-type" />
          <Badge variant="outline" color="gray" size="md" data-testid="unit-code">
            {t('org.code')}: {unit.code}
          </Badge>
          <StatusBadge unit={unit} />
          <Text size="sm" c="dimmed">
            {t('org.foundedOn', { date: formatDate(unit.foundedOn) })}
          </Text>
        </Group>
        <Group gap="xs" justify="space-between" align="flex-start">
          <UnitActions unit={unit} />
          <Button
            renderRoot={(rootProps) => <Link {...rootProps} to="/audit" search={{ unitId: unit.id }} />}
            variant="subtle"
            size="xs"
            leftSection={<IconHistory size={16} />}
            data-testid="unit-audit-link"
          >
            {t('org.auditLink')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
