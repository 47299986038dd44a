// Create an account, or change one: name, role, unit, active, a new password.
import { ROLES, type Role, type UserRow } from '@congdoan/domain';
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usersApi } from '../../api/users.ts';
import { useCurrentUser } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { roleLabel } from '../../components/labels.ts';
import { type PickedUnit, UnitSearchSelect } from '../../components/UnitSearchSelect.tsx';

const USERNAME = /^[a-z0-9._-]{3,60}$/u;

export function UserModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState(user?.username ?? '');
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'unit_officer');
  const [unit, setUnit] = useState<PickedUnit | null>(user?.unit ?? null);
  const [active, setActive] = useState(user?.active ?? true);
  const [touched, setTouched] = useState(false);
  // Only a system administrator may make another one; the server refuses it too (ROLE_TOO_HIGH).
  const roles = ROLES.filter(
    (option) => option !== 'system_admin' || me.role === 'system_admin' || option === user?.role,
  );

  const save = useMutation({
    mutationFn: async () => {
      if (!user) {
        return usersApi.create({
          username: username.trim().toLowerCase(),
          fullName: fullName.trim(),
          password,
          role,
          unitId: unit!.id,
        });
      }
      return usersApi.update(user.id, {
        fullName: fullName.trim() !== user.fullName ? fullName.trim() : undefined,
        role: role !== user.role ? role : undefined,
        unitId: unit && unit.id !== user.unit.id ? unit.id : undefined,
        active: active !== user.active ? active : undefined,
        password: password || undefined,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('users.saved') });
      onClose();
    },
  });

  const problems = {
    username: !user && !USERNAME.test(username.trim().toLowerCase()),
    fullName: !fullName.trim(),
    password: (!user || password.length > 0) && password.length < 8,
    unit: !unit,
  };
  const submit = () => {
    setTouched(true);
    if (!Object.values(problems).some(Boolean)) save.mutate();
  };
  const error = (problem: boolean, message = t('common.required')) =>
    touched && problem ? message : undefined;

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
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          disabled={Boolean(user)}
          error={error(problems.username)}
          autoCapitalize="none"
          withAsterisk={!user}
        />
        <TextInput
          data-testid="user-full-name"
          label={t('users.fullName')}
          value={fullName}
          onChange={(event) => setFullName(event.currentTarget.value)}
          error={error(problems.fullName)}
          withAsterisk
        />
        <Select
          data-testid="user-role"
          label={t('users.role')}
          data={roles.map((value) => ({ value, label: roleLabel(t, value) }))}
          value={role}
          onChange={(value) => value && setRole(value as Role)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <UnitSearchSelect
          testId="user-unit"
          label={t('users.unit')}
          value={unit?.id ?? null}
          onChange={setUnit}
          error={error(problems.unit)}
          required
        />
        <PasswordInput
          data-testid="user-password"
          label={user ? t('users.resetPassword') : t('users.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={error(problems.password, t('auth.passwordTooShort'))}
          autoComplete="new-password"
          withAsterisk={!user}
        />
        {user && (
          <Switch
            data-testid="user-active"
            label={t('users.active')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
        )}
        {save.isError && (
          <Alert color="red" data-testid="user-error">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="user-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
