// The register of personal data: per capability, the fields kept (sensitive ones marked), the legal basis,
// who may read them and how long they are kept; then the retention rules in force on this server.
import type { RegisterView } from '@congdoan/domain';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../components/labels.ts';

type Entry = RegisterView['entries'][number];

/** A field's label: a member field's own, else the register's. */
export function fieldLabel(t: TFunction, field: string): string {
  const member = t(`memberField.${field}` as 'memberField.fullName', { defaultValue: '' });
  return member || t(`personalDataField.${field}` as 'personalDataField.unit', { defaultValue: field });
}

function retentionText(t: TFunction, days: number | null): string {
  return days === null ? t('privacy.retention.kept') : t('privacy.retention.days', { count: days });
}

function FieldBadges({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {entry.fields.map((field) => (
        <Badge
          key={field.field}
          size="sm"
          variant={field.category === 'sensitive' ? 'filled' : 'light'}
          color={field.category === 'sensitive' ? 'red' : field.identifying ? 'orange' : 'gray'}
          data-testid={`register-field-${entry.capability}-${field.field}`}
          data-category={field.category}
        >
          {fieldLabel(t, field.field)}
        </Badge>
      ))}
    </Group>
  );
}

export function RegisterTab({ register }: { register: RegisterView }) {
  const { t } = useTranslation();
  const days = new Map(register.retention.map((rule) => [rule.kind, rule.days]));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('privacy.register.intro', {
          fields: register.sensitiveFields.map((field) => fieldLabel(t, field)).join(', '),
          roles: register.sensitiveRoles.map((role) => roleLabel(t, role as 'viewer')).join(', '),
        })}
      </Text>
      <Group gap="xs">
        <Badge color="red">{t('privacy.category.sensitive')}</Badge>
        <Badge color="orange" variant="light">
          {t('privacy.category.identifying')}
        </Badge>
        <Badge color="gray" variant="light">
          {t('privacy.category.basic')}
        </Badge>
      </Group>
      <Table.ScrollContainer minWidth={1100}>
        <Table striped verticalSpacing="sm" data-testid="register-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>{t('privacy.register.capability')}</Table.Th>
              <Table.Th>{t('privacy.register.fields')}</Table.Th>
              <Table.Th w={280}>{t('privacy.register.purposeBasis')}</Table.Th>
              <Table.Th w={200}>{t('privacy.register.readers')}</Table.Th>
              <Table.Th w={150}>{t('privacy.register.retention')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {register.entries.map((entry) => (
              <Table.Tr key={entry.capability} data-testid={`register-${entry.capability}`}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {t(`privacy.capability.${entry.capability}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {entry.tables.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <FieldBadges entry={entry} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`privacy.purpose.${entry.capability}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {entry.legalBases.map((basis) => t(`privacy.basis.${basis}`)).join('; ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {entry.readers.map((reader) => t(`privacy.reader.${reader}`)).join('; ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`privacy.retention.kind.${entry.retention}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {retentionText(t, days.get(entry.retention) ?? null)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="sm">
          {t('privacy.retention.title')}
        </Title>
        <Table data-testid="retention-table">
          <Table.Tbody>
            {register.retention.map((rule) => (
              <Table.Tr key={rule.kind} data-testid={`retention-${rule.kind}`}>
                <Table.Td>{t(`privacy.retention.kind.${rule.kind}`)}</Table.Td>
                <Table.Td>{retentionText(t, rule.days)}</Table.Td>
                <Table.Td>{t(`privacy.retention.action.${rule.action}`)}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {rule.setting ?? ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
