// Typed translation keys: a misspelt key is a compile error. The keys are the web's own and the shared
// catalogue's, which index.ts merges.
import type { Catalogue } from '@congdoan/domain';
import 'i18next';
import type vi from './vi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi & Catalogue };
  }
}
