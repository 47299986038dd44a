// An audit entry's change as a readable table: each field that differs, before → after.
import { isValidIsoDate, ROLES, type Role, UNIT_TYPE_CODES, type UnitTypeCode } from '@congdoan/domain';
import { Code, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { roleLabel, unitTypeLabel } from '../../components/labels.ts';

type Fields = Record<string, unknown>;

/** Internal bookkeeping that says nothing to a reader (the id path follows from the parent). */
const HIDDEN = new Set(['path', 'passwordHash']);

const asFields = (value: unknown): Fields =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Fields)
    : value == null
      ? {}
      : { value };

function show(key: string, value: unknown, t: TFunction) {
  if (value === null || value === undefined || value === '') return <Text c="dimmed">–</Text>;
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'string') {
    if (key === 'type' && (UNIT_TYPE_CODES as readonly string[]).includes(value)) {
      return unitTypeLabel(t, value as UnitTypeCode);
    }
    if (key === 'role' && (ROLES as readonly string[]).includes(value)) return roleLabel(t, value as Role);
    if (isValidIsoDate(value)) return formatDate(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return (
    <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: '100%' }}>
      {JSON.stringify(value, null, 1)}
    </Code>
  );
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const old = asFields(before);
  const now = asFields(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !HIDDEN.has(key) && JSON.stringify(old[key]) !== JSON.stringify(now[key]),
  );
  if (keys.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  return (
    <Table
      withTableBorder
      withColumnBorders
      fz="sm"
      layout="fixed"
      style={{ overflowWrap: 'anywhere' }}
      data-testid="audit-diff"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="20%">{t('audit.field')}</Table.Th>
          <Table.Th w="40%">{t('audit.before')}</Table.Th>
          <Table.Th w="40%">{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => (
          <Table.Tr key={key}>
            <Table.Td>
              <Text size="sm" title={key}>
                {t(`audit.fields.${key}` as 'audit.fields.name', { defaultValue: key })}
              </Text>
            </Table.Td>
            <Table.Td bg="red.0">{show(key, old[key], t)}</Table.Td>
            <Table.Td bg="green.0">{show(key, now[key], t)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
