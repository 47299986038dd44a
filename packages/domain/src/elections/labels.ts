// The bodies a congress elects and a candidate's outcome, as the election pages, the counting minutes and the
// committee meetings' documents print them.

import type { z } from 'zod';
import { bilingual } from '../i18n/words.ts';
import type { candidate, ElectedBody } from './schemas.ts';

type CandidateOutcome = NonNullable<z.infer<typeof candidate>['outcome']>;

export const electionWords = bilingual(
  {
    electedBody: {
      executiveCommittee: 'Ban Chấp hành',
      standingCommittee: 'Ban Thường vụ',
      chair: 'Chủ tịch',
      viceChair: 'Phó Chủ tịch',
      inspectionCommittee: 'Ủy ban Kiểm tra',
      higherCongressDelegates: 'Đại biểu dự đại hội cấp trên',
    } satisfies Record<ElectedBody, string>,
    electionOutcome: {
      elected: 'Trúng cử',
      tied: 'Bằng phiếu',
      notElected: 'Không trúng cử',
    } satisfies Record<CandidateOutcome, string>,
  },
  {
    electedBody: {
      executiveCommittee: 'Executive committee',
      standingCommittee: 'Standing committee',
      chair: 'Chair',
      viceChair: 'Vice-chair',
      inspectionCommittee: 'Inspection committee',
      higherCongressDelegates: 'Delegates to the higher congress',
    },
    electionOutcome: { elected: 'Elected', tied: 'Tied', notElected: 'Not elected' },
  },
);
