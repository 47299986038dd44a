// The frame of the pages a visitor sees without signing in (the sign-in page, a card's check): the language
// switch at the top, and one card in the middle of the page under the union's mark.
import { Box, Center, Group, Paper, Stack, ThemeIcon } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch.tsx';

const MARKS = { large: { size: 56, icon: 32 }, small: { size: 48, icon: 28 } };

export function PublicPage({
  width,
  mark,
  heading,
  children,
}: {
  /** The card's greatest width, in pixels. */
  width: number;
  /** The union's mark: large where it stands for the product (sign-in), smaller above a page's own title. */
  mark: keyof typeof MARKS;
  /** What stands under the mark: the page's title and a line. */
  heading: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box mih="100vh" bg="union.0" p="md">
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center mih="80vh">
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={width}>
          <Stack gap="lg">
            <Stack gap={6} align="center">
              <ThemeIcon color="red" radius="xl" size={MARKS[mark].size}>
                <IconUsersGroup size={MARKS[mark].icon} />
              </ThemeIcon>
              {heading}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
