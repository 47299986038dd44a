// A member's gender and status as the member pages and the exported member list print them, and the names
// of a member's fields (members/fields.ts).
import { bilingual } from '../i18n/words.ts';
import { memberFieldWords } from './fields.ts';
import type { Gender, MemberStatus } from './schemas.ts';

const codeWords = bilingual(
  {
    gender: { male: 'Nam', female: 'Nữ' } satisfies Record<Gender, string>,
    memberStatus: {
      active: 'Đang sinh hoạt',
      transferredOut: 'Đã chuyển sinh hoạt',
      left: 'Đã ra khỏi tổ chức',
      expelled: 'Bị khai trừ',
      deceased: 'Đã từ trần',
    } satisfies Record<MemberStatus, string>,
  },
  {
    gender: { male: 'Male', female: 'Female' },
    memberStatus: {
      active: 'Active',
      transferredOut: 'Transferred out',
      left: 'Left the union',
      expelled: 'Expelled',
      deceased: 'Deceased',
    },
  },
);

export const memberWords = {
  vi: { ...codeWords.vi, ...memberFieldWords.vi },
  en: { ...codeWords.en, ...memberFieldWords.en },
};
