// Beside the tree on a wide screen, before a unit is chosen.
import { Center, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconSitemap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function OrgIndexPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl" h="100%">
      <Center mih={240}>
        <Stack align="center" gap="sm">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconSitemap size={30} />
          </ThemeIcon>
          <Text c="dimmed" ta="center" maw={360}>
            {t('org.chooseUnit')}
          </Text>
        </Stack>
      </Center>
    </Paper>
  );
}
