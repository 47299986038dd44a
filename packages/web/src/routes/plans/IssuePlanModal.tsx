// Issuing a unit's year plan (ban hành chương trình công tác năm): year, theme, key tasks one per line, the
// document, and targets on indicators of the catalog, one value for every child or a value per child.
import { findIndicator, type OrgUnitDetail, todayInVietnam } from '@congdoan/domain';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/keys.ts';
import { orgApi } from '../../api/org.ts';
import { plansApi, type YearPlanInput } from '../../api/plans.ts';
import { DateField } from '../../components/DateField.tsx';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import {
  allowsDecimals,
  fromInput,
  indicatorName,
  indicatorOptions,
  invalidatePlanData,
  numberSeparators,
} from './labels.ts';

interface TargetDraft {
  key: number;
  indicatorCode: string | null;
  mode: 'all' | 'perChild';
  valueForAll: number | string;
  perChild: Record<number, number | string>;
  note: string;
}

const isValue = (value: number | string) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

let nextKey = 1;
const emptyTarget = (): TargetDraft => ({
  key: nextKey++,
  indicatorCode: null,
  mode: 'all',
  valueForAll: '',
  perChild: {},
  note: '',
});

export function IssuePlanModal({
  unit,
  year: initialYear,
  onClose,
}: {
  unit: OrgUnitDetail;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayInVietnam();
  const [year, setYear] = useState<number | string>(initialYear);
  const [theme, setTheme] = useState('');
  const [keyTasks, setKeyTasks] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(today);
  const [targets, setTargets] = useState<TargetDraft[]>([]);
  const children = useQuery({
    queryKey: keys.children(unit.id, today),
    queryFn: () => orgApi.children(unit.id, today),
  });
  const childUnits = children.data ?? [];
  const options = indicatorOptions(t);
  const language = currentLanguage();

  const update = (key: number, change: Partial<TargetDraft>) =>
    setTargets((list) => list.map((target) => (target.key === key ? { ...target, ...change } : target)));
  const taskLines = keyTasks
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const duplicate = (target: TargetDraft) =>
    target.indicatorCode !== null &&
    targets.filter((other) => other.indicatorCode === target.indicatorCode).length > 1;
  const targetValid = (target: TargetDraft) =>
    target.indicatorCode !== null &&
    !duplicate(target) &&
    (target.mode === 'all'
      ? isValue(target.valueForAll)
      : childUnits.length > 0 && childUnits.every((child) => isValue(target.perChild[child.id] ?? '')));
  const yearValid = typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100;
  const valid = yearValid && theme.trim() !== '' && Boolean(issuedOn) && targets.every(targetValid);

  const body = (): YearPlanInput => ({
    unitId: unit.id,
    year: Number(year),
    theme: theme.trim(),
    keyTasks: taskLines,
    ...(documentNumber.trim() ? { documentNumber: documentNumber.trim() } : {}),
    issuedOn: issuedOn ?? today,
    targets: targets.map((target) => {
      const code = target.indicatorCode ?? '';
      return {
        indicatorCode: code,
        ...(target.mode === 'all'
          ? { valueForAll: fromInput(code, Number(target.valueForAll)) }
          : {
              perChild: childUnits.map((child) => ({
                unitId: child.id,
                value: fromInput(code, Number(target.perChild[child.id])),
              })),
            }),
        ...(target.note.trim() ? { note: target.note.trim() } : {}),
      };
    }),
  });

  return (
    <StepModal
      title={t('plans.issue')}
      testId="plan-form"
      size="xl"
      onClose={onClose}
      validate={() => valid}
      summary={() => t('plans.summary', { year, unit: unit.name, count: targets.length })}
      details={() =>
        targets.length > 0 ? (
          <Text size="sm">
            {targets.map((target) => indicatorName(t, target.indicatorCode ?? '')).join(' · ')}
          </Text>
        ) : null
      }
      submit={() => plansApi.create(body())}
      done={t('plans.done')}
      onDone={() => invalidatePlanData(queryClient)}
    >
      {(showErrors) => (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput
              label={t('plans.year')}
              value={year}
              onChange={setYear}
              min={2000}
              max={2100}
              allowDecimal={false}
              withAsterisk
              error={showErrors && !yearValid ? t('plans.required') : undefined}
              data-testid="plan-form-year"
            />
            <DateField
              label={t('plans.issuedOn')}
              value={issuedOn}
              onChange={setIssuedOn}
              withAsterisk
              error={showErrors && !issuedOn ? t('plans.required') : undefined}
              testId="plan-form-issued-on"
            />
            <TextInput
              label={t('plans.documentNumber')}
              value={documentNumber}
              onChange={(event) => setDocumentNumber(event.currentTarget.value)}
              data-testid="plan-form-document"
            />
          </SimpleGrid>
          <TextInput
            label={t('plans.theme')}
            value={theme}
            onChange={(event) => setTheme(event.currentTarget.value)}
            withAsterisk
            error={showErrors && !theme.trim() ? t('plans.required') : undefined}
            data-testid="plan-form-theme"
          />
          <Textarea
            label={t('plans.keyTasks')}
            description={t('plans.keyTasksHint')}
            value={keyTasks}
            onChange={(event) => setKeyTasks(event.currentTarget.value)}
            autosize
            minRows={3}
            data-testid="plan-form-key-tasks"
          />
          <Text fw={600} size="sm">
            {t('plans.targets')}
          </Text>
          {targets.map((target, index) => {
            const code = target.indicatorCode ?? '';
            const measure = findIndicator(code)?.measure;
            const hint =
              measure === 'percent'
                ? t('plans.percentHint')
                : measure === 'dong'
                  ? t('plans.moneyHint')
                  : undefined;
            const valueError = (value: number | string) =>
              showErrors && !isValue(value) ? t('plans.invalidValue') : undefined;
            return (
              <Card key={target.key} withBorder padding="sm" data-testid={`plan-form-target-${index}`}>
                <Stack gap="xs">
                  <Group align="flex-end" wrap="nowrap" gap="xs">
                    <Select
                      label={t('plans.indicator')}
                      placeholder={t('plans.indicatorPlaceholder')}
                      data={options}
                      value={target.indicatorCode}
                      onChange={(value) => update(target.key, { indicatorCode: value })}
                      searchable
                      withAsterisk
                      error={
                        showErrors && !target.indicatorCode
                          ? t('plans.required')
                          : duplicate(target)
                            ? t('plans.duplicateIndicator')
                            : undefined
                      }
                      style={{ flex: 1 }}
                      data-testid="plan-form-indicator"
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={4}
                      aria-label={t('plans.removeTarget')}
                      onClick={() => setTargets((list) => list.filter((other) => other.key !== target.key))}
                      data-testid="plan-form-remove-target"
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                  <SegmentedControl
                    value={target.mode}
                    onChange={(value) => update(target.key, { mode: value as TargetDraft['mode'] })}
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
                      onChange={(value) => update(target.key, { valueForAll: value })}
                      min={0}
                      allowDecimal={allowsDecimals(code)}
                      {...numberSeparators(language)}
                      withAsterisk
                      error={valueError(target.valueForAll)}
                      data-testid="plan-form-value"
                    />
                  ) : childUnits.length === 0 ? (
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
                          {childUnits.map((child) => (
                            <Table.Tr key={child.id}>
                              <Table.Td>{child.name}</Table.Td>
                              <Table.Td>
                                <NumberInput
                                  aria-label={child.name}
                                  value={target.perChild[child.id] ?? ''}
                                  onChange={(value) =>
                                    update(target.key, {
                                      perChild: { ...target.perChild, [child.id]: value },
                                    })
                                  }
                                  min={0}
                                  allowDecimal={allowsDecimals(code)}
                                  {...numberSeparators(language)}
                                  error={valueError(target.perChild[child.id] ?? '')}
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
                    onChange={(event) => update(target.key, { note: event.currentTarget.value })}
                    data-testid="plan-form-note"
                  />
                </Stack>
              </Card>
            );
          })}
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setTargets((list) => [...list, emptyTarget()])}
            data-testid="plan-form-add-target"
          >
            {t('plans.addTarget')}
          </Button>
        </Stack>
      )}
    </StepModal>
  );
}
