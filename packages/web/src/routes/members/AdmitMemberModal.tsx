// Admission (kết nạp): the person's fields (typed, or filled from the CCCD's QR code), the unit, date, decision.
// When the national ID belongs to a former member, the form offers to re-admit them on their own record.
import { admitMemberBody, type NationalIdHolder, todayInVietnam } from '@congdoan/domain';
import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconSend, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError, api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { CccdQrScanner } from '../../components/CccdQrScanner.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { MemberLink } from '../../components/MemberLink.tsx';
import { memberStatusLabel } from '../../components/memberLabels.ts';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';
import { useUnitTypes } from '../org/actions/useUnitTypes.ts';
import { DecisionNumberInput } from './DecisionNumber.tsx';
import { MemberFieldsForm } from './MemberFieldsForm.tsx';
import { SendRequestModal } from './MemberRequestDecision.tsx';
import {
  emptyMemberForm,
  filledFields,
  memberFieldsOf,
  nationalIdHolderOf,
  showMemberServerErrors,
  withCccd,
} from './memberForm.ts';
import { ReadmitMemberModal } from './ReadmitMemberModal.tsx';

/** `defaultUnitId`: the unit the list shows, or the user's own; taken when its type may admit members. */
export function AdmitMemberModal({ defaultUnitId, onClose }: { defaultUnitId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const types = useUnitTypes();
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  const [readmitting, setReadmitting] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const form = useSchemaForm({
    schema: admitMemberBody,
    initialValues: {
      ...emptyMemberForm(),
      unit: null as PickedUnit | null,
      admittedOn: todayInVietnam() as string | null,
      decisionNumber: '',
    },
    toPayload: (values): Partial<z.input<typeof admitMemberBody>> => ({
      ...memberFieldsOf(values),
      unitId: values.unit?.id,
      admittedOn: values.admittedOn ?? undefined,
      decisionNumber: values.decisionNumber.trim() || undefined,
    }),
    // A refusal (a national ID already held) stands for the values refused, not for what is typed since.
    onValuesChange: () => {
      if (admit.isError) admit.reset();
    },
  });
  const values = form.getValues();
  const { unit, admittedOn, decisionNumber } = values;

  const canAdmit = (picked: PickedUnit | null) =>
    !picked || types.find((type) => type.code === picked.type)?.canAdmitMembers !== false;
  const initial = useQuery({
    queryKey: keys.unit(defaultUnitId, 'current'),
    queryFn: () => api.org.get({ params: { id: defaultUnitId }, query: {} }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const initialUnit = initial.data;
  const initialCanAdmit = initialUnit ? canAdmit(initialUnit) : false;
  const [defaulted, setDefaulted] = useState(false);
  useEffect(() => {
    if (defaulted || !initialUnit) return;
    setDefaulted(true);
    if (initialCanAdmit && !form.getValues().unit) form.setFieldValue('unit', initialUnit);
  }, [initialUnit, initialCanAdmit, defaulted, form]);
  // Whether the unit's type admits members is known from the unit types: said at once, the server also checks.
  const unitProblem = unit && !canAdmit(unit) ? t('members.unitCannotAdmit') : undefined;

  const openMember = (memberId: number) => {
    onClose();
    void navigate({ to: '/members/$memberId', params: { memberId: String(memberId) } });
  };

  const admit = useMutation({
    mutationFn: (body: z.input<typeof admitMemberBody>) => api.members.admit({ body }),
    onSuccess: async (member) => {
      await queryClient.invalidateQueries({ queryKey: keys.members });
      await queryClient.invalidateQueries({ queryKey: keys.org });
      notifications.show({ color: 'green', message: t('members.admitted', { name: member.fullName }) });
      openMember(member.id);
    },
    onError: (error) => {
      // A national ID held by a former member or outside the caller's scope gets its own notice below.
      if (!nationalIdHolderOf(error) && !heldElsewhere(error)) showMemberServerErrors(form, error);
    },
  });

  /** Valid and into a unit that admits: the form may be sent (or the person re-admitted with it). */
  const ready = () => !form.validate().hasErrors && !unitProblem;
  const submit = () => {
    if (ready()) admit.mutate(admitMemberBody.parse(form.getTransformedValues()));
  };
  const holder = nationalIdHolderOf(admit.error);
  const former = holder && holder.status !== 'active' ? holder : null;
  // The national ID belongs to someone outside the caller's scope: nothing is known of them here, but the
  // union that holds them can be asked to move them over.
  const elsewhere = heldElsewhere(admit.error);

  return (
    <Modal opened onClose={onClose} title={t('members.admitTitle')} size="xl" fullScreen={phone}>
      <Stack gap="md" data-testid="admit-modal">
        <Paper withBorder radius="md" p="sm" bg="gray.0">
          <CccdQrScanner
            onRead={(data) => {
              form.setValues(withCccd(form.getValues(), data));
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
          form={form}
          unionFields={
            <>
              <UnitSearchSelect
                testId="admit-unit"
                label={t('members.field.unit')}
                value={unit?.id ?? null}
                onChange={(picked) => form.setFieldValue('unit', picked)}
                error={unitProblem ?? form.errors.unitId}
                required
              />
              <DateField
                testId="admit-date"
                label={t('members.field.admittedOn')}
                {...form.getInputProps('admittedOn')}
                withAsterisk
              />
              <DecisionNumberInput testId="admit-decision" {...form.getInputProps('decisionNumber')} />
            </>
          }
        />
        {Object.keys(form.errors).length > 0 && (
          <Alert color="orange" icon={<IconAlertCircle size={18} />} data-testid="admit-problems">
            {t('members.fixFields')}
          </Alert>
        )}
        {elsewhere ? (
          <HeldElsewhereNotice canSend={Boolean(unit && admittedOn)} onSend={() => setRequesting(true)} />
        ) : former ? (
          <FormerMemberNotice
            holder={former}
            onReadmit={() => {
              if (ready()) setReadmitting(true);
            }}
          />
        ) : (
          admit.isError && (
            <ErrorAlert error={admit.error} testId="admit-error">
              {holder && (
                <>
                  {t('members.readmit.activeHolder', { name: holder.fullName, unit: holder.unitName })}{' '}
                  <MemberLink memberId={holder.memberId} size="sm" onClick={onClose}>
                    {t('members.readmit.openRecord')}
                  </MemberLink>
                </>
              )}
            </ErrorAlert>
          )
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
      {requesting && elsewhere && unit && admittedOn && values.nationalId && (
        <SendRequestModal
          nationalId={values.nationalId.trim()}
          unit={unit}
          effectiveDate={admittedOn}
          decisionNumber={decisionNumber}
          onClose={() => setRequesting(false)}
          onDone={onClose}
        />
      )}
      {readmitting && former && (
        <ReadmitMemberModal
          person={former}
          defaults={{ unit, effectiveDate: admittedOn, decisionNumber }}
          corrections={filledFields(values)}
          confirmFirst
          onClose={() => setReadmitting(false)}
          onDone={(member) => openMember(member.id)}
        />
      )}
    </Modal>
  );
}

/** Whether the refusal is "a member elsewhere": the national ID is held outside the caller's scope. */
function heldElsewhere(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.code === 'MEMBER_HELD_ELSEWHERE' &&
    error.details.some((detail) => detail.path === 'nationalId')
  );
}

/** The national ID is held outside the caller's scope: the offer to ask the union that holds them. */
function HeldElsewhereNotice({ canSend, onSend }: { canSend: boolean; onSend: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconAlertCircle size={18} />} data-testid="admit-held-elsewhere">
      <Stack gap="xs">
        <Text size="sm">{t('members.requests.heldElsewhere')}</Text>
        <Group>
          <Button
            size="xs"
            leftSection={<IconSend size={14} />}
            onClick={onSend}
            disabled={!canSend}
            data-testid="admit-send-request"
          >
            {t('members.requests.send')}
          </Button>
          {!canSend && (
            <Text size="xs" c="dimmed">
              {t('members.requests.needUnitAndDate')}
            </Text>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

/** The national ID is a former member's: who they are, and (unless deceased) the offer to re-admit them. */
function FormerMemberNotice({ holder, onReadmit }: { holder: NationalIdHolder; onReadmit: () => void }) {
  const { t } = useTranslation();
  const deceased = holder.status === 'deceased';
  const values = {
    name: holder.fullName,
    status: memberStatusLabel(t, holder.status).toLowerCase(),
    unit: holder.unitName,
  };
  return (
    <Alert
      color={deceased ? 'red' : 'union'}
      icon={<IconAlertCircle size={18} />}
      data-testid="admit-former-member"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t(deceased ? 'members.readmit.deceasedHolder' : 'members.readmit.formerHolder', values)}
        </Text>
        {!deceased && (
          <Group>
            <Button
              size="xs"
              leftSection={<IconUserPlus size={14} />}
              onClick={onReadmit}
              data-testid="admit-readmit"
            >
              {t('members.readmit.button')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
