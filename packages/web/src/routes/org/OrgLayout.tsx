// The organisation pages: the navigator (search and tree) beside the chosen unit; on a phone, one at a time.
import { Alert, Anchor, Grid, Group, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Outlet, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { useAsOf } from '../../components/useAsOf.ts';
import { OrgNavigator } from './OrgNavigator.tsx';

export function OrgLayout() {
  const { t } = useTranslation();
  const { unitId } = useParams({ strict: false }) as { unitId?: string };
  const { asOf, isToday, setAsOf } = useAsOf();
  const onUnit = Boolean(unitId);
  return (
    <>
      {!isToday && (
        <Alert color="yellow" variant="light" py={8} mb="md" data-testid="as-of-notice">
          <Group gap="xs" wrap="wrap">
            <IconCalendarEvent size={18} />
            <Text size="sm">{t('asOf.notice', { date: formatDate(asOf) })}</Text>
            <Anchor size="sm" component="button" onClick={() => void setAsOf(null)}>
              {t('asOf.reset')}
            </Anchor>
          </Group>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col
          span={{ base: 12, md: 5, xl: 4 }}
          display={onUnit ? { base: 'none', md: 'block' } : undefined}
        >
          <OrgNavigator selectedId={unitId ? Number(unitId) : undefined} />
        </Grid.Col>
        <Grid.Col
          span={{ base: 12, md: 7, xl: 8 }}
          display={onUnit ? undefined : { base: 'none', md: 'block' }}
        >
          <Outlet />
        </Grid.Col>
      </Grid>
    </>
  );
}
