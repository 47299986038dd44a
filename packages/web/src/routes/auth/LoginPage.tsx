// The sign-in page: product name, username and password, language switch, the server's refusal in words.
import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/auth.ts';
import { keys } from '../../api/keys.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { errorMessage } from '../../components/errors.ts';

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
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation({
    mutationFn: () => authApi.login({ username: username.trim(), password }),
    onSuccess: async ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(keys.me, user);
      await navigate({ href: safeRedirect(redirect) });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };

  return (
    <Box mih="100vh" bg="union.0" p="md">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center mih="80vh">
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={6} align="center">
              <ThemeIcon color="red" radius="xl" size={56}>
                <IconUsersGroup size={32} />
              </ThemeIcon>
              <Title order={1} size="h2" c="union.8" data-testid="login-product-name">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" ta="center">
                {t('app.tagline')}
              </Text>
            </Stack>
            <form onSubmit={submit}>
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
                  value={username}
                  onChange={(event) => setUsername(event.currentTarget.value)}
                  autoComplete="username"
                  autoCapitalize="none"
                  required
                  autoFocus
                />
                <PasswordInput
                  data-testid="login-password"
                  label={t('auth.password')}
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  autoComplete="current-password"
                  required
                />
                {login.isError && (
                  <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="login-error">
                    {errorMessage(login.error, t)}
                  </Alert>
                )}
                <Button type="submit" fullWidth loading={login.isPending} data-testid="login-submit">
                  {t('auth.signIn')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
