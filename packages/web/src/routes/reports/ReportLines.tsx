// The figures of a unit's report, under the catalog's headings: where each comes from (the records, the
// children's reports, typed in, a ratio), the figure — a number field for a line the unit types in while it
// may edit — and last year's beside it.
import { findIndicator, type ReportLine, ratioValue } from '@congdoan/domain';
import { Badge, NumberInput, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { formatIndicatorValue, indicatorName, numberSeparators } from '../plans/labels.ts';
import { formatChange, groupByCatalog, groupLabel, SOURCE_COLORS, sourceLabel } from './labels.ts';
import './reports.css';

/** Figures as typed: an empty field is no figure. */
export type LineDraft = Record<string, number | ''>;

export function ReportLines(props: {
  lines: ReportLine[];
  editable: boolean;
  draft: LineDraft;
  onChange: (code: string, value: number | '') => void;
  /** The error of a typed figure (the form's, or the server's), by code. */
  errors?: (code: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const byCode = new Map(props.lines.map((line) => [line.code, line]));
  /** The figure as it stands on the screen: typed figures as typed, ratios recomputed over them. */
  const shownValue = (code: string): number | null => {
    const line = byCode.get(code);
    if (!line) return null;
    if (props.editable && line.source === 'entered') {
      const typed = props.draft[code];
      return typed === '' || typed === undefined ? null : typed;
    }
    const indicator = findIndicator(code);
    if (props.editable && indicator?.aggregation === 'ratio') {
      return ratioValue(indicator, shownValue(indicator.numerator), shownValue(indicator.denominator));
    }
    return line.value;
  };
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} withTableBorder className="report-table" data-testid="report-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="report-sticky">{t('reports.indicatorColumn')}</Table.Th>
            <Table.Th ta="right">{t('reports.valueColumn')}</Table.Th>
            <Table.Th ta="right">{t('reports.lastYear')}</Table.Th>
            <Table.Th ta="right">{t('reports.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupByCatalog(props.lines, (line) => line.code).map((run) => [
            <Table.Tr key={`group-${run.group}-${run.items[0]?.code}`} className="report-group-row">
              <Table.Td className="report-sticky" fw={700}>
                {groupLabel(t, run.group)}
              </Table.Td>
              <Table.Td colSpan={3} />
            </Table.Tr>,
            ...run.items.map((line) => {
              const name = indicatorName(line.code);
              const input = props.editable && line.source === 'entered';
              const current = shownValue(line.code);
              return (
                <Table.Tr
                  key={line.code}
                  data-testid="report-line"
                  data-code={line.code}
                  data-source={line.source}
                >
                  <Table.Td className="report-sticky">
                    <Text size="sm">{name}</Text>
                    <Badge
                      size="xs"
                      variant="light"
                      color={SOURCE_COLORS[line.source]}
                      data-testid="report-line-source"
                    >
                      {sourceLabel(t, line.source)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {input ? (
                      <NumberInput
                        aria-label={name}
                        value={props.draft[line.code] ?? ''}
                        onChange={(value) => props.onChange(line.code, value === '' ? '' : Number(value))}
                        min={0}
                        allowNegative={false}
                        allowDecimal={false}
                        {...numberSeparators(language)}
                        hideControls
                        size="xs"
                        w={140}
                        ml="auto"
                        styles={{ input: { textAlign: 'right' } }}
                        error={props.errors?.(line.code)}
                        data-testid={`report-value-${line.code}`}
                      />
                    ) : (
                      <Text size="sm" fw={500} data-testid={`report-value-${line.code}`}>
                        {formatIndicatorValue(line.code, current, language)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c="dimmed">
                      {formatIndicatorValue(line.code, line.lastYear, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatChange(line.code, current, line.lastYear, language)}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            }),
          ])}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
