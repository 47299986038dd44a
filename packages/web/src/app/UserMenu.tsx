// The user menu: who is signed in, for which unit and role; change password; sign out.
import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { roleLabel } from '../components/labels.ts';
import { useCurrentUser } from './auth.ts';

// The form (and its form library) is fetched when the user first asks to change their password, not with the
// header every page shows.
const ChangePasswordModal = lazy(() =>
  import('./ChangePasswordModal.tsx').then((module) => ({ default: module.ChangePasswordModal })),
);

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return (last[0] ?? '?').toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [passwordOpened, password] = useDisclosure(false);

  const signOut = async () => {
    await api.auth.logout().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/login', search: {} });
  };

  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu" aria-label={user.fullName}>
            <Avatar color="union" radius="xl" size={34}>
              {initials(user.fullName)}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="dark" data-testid="user-full-name">
              {user.fullName}
            </Text>
            <Text size="xs">{t('auth.signedInAs', { username: user.username })}</Text>
            <Text size="xs">{roleLabel(t, user.role)}</Text>
            <Text size="xs" c="dimmed">
              {user.unit.name}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconKey size={16} />}
            onClick={password.open}
            data-testid="menu-change-password"
          >
            {t('auth.changePassword')}
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => void signOut()}
            data-testid="menu-sign-out"
          >
            {t('auth.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {passwordOpened && (
        <Suspense fallback={null}>
          <ChangePasswordModal opened onClose={password.close} />
        </Suspense>
      )}
    </>
  );
}
