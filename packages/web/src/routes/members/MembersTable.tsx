// One page of members; on a phone each row folds into one cell so nothing needs side-scrolling.
import type { MemberSummary } from '@congdoan/domain';
import { Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MemberLink } from '../../components/MemberLink.tsx';
import { MemberStatusBadge } from '../../components/MemberStatusBadge.tsx';
import { formatBirthDate, genderLabel } from '../../components/memberLabels.ts';
import { UnitLink } from '../../components/UnitLink.tsx';

interface Props {
  members: MemberSummary[];
  selected: Set<number>;
  onToggle: (ids: number[], on: boolean) => void;
}

function NameLink({ member }: { member: MemberSummary }) {
  return (
    <MemberLink memberId={member.id} fw={600} size="sm" testId="member-link">
      {member.fullName}
    </MemberLink>
  );
}

export function MembersTable({ members, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const ids = members.map((member) => member.id);
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  const some = ids.some((id) => selected.has(id));
  const check = (member: MemberSummary) => (
    <Checkbox
      aria-label={t('members.selectRow', { name: member.fullName })}
      checked={selected.has(member.id)}
      onChange={(event) => onToggle([member.id], event.currentTarget.checked)}
      data-testid="member-select"
    />
  );
  const birth = (member: MemberSummary) => formatBirthDate(member.dateOfBirth, member.dateOfBirthPrecision);

  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 900}>
      <Table
        verticalSpacing="xs"
        highlightOnHover
        styles={{ th: { whiteSpace: 'nowrap' } }}
        data-testid="members-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                aria-label={t('members.selectPage')}
                checked={all}
                indeterminate={some && !all}
                onChange={(event) => onToggle(ids, event.currentTarget.checked)}
                data-testid="member-select-page"
              />
            </Table.Th>
            {phone ? (
              <Table.Th>{t('memberField.fullName')}</Table.Th>
            ) : (
              <>
                <Table.Th>{t('memberField.fullName')}</Table.Th>
                <Table.Th>{t('memberField.gender')}</Table.Th>
                <Table.Th>{t('memberField.dateOfBirth')}</Table.Th>
                <Table.Th>{t('memberField.nationalId')}</Table.Th>
                <Table.Th>{t('memberField.phone')}</Table.Th>
                <Table.Th>{t('members.field.unit')}</Table.Th>
                <Table.Th>{t('memberField.status')}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>
                <Text c="dimmed" size="sm" py="md" ta="center" data-testid="members-empty">
                  {t('members.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {members.map((member) => (
            <Table.Tr
              key={member.id}
              data-testid="member-row"
              data-member-id={member.id}
              data-national-id={member.nationalId ?? ''}
            >
              <Table.Td w={36} style={{ verticalAlign: 'top' }}>
                {check(member)}
              </Table.Td>
              {phone ? (
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                      <NameLink member={member} />
                      <MemberStatusBadge status={member.status} size="sm" />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[genderLabel(t, member.gender), birth(member), member.nationalId, member.phone]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    <UnitLink unitId={member.unit.id} size="xs">
                      {member.unit.name}
                    </UnitLink>
                  </Stack>
                </Table.Td>
              ) : (
                <>
                  <Table.Td miw={190}>
                    <NameLink member={member} />
                    {member.cardNumber && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('members.cardNumberShort', { number: member.cardNumber })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{genderLabel(t, member.gender)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{birth(member)}</Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {member.nationalId}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{member.phone}</Table.Td>
                  <Table.Td maw={280}>
                    <UnitLink unitId={member.unit.id} size="xs" lineClamp={2}>
                      {member.unit.name}
                    </UnitLink>
                  </Table.Td>
                  <Table.Td>
                    <MemberStatusBadge status={member.status} size="sm" />
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
