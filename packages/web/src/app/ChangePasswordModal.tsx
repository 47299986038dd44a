// Change one's own password: the current one, then the new one twice.
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../api/auth.ts';
import { errorMessage } from '../components/errors.ts';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setCurrentPassword('');
    setNewPassword('');
    setRepeat('');
    setProblem(null);
    onClose();
  };

  const change = useMutation({
    mutationFn: () => authApi.changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('auth.passwordChanged') });
      close();
    },
    onError: (error) => setProblem(errorMessage(error, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.length < 8) return setProblem(t('auth.passwordTooShort'));
    if (newPassword !== repeat) return setProblem(t('auth.passwordMismatch'));
    setProblem(null);
    change.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')} centered>
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput
            data-testid="password-current"
            label={t('auth.currentPassword')}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            required
            autoComplete="current-password"
          />
          <PasswordInput
            data-testid="password-new"
            label={t('auth.newPassword')}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            required
            autoComplete="new-password"
          />
          <PasswordInput
            data-testid="password-repeat"
            label={t('auth.repeatPassword')}
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            required
            autoComplete="new-password"
          />
          {problem && (
            <Alert color="red" data-testid="password-error">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} data-testid="password-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
