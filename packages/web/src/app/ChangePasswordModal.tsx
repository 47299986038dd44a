// Change one's own password: the current one, then the new one twice.
import { changePasswordBody } from '@congdoan/domain';
import { Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../api/client.ts';
import { FormActions } from '../components/form/FormActions.tsx';
import { showServerErrors, useSchemaForm } from '../components/form/useSchemaForm.ts';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: changePasswordBody,
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    toPayload: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
  });

  const change = useMutation({
    mutationFn: (body: z.input<typeof changePasswordBody>) => api.auth.changePassword({ body }),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('auth.passwordChanged') });
      close();
    },
    onError: (error) => showServerErrors(form, error),
  });

  function close() {
    form.reset();
    change.reset();
    onClose();
  }

  // The repeat is the user's own check of what they typed: it never leaves the form.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submitWith((body) => {
      if (form.getValues().repeat !== body.newPassword)
        form.setFieldError('repeat', t('auth.passwordMismatch'));
      else change.mutate(body);
    })();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            data-testid="password-current"
            label={t('auth.currentPassword')}
            {...form.getInputProps('currentPassword')}
            withAsterisk
            autoComplete="current-password"
          />
          <PasswordInput
            data-testid="password-new"
            label={t('auth.newPassword')}
            {...form.getInputProps('newPassword')}
            withAsterisk
            autoComplete="new-password"
          />
          <PasswordInput
            data-testid="password-repeat"
            label={t('auth.repeatPassword')}
            {...form.getInputProps('repeat')}
            withAsterisk
            autoComplete="new-password"
          />
          <FormActions
            error={change.error}
            errorTestId="password-error"
            pending={change.isPending}
            onCancel={close}
            saveTestId="password-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
