// The signed-in shell: header (product, unit, as-of date, language, user), navbar of capabilities, page.
import { AppShell, Burger, Group, NavLink, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import {
  IconAddressBook,
  IconBuildingCommunity,
  IconClipboardCheck,
  IconHistory,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconScale,
  IconShieldLock,
  IconSitemap,
  IconTargetArrow,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AsOfPicker } from '../components/AsOfPicker.tsx';
import { roleLabel } from '../components/labels.ts';
import { useCan, useCurrentUser } from './auth.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

const NAV = [
  { to: '/', key: 'dashboard', icon: IconLayoutDashboard },
  { to: '/org', key: 'org', icon: IconSitemap },
  { to: '/members', key: 'members', icon: IconAddressBook },
  { to: '/congresses', key: 'congresses', icon: IconBuildingCommunity },
  { to: '/plans', key: 'plans', icon: IconTargetArrow },
  { to: '/reports', key: 'reports', icon: IconReportAnalytics },
  { to: '/assessments', key: 'assessments', icon: IconClipboardCheck },
  { to: '/audit', key: 'audit', icon: IconHistory },
  { to: '/users', key: 'users', icon: IconUsers },
  { to: '/rules', key: 'rules', icon: IconScale },
  { to: '/privacy', key: 'privacy', icon: IconShieldLock },
] as const;
/** Pages for those who manage accounts (the accounts, the personal-data register and logs). */
const ADMIN_ONLY = new Set<string>(['users', 'privacy']);

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const can = useCan();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const showAsOf =
    pathname.startsWith('/org') ||
    /^\/(members|congresses)\/?$/u.test(pathname) ||
    /^\/plans\/\d+\/?$/u.test(pathname);
  const secondRow = showAsOf && !wide;

  return (
    <AppShell
      header={{ height: secondRow ? 104 : 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h={60} px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              data-testid="nav-burger"
            />
            <ThemeIcon color="red" radius="md" size={32} variant="filled">
              <IconUsersGroup size={20} />
            </ThemeIcon>
            <Text fw={700} size="lg" c="union.8" style={{ whiteSpace: 'nowrap' }} data-testid="product-name">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" truncate visibleFrom="md" data-testid="header-unit">
              · {user.unit.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {showAsOf && wide && (
              <Group gap={6} wrap="nowrap">
                <Text size="sm" c="dimmed" visibleFrom="lg">
                  {t('asOf.label')}
                </Text>
                <AsOfPicker />
              </Group>
            )}
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
        {secondRow && (
          <Group px="md" pb={8} gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('asOf.label')}
            </Text>
            <AsOfPicker fullWidth />
          </Group>
        )}
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <AppShell.Section grow>
          {NAV.filter((item) => !ADMIN_ONLY.has(item.key) || can.manageUsers).map((item) => (
            <NavLink
              key={item.key}
              component={Link}
              to={item.to}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}
              onClick={close}
              data-testid={`nav-${item.key}`}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={0} p="xs">
            <Text size="sm" fw={600} truncate>
              {user.unit.name}
            </Text>
            <Text size="xs" c="dimmed">
              {user.fullName} · {roleLabel(t, user.role)}
            </Text>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
