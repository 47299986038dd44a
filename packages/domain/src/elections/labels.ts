// The bodies a congress elects and a candidate's outcome, as the election pages, the counting minutes and the
// committee meetings' documents print them; and what is wrong with a count (countProblems), keyed by the
// problem's code, as the count form shows it while typed and the server says it when it refuses one.

import type { z } from 'zod';
import { bilingual } from '../i18n/words.ts';
import type { CountProblem } from './count.ts';
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
    countProblem: {
      COUNT_COLLECTED_OVER_ISSUED: 'Số phiếu thu về ({{collected}}) nhiều hơn số phiếu phát ra ({{issued}}).',
      COUNT_INVALID_OVER_COLLECTED:
        'Số phiếu không hợp lệ ({{invalid}}) nhiều hơn số phiếu thu về ({{collected}}).',
      COUNT_CANDIDATE_OVER_VALID: '{{name}} được {{votes}} phiếu, nhiều hơn số phiếu hợp lệ ({{valid}}).',
      COUNT_MARKS_OVER_BALLOTS:
        'Tổng số phiếu bầu ({{marks}}) vượt quá {{valid}} phiếu hợp lệ × {{seats}} người ({{limit}}).',
    } satisfies Record<CountProblem['code'], string>,
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
    countProblem: {
      COUNT_COLLECTED_OVER_ISSUED: 'More ballots collected ({{collected}}) than issued ({{issued}}).',
      COUNT_INVALID_OVER_COLLECTED: 'More invalid ballots ({{invalid}}) than collected ({{collected}}).',
      COUNT_CANDIDATE_OVER_VALID: '{{name}} has {{votes}} votes, more than the valid ballots ({{valid}}).',
      COUNT_MARKS_OVER_BALLOTS:
        'The votes ({{marks}}) exceed {{valid}} valid ballots × {{seats}} seats ({{limit}}).',
    },
  },
);
