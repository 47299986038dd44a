// The levels at which congresses are held and where a unit's congress stands (none yet, planned, scheduled,
// held, recognised), as the congress and progress pages and the progress workbook print them.
import { bilingual } from '../i18n/words.ts';
import type { CongressLevel, CongressStatus } from './schemas.ts';

export const congressWords = bilingual(
  {
    congressLevel: {
      grassroots: 'Công đoàn cơ sở',
      superior: 'Công đoàn cấp trên trực tiếp cơ sở',
      provincial: 'Công đoàn cấp tỉnh, ngành trung ương',
    } satisfies Record<CongressLevel, string>,
    congressStatus: {
      none: 'Chưa triển khai',
      planned: 'Chuẩn bị',
      scheduled: 'Đã lên lịch',
      held: 'Đã tổ chức',
      recognised: 'Đã công nhận',
    } satisfies Record<CongressStatus | 'none', string>,
  },
  {
    congressLevel: {
      grassroots: 'Grassroots unions',
      superior: 'Superior unions',
      provincial: 'Provincial and central sector unions',
    },
    congressStatus: {
      none: 'Not started',
      planned: 'Planned',
      scheduled: 'Scheduled',
      held: 'Held',
      recognised: 'Recognised',
    },
  },
);
