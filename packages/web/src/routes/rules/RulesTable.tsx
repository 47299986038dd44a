// The rules grouped by key: the value in force, where it comes from, and (opened) every value it has had.
// On a phone each row folds its columns into one cell.
import type { RuleRow, RuleValueType } from '@congdoan/domain';
import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatRuleValue, inForce } from './ruleValue.ts';

const CONFIDENCE_COLORS: Record<string, string> = {
  H: 'green',
  M: 'yellow',
  L: 'orange',
  unconfirmed: 'gray',
};

export type RulePreset = { key: string; valueType: RuleValueType; source: string };

interface RulesTableProps {
  groups: [string, RuleRow[]][];
  today: string;
  canEdit: boolean;
  onAdd: (preset: RulePreset) => void;
}

export function RulesTable({ groups, today, canEdit, onAdd }: RulesTableProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const nowrap = { whiteSpace: 'nowrap' } as const;

  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 860}>
      <Table verticalSpacing={6} fz="sm" data-testid="rules-table">
        {!phone && (
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36} />
              <Table.Th>{t('rules.key')}</Table.Th>
              <Table.Th ta="right" style={nowrap}>
                {t('rules.inForce')}
              </Table.Th>
              <Table.Th style={nowrap}>{t('rules.validFrom')}</Table.Th>
              <Table.Th style={nowrap}>{t('rules.validTo')}</Table.Th>
              <Table.Th miw={200}>{t('rules.source')}</Table.Th>
              <Table.Th>{t('rules.confidence')}</Table.Th>
              {canEdit && <Table.Th w={48} />}
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {groups.map(([key, rows]) => {
            const current = inForce(rows, today);
            const shown = current ?? rows[0]!;
            const expanded = open.has(key);
            const value = current ? (
              formatRuleValue(current.valueType, current.value, currentLanguage())
            ) : (
              <Text span c="dimmed" size="sm">
                {t('rules.noneInForce')}
              </Text>
            );
            return (
              <Fragment key={key}>
                <Table.Tr data-testid="rule-row" data-key={key}>
                  <Table.Td w={36}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      onClick={() => toggle(key)}
                      aria-label={t('rules.history')}
                      aria-expanded={expanded}
                      data-testid="rule-toggle"
                    >
                      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  {phone ? (
                    <Table.Td>
                      <Group justify="space-between" gap="xs" wrap="nowrap">
                        <Text ff="monospace" fz="xs">
                          <RuleKey value={key} />
                        </Text>
                        <Text fw={600} style={nowrap} data-testid="rule-value-in-force">
                          {value}
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t('rules.validFrom')} {formatDate(shown.validFrom)} · {shown.source}
                      </Text>
                      <ConfidenceBadge level={shown.confidence} />
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td ff="monospace" fz="xs">
                        <RuleKey value={key} />
                        {rows.length > 1 && (
                          <Badge ml={6} size="xs" variant="light" color="gray">
                            {rows.length}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" fw={600} style={nowrap} data-testid="rule-value-in-force">
                        {value}
                      </Table.Td>
                      <Table.Td>{formatDate(shown.validFrom)}</Table.Td>
                      <Table.Td>{formatDate(shown.validTo) || '–'}</Table.Td>
                      <Table.Td>{shown.source}</Table.Td>
                      <Table.Td>
                        <ConfidenceBadge level={shown.confidence} />
                      </Table.Td>
                    </>
                  )}
                  {canEdit && (
                    <Table.Td w={48}>
                      <Tooltip label={t('rules.add')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('rules.add')}
                          onClick={() => onAdd({ key, valueType: shown.valueType, source: shown.source })}
                          data-testid="rule-add"
                        >
                          <IconPlus size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  )}
                </Table.Tr>
                {expanded &&
                  rows.map((row) => (
                    <HistoryRow
                      key={row.id}
                      row={row}
                      current={row.id === current?.id}
                      phone={phone}
                      canEdit={canEdit}
                    />
                  ))}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A rule key that may break after its dots, and only there. */
function RuleKey({ value }: { value: string }) {
  return value.split('.').map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one key never reorder
    <Fragment key={index}>
      {index > 0 && (
        <>
          .<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

function ConfidenceBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={CONFIDENCE_COLORS[level] ?? 'gray'}>
      {t(`rules.confidenceLevels.${level}` as 'rules.confidenceLevels.H', { defaultValue: level })}
    </Badge>
  );
}

function HistoryRow(props: { row: RuleRow; current: boolean; phone: boolean; canEdit: boolean }) {
  const { row, current, phone, canEdit } = props;
  const { t } = useTranslation();
  const value = formatRuleValue(row.valueType, row.value, currentLanguage());
  const period = `${formatDate(row.validFrom)} – ${formatDate(row.validTo) || '…'}`;
  return (
    <Table.Tr data-testid="rule-history" bg={current ? 'union.0' : 'gray.0'}>
      <Table.Td />
      {phone ? (
        <Table.Td>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs">{period}</Text>
            <Text size="sm" fw={500}>
              {value}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {row.source}
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td fz="xs" c="dimmed">
            {row.recordedBy ? `${t('rules.recordedBy')}: ${row.recordedBy}` : ''}
          </Table.Td>
          <Table.Td ta="right">{value}</Table.Td>
          <Table.Td>{formatDate(row.validFrom)}</Table.Td>
          <Table.Td>{formatDate(row.validTo) || '–'}</Table.Td>
          <Table.Td>{row.source}</Table.Td>
          <Table.Td>
            <ConfidenceBadge level={row.confidence} />
          </Table.Td>
        </>
      )}
      {canEdit && <Table.Td />}
    </Table.Tr>
  );
}
