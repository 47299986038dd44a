// The union offices a member holds or held, and (for officers) recording a new one.
import {
  type AddOfficeBody,
  addOfficeBody,
  type MemberDetail,
  todayInVietnam,
  UNION_OFFICES,
} from '@congdoan/domain';
import { Button, Group, Modal, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormActions } from '../../components/form/FormActions.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate } from '../../components/format.ts';
import { officeLabel } from '../../components/memberLabels.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';

export function MemberOffices({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t('members.offices')}
        </Title>
        {member.can.addOffice && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="member-add-office"
          >
            {t('members.addOffice')}
          </Button>
        )}
      </Group>
      {member.offices.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('members.noOffices')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="member-offices">
          <Table.Tbody>
            {member.offices.map((office) => (
              <Table.Tr key={office.id} data-testid="member-office">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {officeLabel(t, office.office)}
                  </Text>
                  <UnitLink unitId={office.unit.id} size="xs">
                    {office.unit.name}
                  </UnitLink>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="dimmed">
                    {t('members.officePeriod', {
                      from: formatDate(office.validFrom),
                      to: office.validTo ? formatDate(office.validTo) : t('members.officeCurrent'),
                    })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && <AddOfficeModal member={member} onClose={() => setAdding(false)} />}
    </Paper>
  );
}

function AddOfficeModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: addOfficeBody,
    initialValues: {
      office: null as AddOfficeBody['office'] | null,
      unit: member.unit as PickedUnit | null,
      validFrom: todayInVietnam() as string | null,
    },
    toPayload: (values) => ({
      office: values.office ?? undefined,
      unitId: values.unit?.id,
      validFrom: values.validFrom ?? undefined,
    }),
  });
  const add = useMutation({
    mutationFn: (body: AddOfficeBody) => api.members.addOffice({ params: { id: member.id }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.member(member.id) });
      notifications.show({ color: 'green', message: t('members.officeAdded') });
      onClose();
    },
    onError: (error) => showServerErrors(form, error),
  });
  return (
    <Modal opened onClose={onClose} title={t('members.addOffice')}>
      <Stack gap="sm" data-testid="office-modal">
        <Select
          data-testid="office-office"
          label={t('members.office')}
          data={UNION_OFFICES.map((value) => ({ value, label: officeLabel(t, value) }))}
          {...form.getInputProps('office')}
          comboboxProps={{ withinPortal: true }}
          withAsterisk
        />
        <UnitSearchSelect
          testId="office-unit"
          label={t('members.field.unit')}
          value={form.getValues().unit?.id ?? null}
          onChange={(unit) => form.setFieldValue('unit', unit)}
          error={form.errors.unitId}
          required
        />
        <DateField
          testId="office-from"
          label={t('members.officeFrom')}
          {...form.getInputProps('validFrom')}
          withAsterisk
        />
        <FormActions
          error={add.error}
          errorTestId="office-error"
          pending={add.isPending}
          onCancel={onClose}
          onSave={form.submitWith((body) => add.mutate(addOfficeBody.parse(body)))}
          saveTestId="office-save"
        />
      </Stack>
    </Modal>
  );
}
