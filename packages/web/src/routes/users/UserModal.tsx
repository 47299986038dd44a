// Create an account, or change one: name, role, unit, active, a new password. The server's `can` says which
// of these the administrator may change on this account, and whether they may hand out the highest role.
import { createUserBody, ROLES, type Role, type UserListRow, updateUserBody } from '@congdoan/domain';
import { Modal, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/auth.ts';
import { FormActions } from '../../components/form/FormActions.tsx';
import { type SchemaForm, showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { roleLabel } from '../../components/labels.ts';
import { UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';

interface UserValues extends Record<string, unknown> {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  unitId: number | null;
  active: boolean;
}

const blankValues: UserValues = {
  username: '',
  fullName: '',
  password: '',
  role: 'unit_officer',
  unitId: null,
  active: true,
};

export function UserModal({ user, onClose }: { user: UserListRow | null; onClose: () => void }) {
  return user ? <EditUser user={user} onClose={onClose} /> : <CreateUser onClose={onClose} />;
}

function useSave<Body>(send: (body: Body) => Promise<unknown>, onClose: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('users.saved') });
      onClose();
    },
  });
}

function CreateUser({ onClose }: { onClose: () => void }) {
  const form = useSchemaForm({
    schema: createUserBody,
    initialValues: blankValues,
    toPayload: (values) => ({
      username: values.username.trim().toLowerCase(),
      fullName: values.fullName.trim(),
      password: values.password,
      role: values.role,
      // null until a unit is chosen: the schema then answers "required" under the field.
      unitId: values.unitId as number,
    }),
  });
  const save = useSave((body: z.input<typeof createUserBody>) => api.users.create({ body }), onClose);
  return (
    <UserForm
      form={form}
      user={null}
      error={save.isError ? save.error : null}
      pending={save.isPending}
      onSubmit={form.submitWith((body) => save.mutate(body, { onError: (e) => showServerErrors(form, e) }))}
      onClose={onClose}
    />
  );
}

function EditUser({ user, onClose }: { user: UserListRow; onClose: () => void }) {
  const form = useSchemaForm({
    schema: updateUserBody,
    initialValues: {
      username: user.username,
      fullName: user.fullName,
      password: '',
      role: user.role,
      unitId: user.unit.id,
      active: user.active,
    },
    // Only what changed is sent: the audit log then shows the change and nothing else.
    toPayload: (values) => ({
      fullName: values.fullName.trim() !== user.fullName ? values.fullName.trim() : undefined,
      role: values.role !== user.role ? values.role : undefined,
      unitId: values.unitId !== user.unit.id ? (values.unitId ?? undefined) : undefined,
      active: values.active !== user.active ? values.active : undefined,
      password: values.password || undefined,
    }),
  });
  const save = useSave(
    (body: z.input<typeof updateUserBody>) => api.users.update({ params: { id: user.id }, body }),
    onClose,
  );
  return (
    <UserForm
      form={form}
      user={user}
      error={save.isError ? save.error : null}
      pending={save.isPending}
      onSubmit={form.submitWith((body) => save.mutate(body, { onError: (e) => showServerErrors(form, e) }))}
      onClose={onClose}
    />
  );
}

interface UserFormProps<Payload> {
  form: SchemaForm<UserValues, Payload>;
  user: UserListRow | null;
  error: Error | null;
  pending: boolean;
  onSubmit: () => void;
  onClose: () => void;
}

function UserForm<Payload>({ form, user, error, pending, onSubmit, onClose }: UserFormProps<Payload>) {
  const { t } = useTranslation();
  const can = useCan();
  const edit = user?.can.edit ?? true;
  const values = form.getValues();
  // The highest role is offered to those who may hand it out, or shown when the account already holds it.
  const roles = ROLES.filter(
    (option) => option !== 'system_admin' || can.grantSystemAdmin || option === user?.role,
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t('users.edit', { username: user.username }) : t('users.create')}
      size="md"
    >
      <Stack gap="sm">
        <TextInput
          data-testid="user-username"
          label={t('users.username')}
          {...form.getInputProps('username')}
          disabled={Boolean(user)}
          autoCapitalize="none"
          withAsterisk={!user}
        />
        <TextInput
          data-testid="user-full-name"
          label={t('users.fullName')}
          {...form.getInputProps('fullName')}
          disabled={!edit}
          withAsterisk
        />
        <Select
          data-testid="user-role"
          label={t('users.role')}
          data={roles.map((value) => ({ value, label: roleLabel(t, value) }))}
          {...form.getInputProps('role')}
          disabled={!edit}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <UnitSearchSelect
          testId="user-unit"
          label={t('users.unit')}
          value={values.unitId}
          onChange={(unit) => form.setFieldValue('unitId', unit?.id ?? null)}
          error={form.errors.unitId}
          disabled={!edit}
          required
        />
        <PasswordInput
          data-testid="user-password"
          label={user ? t('users.resetPassword') : t('users.password')}
          {...form.getInputProps('password')}
          disabled={Boolean(user) && !user?.can.resetPassword}
          autoComplete="new-password"
          withAsterisk={!user}
        />
        {user && (
          <Switch
            data-testid="user-active"
            label={t('users.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
            // Turning an account on is a change like any other; turning it off may be refused alone.
            disabled={user.active ? !user.can.deactivate : !edit}
          />
        )}
        <FormActions
          error={error}
          errorTestId="user-error"
          pending={pending}
          onCancel={onClose}
          onSave={onSubmit}
          saveTestId="user-save"
        />
      </Stack>
    </Modal>
  );
}
