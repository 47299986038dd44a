// What an unknown address shows.
import { Button, Center, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh">
      <Stack align="center">
        <Text size="lg">{t('common.notFoundPage')}</Text>
        <Button component={Link} to="/org">
          {t('common.goHome')}
        </Button>
      </Stack>
    </Center>
  );
}
