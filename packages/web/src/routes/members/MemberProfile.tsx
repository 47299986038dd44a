// A member's record, field by field, in the same three groups as the form.
import type { MemberDetail, MemberRecordField } from '@congdoan/domain';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../components/format.ts';
import { duesGroupLabel, formatBirthDate, genderLabel } from '../../components/memberLabels.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** "VN" → "Việt Nam" / "Vietnam", in the UI language; the code itself when the browser does not know it. */
function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Field({ name, label, value }: { name: string; label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" data-testid={`member-${name}`} style={{ overflowWrap: 'anywhere' }}>
        {value === null || value === undefined || value === '' ? '—' : value}
      </Text>
    </div>
  );
}

export function MemberProfile({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const label = (key: MemberRecordField) => t(`memberField.${key}`);
  const groups: { title: string; fields: [MemberRecordField, ReactNode][] }[] = [
    {
      title: t('members.group.identity'),
      fields: [
        ['gender', genderLabel(t, member.gender)],
        ['dateOfBirth', formatBirthDate(member.dateOfBirth, member.dateOfBirthPrecision)],
        ['nationalId', member.nationalId],
        ['ethnicity', member.ethnicity],
        ['religion', member.religion],
        ['nationality', countryName(member.nationality, language)],
        ...(member.nationality !== 'VN'
          ? ([['foreignContractMonths', member.foreignContractMonths]] as [MemberRecordField, ReactNode][])
          : []),
        ['address', member.address],
      ],
    },
    {
      title: t('members.group.work'),
      fields: [
        ['employer', member.employer],
        ['position', member.position],
        ['occupation', member.occupation],
        ['education', member.education],
        ['phone', member.phone],
        ['email', member.email],
      ],
    },
    {
      title: t('members.group.union'),
      fields: [
        ['joinedUnionOn', formatDate(member.joinedUnionOn)],
        ['cardNumber', member.cardNumber],
        ['duesGroup', member.duesGroup ? duesGroupLabel(t, member.duesGroup) : null],
        [
          'salaryBasis',
          member.salaryBasis === null || member.salaryBasis === undefined
            ? null
            : formatMoney(member.salaryBasis, language),
        ],
      ],
    },
  ];
  return (
    <Stack gap="md" data-testid="member-profile">
      {groups.map((group) => (
        <Paper key={group.title} withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {group.title}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="sm">
            {group.fields.map(([name, value]) => (
              <Field
                key={name}
                name={name}
                label={label(name)}
                // A sensitive field held but withheld from this role (the server says which).
                value={member.hiddenFields?.includes(name as 'ethnicity') ? t('privacy.hidden') : value}
              />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
