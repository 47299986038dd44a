// The member's fields in three groups (identity, work, union), shared by the admission and edit forms.
import { DUES_GROUPS, ETHNICITIES } from '@congdoan/domain';
import {
  Checkbox,
  Fieldset,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accentFreeFilter } from '../../components/accentFreeFilter.ts';
import { DateField } from '../../components/DateField.tsx';
import { duesGroupLabel } from '../../components/memberLabels.ts';
import type { MemberFormProblems, MemberFormState } from './memberForm.ts';

interface Props {
  value: MemberFormState;
  onChange: (value: MemberFormState) => void;
  /** Problems to show beside the fields (only once the user has tried to send). */
  problems: MemberFormProblems;
  /** Extra fields at the top of the union group (unit, admission date, decision). */
  unionFields?: ReactNode;
}

export function MemberFieldsForm({ value, onChange, problems, unionFields }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof MemberFormState>(key: K, next: MemberFormState[K]) =>
    onChange({ ...value, [key]: next });
  const textField = (key: keyof MemberFormState & string, props: { withAsterisk?: boolean } = {}) => (
    <TextInput
      label={t(`members.field.${key}` as 'members.field.fullName')}
      value={String(value[key] ?? '')}
      onChange={(event) => set(key, event.currentTarget.value as never)}
      error={problems[key]}
      data-testid={`member-field-${key}`}
      {...props}
    />
  );
  const foreign = value.nationality.trim().toUpperCase() !== 'VN';

  return (
    <Stack gap="md">
      <Fieldset legend={t('members.group.identity')} radius="md" p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {textField('fullName', { withAsterisk: true })}
          <Input.Wrapper label={t('members.field.gender')} error={problems.gender} withAsterisk>
            <SegmentedControl
              fullWidth
              data={[
                { value: 'male', label: t('gender.male') },
                { value: 'female', label: t('gender.female') },
              ]}
              value={value.gender ?? ''}
              onChange={(gender) => set('gender', gender as MemberFormState['gender'])}
              data-testid="member-field-gender"
            />
          </Input.Wrapper>
          <Stack gap={4}>
            {value.yearOnly ? (
              <NumberInput
                label={t('members.field.yearOfBirth')}
                value={value.yearOfBirth}
                onChange={(year) => set('yearOfBirth', year)}
                min={1900}
                max={2100}
                allowDecimal={false}
                thousandSeparator=""
                error={problems.yearOfBirth}
                data-testid="member-field-yearOfBirth"
              />
            ) : (
              <DateField
                label={t('members.field.dateOfBirth')}
                value={value.dateOfBirth}
                onChange={(date) => set('dateOfBirth', date)}
                testId="member-field-dateOfBirth"
              />
            )}
            <Checkbox
              size="xs"
              label={t('members.field.yearOnly')}
              checked={value.yearOnly}
              onChange={(event) => set('yearOnly', event.currentTarget.checked)}
              data-testid="member-field-yearOnly"
            />
          </Stack>
          {textField('nationalId')}
          <Select
            label={t('members.field.ethnicity')}
            data={[...ETHNICITIES]}
            value={value.ethnicity}
            onChange={(ethnicity) => set('ethnicity', ethnicity)}
            searchable
            clearable
            filter={accentFreeFilter}
            comboboxProps={{ withinPortal: true }}
            data-testid="member-field-ethnicity"
          />
          {textField('religion')}
          <TextInput
            label={t('members.field.nationality')}
            description={t('members.nationalityHint')}
            value={value.nationality}
            onChange={(event) => set('nationality', event.currentTarget.value.toUpperCase())}
            maxLength={2}
            error={problems.nationality}
            data-testid="member-field-nationality"
          />
          {foreign && (
            <NumberInput
              label={t('members.field.foreignContractMonths')}
              description={t('members.foreignHint')}
              value={value.foreignContractMonths}
              onChange={(months) => set('foreignContractMonths', months)}
              min={0}
              max={600}
              allowDecimal={false}
              data-testid="member-field-foreignContractMonths"
            />
          )}
        </SimpleGrid>
        <Group grow mt="xs">
          {textField('address')}
        </Group>
      </Fieldset>

      <Fieldset legend={t('members.group.work')} radius="md" p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {textField('employer')}
          {textField('position')}
          {textField('occupation')}
          {textField('education')}
          <TextInput
            label={t('members.field.phone')}
            value={value.phone}
            onChange={(event) => set('phone', event.currentTarget.value)}
            error={problems.phone}
            inputMode="tel"
            data-testid="member-field-phone"
          />
          <TextInput
            label={t('members.field.email')}
            value={value.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={problems.email}
            inputMode="email"
            data-testid="member-field-email"
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('members.group.union')} radius="md" p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {unionFields}
          <DateField
            label={t('members.field.joinedUnionOn')}
            value={value.joinedUnionOn}
            onChange={(date) => set('joinedUnionOn', date)}
            testId="member-field-joinedUnionOn"
          />
          {textField('cardNumber')}
          <Select
            label={t('members.field.duesGroup')}
            data={DUES_GROUPS.map((group) => ({ value: group, label: duesGroupLabel(t, group) }))}
            value={value.duesGroup}
            onChange={(group) => set('duesGroup', group)}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="member-field-duesGroup"
          />
          <NumberInput
            label={t('members.field.salaryBasis')}
            value={value.salaryBasis}
            onChange={(amount) => set('salaryBasis', amount)}
            min={0}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            suffix={` ${t('common.currency')}`}
            data-testid="member-field-salaryBasis"
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
