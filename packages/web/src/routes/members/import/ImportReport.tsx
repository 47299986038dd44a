// What an import did or will do: the counts, the rows and their action, every rejected row with its reason,
// the rejected rows as a download, and where to go once it is done.
import { apiContract, type ImportResult } from '@congdoan/domain';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../api/client.ts';
import { formatNumber } from '../../../components/format.ts';
import { currentLanguage } from '../../../i18n/index.ts';

const COUNTS = [
  { key: 'rows', color: 'dark' },
  { key: 'imported', color: 'green.8' },
  { key: 'updated', color: 'blue.8' },
  { key: 'unchanged', color: 'gray.7' },
  { key: 'rejected', color: 'red.8' },
] as const;

const ACTION_COLORS = { import: 'green', update: 'blue', unchanged: 'gray', reject: 'red' } as const;
const PAGE = 100;

export function ImportCounts({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs" data-testid="import-counts">
      {COUNTS.map(({ key, color }) => (
        <Paper key={key} withBorder radius="md" p="xs">
          <Text size="xs" c="dimmed" fw={500}>
            {t(`members.import.counts.${key}`)}
          </Text>
          <Text fz={22} fw={700} c={color} data-testid={`import-count-${key}`} data-value={result[key]}>
            {formatNumber(result[key], currentLanguage())}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function PreviewRows({ preview }: { preview: NonNullable<ImportResult['preview']> }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  if (preview.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h5" mb="xs">
        {t('members.import.preview')}
      </Title>
      <Table.ScrollContainer minWidth={0} maxHeight={420}>
        <Table verticalSpacing={4} stickyHeader data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('members.import.row')}</Table.Th>
              <Table.Th>{t('memberField.fullName')}</Table.Th>
              <Table.Th visibleFrom="xs">{t('memberField.nationalId')}</Table.Th>
              <Table.Th>{t('members.import.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.slice(0, shown).map((row) => (
              <Table.Tr
                key={row.row}
                data-testid="import-preview-row"
                data-row={row.row}
                data-action={row.action}
              >
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>{row.fullName ?? '—'}</Table.Td>
                <Table.Td ff="monospace" fz="sm" visibleFrom="xs">
                  {row.nationalId ?? ''}
                </Table.Td>
                <Table.Td>
                  <Badge color={ACTION_COLORS[row.action]} variant="light" size="sm">
                    {t(`members.import.actions.${row.action}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.length > shown && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShown(shown + PAGE)}>
          {t('members.import.showMore', { count: Math.min(PAGE, preview.length - shown) })}
        </Button>
      )}
    </Paper>
  );
}

export function RejectedRows({ errors }: { errors: ImportResult['errors'] }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [shown, setShown] = useState(PAGE);
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h5" mb="xs">
        {t('members.import.errors', { count: errors.length })}
      </Title>
      {errors.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="import-no-errors">
          {t('members.import.noErrors')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0} maxHeight={420}>
          <Table verticalSpacing={4} stickyHeader data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t('members.import.row')}</Table.Th>
                {!phone && <Table.Th>{t('members.import.column')}</Table.Th>}
                <Table.Th>
                  {phone
                    ? `${t('members.import.column')} · ${t('members.import.reason')}`
                    : t('members.import.reason')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {errors.slice(0, shown).map((error, index) => (
                <Table.Tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: one row may carry several reasons
                  key={`${error.row}-${error.column}-${index}`}
                  data-testid="import-error-row"
                  data-row={error.row}
                  data-column={error.column}
                >
                  <Table.Td style={{ verticalAlign: 'top' }}>{error.row}</Table.Td>
                  {phone ? (
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {error.column}
                      </Text>
                      <Text size="sm" c="red.8">
                        {error.message}
                      </Text>
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{error.column}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="red.8">
                          {error.message}
                        </Text>
                      </Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {errors.length > shown && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShown(shown + PAGE)}>
          {t('members.import.showMore', { count: Math.min(PAGE, errors.length - shown) })}
        </Button>
      )}
    </Paper>
  );
}

export function RejectedDownload({ jobId }: { jobId: number }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button
        component="a"
        href={hrefOf(apiContract.memberImport.rejectedRows, {
          params: { id: jobId },
          query: { lang: currentLanguage() },
        })}
        download
        variant="light"
        color="red"
        leftSection={<IconDownload size={16} />}
        data-testid="import-rejected-download"
      >
        {t('members.import.downloadRejected')}
      </Button>
    </Group>
  );
}

export function ResultActions(props: { rejected: number; unitId: number | null; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {props.rejected > 0 && (
        <Text size="sm" c="dimmed">
          {t('members.import.fixHint')}
        </Text>
      )}
      <Group justify="flex-end" gap="xs">
        <Button
          variant="default"
          renderRoot={(rootProps) => (
            <Link {...rootProps} to="/members" search={{ unitId: props.unitId ?? undefined }} />
          )}
          data-testid="import-to-list"
        >
          {t('members.import.toList')}
        </Button>
        <Button leftSection={<IconRefresh size={16} />} onClick={props.onAgain} data-testid="import-again">
          {t('members.import.again')}
        </Button>
      </Group>
    </Stack>
  );
}
