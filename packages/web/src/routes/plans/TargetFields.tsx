// One target of a plan being issued: the indicator, the same value for every child or a value per child,
// and a note. Its errors are the plan schema's, at the paths of the target it sends (targets.N.…).
import { findIndicator, type OrgUnitSummary } from '@congdoan/domain';
import {
  ActionIcon,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { allowsDecimals, indicatorOptions, numberSeparators } from './labels.ts';

export interface TargetDraft {
  key: number;
  indicatorCode: string | null;
  mode: 'all' | 'perChild';
  valueForAll: number | string;
  perChild: Record<number, number | string>;
  note: string;
}

let nextKey = 1;
export const emptyTarget = (): TargetDraft => ({
  key: nextKey++,
  indicatorCode: null,
  mode: 'all',
  valueForAll: '',
  perChild: {},
  note: '',
});

export function TargetFields(props: {
  index: number;
  target: TargetDraft;
  /** the issuer's children on the day of issue, in the order the payload lists them */
  childUnits: OrgUnitSummary[];
  onChange: (change: Partial<TargetDraft>) => void;
  onRemove: () => void;
  /** the form's error at a path inside this target ('indicatorCode', 'perChild.2.value') */
  error: (path: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { target, childUnits: children } = props;
  const code = target.indicatorCode ?? '';
  const measure = findIndicator(code)?.measure;
  const hint =
    measure === 'percent' ? t('plans.percentHint') : measure === 'dong' ? t('plans.moneyHint') : undefined;
  return (
    <Card withBorder padding="sm" data-testid={`plan-form-target-${props.index}`}>
      <Stack gap="xs">
        <Group align="flex-end" wrap="nowrap" gap="xs">
          <Select
            label={t('plans.indicator')}
            placeholder={t('plans.indicatorPlaceholder')}
            data={indicatorOptions()}
            value={target.indicatorCode}
            onChange={(value) => props.onChange({ indicatorCode: value })}
            searchable
            withAsterisk
            error={props.error('indicatorCode')}
            style={{ flex: 1 }}
            data-testid="plan-form-indicator"
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={4}
            aria-label={t('plans.removeTarget')}
            onClick={props.onRemove}
            data-testid="plan-form-remove-target"
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
        <SegmentedControl
          value={target.mode}
          onChange={(value) => props.onChange({ mode: value === 'perChild' ? 'perChild' : 'all' })}
          data={[
            { value: 'all', label: t('plans.valueForAll') },
            { value: 'perChild', label: t('plans.perChild') },
          ]}
          fullWidth
          size="xs"
          styles={{ label: { whiteSpace: 'normal' } }}
          data-testid="plan-form-mode"
        />
        {target.mode === 'all' ? (
          <NumberInput
            label={t('plans.value')}
            description={hint}
            value={target.valueForAll}
            onChange={(value) => props.onChange({ valueForAll: value })}
            min={0}
            allowDecimal={allowsDecimals(code)}
            {...numberSeparators(language)}
            withAsterisk
            error={props.error('valueForAll')}
            data-testid="plan-form-value"
          />
        ) : children.length === 0 ? (
          <Text size="sm" c="red">
            {t('plans.noChildren')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={300}>
            <Table data-testid="plan-form-children">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.child')}</Table.Th>
                  <Table.Th w={170}>{t('plans.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {children.map((child, position) => (
                  <Table.Tr key={child.id}>
                    <Table.Td>{child.name}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={child.name}
                        value={target.perChild[child.id] ?? ''}
                        onChange={(value) =>
                          props.onChange({ perChild: { ...target.perChild, [child.id]: value } })
                        }
                        min={0}
                        allowDecimal={allowsDecimals(code)}
                        {...numberSeparators(language)}
                        error={props.error(`perChild.${position}.value`)}
                        data-testid={`plan-form-child-${child.id}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <TextInput
          label={t('plans.note')}
          value={target.note}
          onChange={(event) => props.onChange({ note: event.currentTarget.value })}
          data-testid="plan-form-note"
        />
      </Stack>
    </Card>
  );
}
