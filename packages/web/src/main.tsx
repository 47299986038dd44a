// Entry point: Zod told not to probe for eval (before any schema is built), styles, the font, the languages,
// then the app.
import './app/zod-jitless.ts';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './app/global.css';
import { createRoot } from 'react-dom/client';
import { loadWords, storedLanguage } from './i18n/language.ts';

// Loaded after Zod is configured: a static import would build the domain schemas before it (the bundler runs
// a shared chunk's code before the entry's own), and the languages read the shared catalogue from domain.
// The app's code, the languages' code and the visitor's words are fetched side by side (index.ts asks for
// the same words and gets this fetch); the first render waits for all of them.
void loadWords[storedLanguage()]();
void Promise.all([
  import('./i18n/index.ts').then(({ i18nReady }) => i18nReady),
  import('./app/App.tsx'),
]).then(([, { App }]) => createRoot(document.getElementById('root')!).render(<App />));
