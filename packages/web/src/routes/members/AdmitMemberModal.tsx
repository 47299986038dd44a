// Admission (kết nạp): the person's fields (typed, or filled from the CCCD's QR code), the unit, date, decision.
import { todayInVietnam } from '@congdoan/domain';
import { Alert, Button, Group, Modal, Paper, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/keys.ts';
import { membersApi } from '../../api/members.ts';
import { orgApi } from '../../api/org.ts';
import { CccdQrScanner } from '../../components/CccdQrScanner.tsx';
import { DateField } from '../../components/DateField.tsx';
import { errorMessage } from '../../components/errors.ts';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useUnitTypes } from '../org/actions/useUnitTypes.ts';
import { MemberFieldsForm } from './MemberFieldsForm.tsx';
import {
  emptyMemberForm,
  memberFieldsOf,
  memberFormProblems,
  serverFieldProblems,
  withCccd,
} from './memberForm.ts';

/** `defaultUnitId`: the unit the list shows, or the user's own; taken when its type may admit members. */
export function AdmitMemberModal({ defaultUnitId, onClose }: { defaultUnitId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const types = useUnitTypes();
  const [form, setForm] = useState(emptyMemberForm);
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [admittedOn, setAdmittedOn] = useState<string | null>(todayInVietnam());
  const [decisionNumber, setDecisionNumber] = useState('');
  const [touched, setTouched] = useState(false);
  const [filledFrom, setFilledFrom] = useState<string | null>(null);

  const canAdmit = (picked: PickedUnit | null) =>
    !picked || types.find((type) => type.code === picked.type)?.canAdmitMembers !== false;
  const initial = useQuery({
    queryKey: keys.unit(defaultUnitId, 'current'),
    queryFn: () => orgApi.get(defaultUnitId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const initialUnit = initial.data;
  const initialCanAdmit = initialUnit ? canAdmit(initialUnit) : false;
  const [defaulted, setDefaulted] = useState(false);
  useEffect(() => {
    if (defaulted || !initialUnit) return;
    setDefaulted(true);
    if (initialCanAdmit) setUnit((current) => current ?? initialUnit);
  }, [initialUnit, initialCanAdmit, defaulted]);
  const problems = memberFormProblems(form, t);
  const unitProblem = !unit
    ? t('common.required')
    : !canAdmit(unit)
      ? t('members.unitCannotAdmit')
      : undefined;

  const admit = useMutation({
    mutationFn: () =>
      membersApi.admit({
        ...memberFieldsOf(form),
        unitId: unit!.id,
        admittedOn: admittedOn!,
        decisionNumber: decisionNumber.trim() || undefined,
      }),
    onSuccess: async (member) => {
      await queryClient.invalidateQueries({ queryKey: keys.members });
      await queryClient.invalidateQueries({ queryKey: keys.org });
      notifications.show({ color: 'green', message: t('members.admitted', { name: member.fullName }) });
      onClose();
      void navigate({ to: '/members/$memberId', params: { memberId: String(member.id) } });
    },
  });

  const submit = () => {
    setTouched(true);
    if (Object.keys(problems).length > 0 || unitProblem || !admittedOn) return;
    admit.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={t('members.admitTitle')} size="xl" fullScreen={phone}>
      <Stack gap="md" data-testid="admit-modal">
        <Paper withBorder radius="md" p="sm" bg="gray.0">
          <CccdQrScanner
            onRead={(data) => {
              setForm((current) => withCccd(current, data));
              setFilledFrom(data.fullName);
            }}
          />
        </Paper>
        {filledFrom && (
          <Alert color="green" py={6} data-testid="qr-filled">
            {t('members.qr.filled', { name: filledFrom })}
          </Alert>
        )}
        <MemberFieldsForm
          value={form}
          onChange={(next) => {
            setForm(next);
            if (admit.isError) admit.reset();
          }}
          problems={{ ...(touched ? problems : {}), ...serverFieldProblems(admit.error) }}
          unionFields={
            <>
              <UnitSearchSelect
                testId="admit-unit"
                label={t('members.field.unit')}
                value={unit?.id ?? null}
                onChange={setUnit}
                error={touched || (unit && !canAdmit(unit)) ? unitProblem : undefined}
                required
              />
              <DateField
                testId="admit-date"
                label={t('members.field.admittedOn')}
                value={admittedOn}
                onChange={setAdmittedOn}
                error={touched && !admittedOn ? t('common.required') : undefined}
                withAsterisk
              />
              <TextInput
                data-testid="admit-decision"
                label={t('members.field.decisionNumber')}
                placeholder={t('members.decisionPlaceholder')}
                value={decisionNumber}
                onChange={(event) => setDecisionNumber(event.currentTarget.value)}
              />
            </>
          }
        />
        {touched && Object.keys(problems).length > 0 && (
          <Alert color="orange" icon={<IconAlertCircle size={18} />} data-testid="admit-problems">
            {t('members.fixFields')}
          </Alert>
        )}
        {admit.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="admit-error">
            {errorMessage(admit.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={admit.isPending} data-testid="admit-submit">
            {t('members.admitSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
