// Before every web component test: the DOM matchers, the UI languages (Vietnamese first, as a new visitor
// sees them), and after each test an empty screen, the network mock removed and Vietnamese again.
import '@testing-library/jest-dom/vitest';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n, { i18nReady, setLanguage } from '../i18n/index.ts';

await i18nReady;

// Mantine's autosizing textarea listens for web fonts loading; happy-dom has no FontFaceSet to listen on.
if (document.fonts === undefined) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  if (i18n.language !== 'vi') await setLanguage('vi');
});
