// The sign-in page: product name, username and password, language switch, the server's refusal in words.
import { loginBody } from '@congdoan/domain';
import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { PublicPage } from '../../app/PublicPage.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';

const route = getRouteApi('/login');

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login') ? target : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: loginBody,
    initialValues: { username: '', password: '' },
    toPayload: (values) => ({ username: values.username.trim(), password: values.password }),
  });

  const login = useMutation({
    mutationFn: (body: z.input<typeof loginBody>) => api.auth.login({ body }),
    onSuccess: async () => {
      // Another account's cached data must not show; the signed-in layout reads who this is, and what
      // they may do, afresh.
      queryClient.clear();
      await navigate({ href: safeRedirect(redirect) });
    },
    onError: (error) => showServerErrors(form, error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submitWith((body) => login.mutate(body))();
  };

  return (
    <PublicPage
      width={420}
      mark="large"
      heading={
        <>
          <Title order={1} size="h2" c="union.8" data-testid="login-product-name">
            {t('app.name')}
          </Title>
          <Text size="sm" c="dimmed" ta="center">
            {t('app.tagline')}
          </Text>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('auth.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={-10}>
            {t('auth.subtitle')}
          </Text>
          <TextInput
            data-testid="login-username"
            label={t('auth.username')}
            {...form.getInputProps('username')}
            autoComplete="username"
            autoCapitalize="none"
            withAsterisk
            autoFocus
          />
          <PasswordInput
            data-testid="login-password"
            label={t('auth.password')}
            {...form.getInputProps('password')}
            autoComplete="current-password"
            withAsterisk
          />
          {login.isError && <ErrorAlert error={login.error} testId="login-error" />}
          <Button type="submit" fullWidth loading={login.isPending} data-testid="login-submit">
            {t('auth.signIn')}
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
