// Providers around the router: Mantine (theme, dates, notifications), the query cache, the language.
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from './queryClient.ts';
import { router } from './router.tsx';
import { theme } from './theme.ts';

// The corner where notices appear is fetched after the first paint: a notice shown before it arrives waits in
// the notifications store and appears with it.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

export function App() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';

  // Refetch what is on screen so that server-side messages and labels follow the language.
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    shownLanguage.current = language;
    void queryClient.invalidateQueries();
  }, [language]);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <Suspense fallback={null}>
          <Notifications position="bottom-right" />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
