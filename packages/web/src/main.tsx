// Entry point: Zod told not to probe for eval (before any schema is built), styles, the font, the languages,
// then the app.
import './app/zod-jitless.ts';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/fonts.css';
import './app/global.css';
import { createRoot } from 'react-dom/client';
import { fetchFirstPageData } from './api/early.ts';
import { loadWords, storedLanguage } from './i18n/language.ts';

// The first page's data is asked for now, beside the code (api/early.ts).
fetchFirstPageData(window.location);

// Loaded after Zod is configured: a static import would build the domain schemas before it (the bundler runs
// a shared chunk's code before the entry's own), and the languages read the shared catalogue from domain.
// The app's code, the languages' code and the visitor's words are fetched side by side (index.ts asks for
// the same words and gets this fetch; index.html names them all for the browser to fetch with this file);
// the first render waits for all of them.
void loadWords[storedLanguage()]();
void Promise.all([
  import('./i18n/index.ts').then(({ i18nReady }) => i18nReady),
  import('./app/App.tsx'),
]).then(([, { App }]) => createRoot(document.getElementById('root')!).render(<App />));

// The code of the page the address opens, fetched now rather than once the app has started and the router
// has matched the address (on a slow phone, seconds later): the signed-in shell for every page but sign-in
// and a card's check, and the dashboard on the home page. Only that page's visitors fetch it, so it is not
// part of the entry every visit loads (bench/web-entry-size.ts counts it as the dashboard's first load).
if (!/^\/(login|cards\/verify|verify)\/?$/u.test(window.location.pathname)) {
  void import('./app/AppLayout.tsx');
  if (window.location.pathname === '/') void import('./routes/dashboard/DashboardPage.tsx');
}
