// The levels at which congresses are held, as the progress pages and the progress workbook print them.
import { bilingual } from '../i18n/words.ts';
import type { CongressLevel } from './schemas.ts';

export const congressWords = bilingual(
  {
    congressLevel: {
      grassroots: 'Công đoàn cơ sở',
      superior: 'Công đoàn cấp trên trực tiếp cơ sở',
      provincial: 'Công đoàn cấp tỉnh, ngành trung ương',
    } satisfies Record<CongressLevel, string>,
  },
  {
    congressLevel: {
      grassroots: 'Grassroots unions',
      superior: 'Superior unions',
      provincial: 'Provincial and central sector unions',
    },
  },
);
