// The column mapping the server found (column letter, header text → field), which the user may correct.
import { type ImportResult, MEMBER_IMPORT_FIELDS } from '@congdoan/domain';
import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFieldLabel } from '../../../components/memberLabels.ts';

/** A column of the sheet → the member field read from it (the `mapping` field of the import form). */
export type ColumnMapping = Record<string, string>;

export interface MappingColumn {
  column: string;
  header: string;
}

/** "B" < "Z" < "AA": spreadsheet column order. */
const byColumn = (a: string, b: string) => a.length - b.length || a.localeCompare(b);

/** The sheet's columns: all of them when the server lists them, otherwise those it mapped. */
export function columnsOf(result: ImportResult): MappingColumn[] {
  const byLetter = new Map<string, MappingColumn>();
  for (const column of [...(result.columns ?? []), ...Object.values(result.mapping ?? {})]) {
    if (!byLetter.has(column.column))
      byLetter.set(column.column, { column: column.column, header: column.header });
  }
  return [...byLetter.values()].sort((a, b) => byColumn(a.column, b.column));
}

/**
 * The column → field form the import takes back (columns left out are ignored), from the server's
 * columns when it lists them, else from its field → column answer.
 */
export function mappingOf(result: ImportResult): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (result.columns) {
    for (const column of result.columns) if (column.field) mapping[column.column] = column.field;
    return mapping;
  }
  for (const [field, { column }] of Object.entries(result.mapping ?? {})) mapping[column] = field;
  return mapping;
}

/** Fields read from more than one column; the server refuses such a mapping. */
export function doubledFields(mapping: ColumnMapping): string[] {
  const used = Object.values(mapping);
  return [...new Set(used.filter((field, index) => used.indexOf(field) !== index))];
}

interface Props {
  headerRow: number | undefined;
  columns: MappingColumn[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping, columns: MappingColumn[]) => void;
}

export function MappingTable({ headerRow, columns, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const [letter, setLetter] = useState('');
  const phone = useMediaQuery('(max-width: 36em)');
  const fields = MEMBER_IMPORT_FIELDS.map((field) => ({ value: field, label: importFieldLabel(t, field) }));
  const options = [{ value: '', label: t('members.import.ignore') }, ...fields];
  const doubled = doubledFields(mapping);

  const setField = (column: string, field: string) => {
    const next = { ...mapping };
    if (field) next[column] = field;
    else delete next[column];
    onChange(next, columns);
  };
  const addColumn = () => {
    const column = letter.trim().toUpperCase();
    if (!/^[A-Z]{1,3}$/u.test(column) || columns.some((known) => known.column === column)) return;
    onChange(
      mapping,
      [...columns, { column, header: '' }].sort((a, b) => byColumn(a.column, b.column)),
    );
    setLetter('');
  };

  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5">
          {t('members.import.mapping')}
        </Title>
        {headerRow !== undefined && (
          <Text size="sm" c="dimmed" data-testid="import-header-row">
            {t('members.import.headerRow', { row: headerRow })}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('members.import.mappingHint')}
      </Text>
      <Table verticalSpacing={4} data-testid="import-mapping">
        {!phone && (
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t('members.import.column')}</Table.Th>
              <Table.Th>{t('members.import.header')}</Table.Th>
              <Table.Th w="45%">{t('members.import.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {columns.map((column) => {
            const header = (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {column.header || '—'}
              </Text>
            );
            const select = (
              <Select
                size="xs"
                aria-label={t('members.import.fieldOf', { column: column.column })}
                data={options}
                value={mapping[column.column] ?? ''}
                onChange={(field) => setField(column.column, field ?? '')}
                allowDeselect={false}
                error={doubled.includes(mapping[column.column] ?? '') || undefined}
                comboboxProps={{ withinPortal: true }}
                data-testid={`mapping-field-${column.column}`}
              />
            );
            return (
              <Table.Tr key={column.column} data-testid="mapping-row" data-column={column.column}>
                <Table.Td ff="monospace" fw={600} w={40} style={{ verticalAlign: 'top' }}>
                  {column.column}
                </Table.Td>
                {phone ? (
                  // On a phone the header sits above a full-width select, so field names are not cut.
                  <Table.Td>
                    <Stack gap={4}>
                      {header}
                      {select}
                    </Stack>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td>{header}</Table.Td>
                    <Table.Td>{select}</Table.Td>
                  </>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {doubled.length > 0 && (
        <Alert color="orange" py={6} mt="xs" data-testid="mapping-doubled">
          {t('members.import.doubled', {
            fields: doubled.map((field) => importFieldLabel(t, field)).join(', '),
          })}
        </Alert>
      )}
      <Group gap="xs" mt="sm" align="flex-end">
        <TextInput
          size="xs"
          w={150}
          label={t('members.import.addColumn')}
          placeholder={t('members.import.columnLetter')}
          value={letter}
          onChange={(event) => setLetter(event.currentTarget.value)}
          maxLength={3}
          data-testid="mapping-add-column"
        />
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={addColumn}
          data-testid="mapping-add"
        >
          {t('members.import.add')}
        </Button>
      </Group>
    </Paper>
  );
}
