// The member's fields in three groups (identity, work, union), shared by the admission and edit forms; each
// field bound to the form, its error the domain schema's (or the server's) for the field it sends.
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
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accentFreeFilter } from '../../components/accentFreeFilter.ts';
import { DateField } from '../../components/DateField.tsx';
import { duesGroupLabel } from '../../components/memberLabels.ts';
import type { MemberFormState } from './memberForm.ts';

type TextField = 'fullName' | 'nationalId' | 'religion' | 'address' | 'employer' | 'position' | 'occupation';

interface Props {
  /** The admission or edit form (it may hold more than the person's fields). */
  form: Pick<UseFormReturnType<MemberFormState>, 'getInputProps' | 'getValues' | 'errors'>;
  /** Extra fields at the top of the union group (unit, admission date, decision). */
  unionFields?: ReactNode;
}

export function MemberFieldsForm({ form, unionFields }: Props) {
  const { t } = useTranslation();
  const values = form.getValues();
  const textField = (key: TextField | 'education' | 'cardNumber', props: { withAsterisk?: boolean } = {}) => (
    <TextInput
      label={t(`memberField.${key}`)}
      {...form.getInputProps(key)}
      data-testid={`member-field-${key}`}
      {...props}
    />
  );
  const gender = form.getInputProps('gender');
  const nationality = form.getInputProps('nationality');
  const foreign = values.nationality.trim().toUpperCase() !== 'VN';

  return (
    <Stack gap="md">
      <Fieldset legend={t('members.group.identity')} radius="md" p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {textField('fullName', { withAsterisk: true })}
          <Input.Wrapper label={t('memberField.gender')} error={gender.error} withAsterisk>
            <SegmentedControl
              fullWidth
              data={[
                { value: 'male', label: t('gender.male') },
                { value: 'female', label: t('gender.female') },
              ]}
              value={values.gender ?? ''}
              onChange={gender.onChange}
              data-testid="member-field-gender"
            />
          </Input.Wrapper>
          <Stack gap={4}>
            {values.yearOnly ? (
              <NumberInput
                label={t('members.field.yearOfBirth')}
                {...form.getInputProps('yearOfBirth')}
                // The year is sent as the date of birth: the schema's word on it is that field's.
                error={form.errors.dateOfBirth}
                min={1900}
                max={2100}
                allowDecimal={false}
                thousandSeparator=""
                data-testid="member-field-yearOfBirth"
              />
            ) : (
              <DateField
                label={t('memberField.dateOfBirth')}
                {...form.getInputProps('dateOfBirth')}
                testId="member-field-dateOfBirth"
              />
            )}
            <Checkbox
              size="xs"
              label={t('members.field.yearOnly')}
              {...form.getInputProps('yearOnly', { type: 'checkbox' })}
              data-testid="member-field-yearOnly"
            />
          </Stack>
          {textField('nationalId')}
          <Select
            label={t('memberField.ethnicity')}
            data={[...ETHNICITIES]}
            {...form.getInputProps('ethnicity')}
            searchable
            clearable
            filter={accentFreeFilter}
            comboboxProps={{ withinPortal: true }}
            data-testid="member-field-ethnicity"
          />
          {textField('religion')}
          <TextInput
            label={t('memberField.nationality')}
            description={t('members.nationalityHint')}
            {...nationality}
            onChange={(event) => nationality.onChange(event.currentTarget.value.toUpperCase())}
            maxLength={2}
            data-testid="member-field-nationality"
          />
          {foreign && (
            <NumberInput
              label={t('memberField.foreignContractMonths')}
              description={t('members.foreignHint')}
              {...form.getInputProps('foreignContractMonths')}
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
            label={t('memberField.phone')}
            {...form.getInputProps('phone')}
            inputMode="tel"
            data-testid="member-field-phone"
          />
          <TextInput
            label={t('memberField.email')}
            {...form.getInputProps('email')}
            inputMode="email"
            data-testid="member-field-email"
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('members.group.union')} radius="md" p={{ base: 'sm', sm: 'md' }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          {unionFields}
          <DateField
            label={t('memberField.joinedUnionOn')}
            {...form.getInputProps('joinedUnionOn')}
            testId="member-field-joinedUnionOn"
          />
          {textField('cardNumber')}
          <Select
            label={t('memberField.duesGroup')}
            data={DUES_GROUPS.map((group) => ({ value: group, label: duesGroupLabel(t, group) }))}
            {...form.getInputProps('duesGroup')}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="member-field-duesGroup"
          />
          <NumberInput
            label={t('memberField.salaryBasis')}
            {...form.getInputProps('salaryBasis')}
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
