// Where a grassroots union's assessment stands and the grade it got, as the assessment pages and the
// assessments workbook print them; and why scores cannot be added up (scoreSheet's problems), keyed by the
// problem's code.
import { bilingual } from '../i18n/words.ts';
import type { ScoreProblem } from './grade.ts';
import type { AssessmentGrade, AssessmentStatus } from './sheet.ts';

export const assessmentWords = bilingual(
  {
    assessmentStatus: {
      none: 'Chưa chấm',
      draft: 'Đang tự chấm',
      submitted: 'Đã gửi cấp trên',
      reviewed: 'Đã xếp loại',
    } satisfies Record<AssessmentStatus | 'none', string>,
    assessmentGrade: {
      excellent: 'Hoàn thành xuất sắc nhiệm vụ',
      good: 'Hoàn thành tốt nhiệm vụ',
      completed: 'Hoàn thành nhiệm vụ',
      notCompleted: 'Không hoàn thành nhiệm vụ',
    } satisfies Record<AssessmentGrade, string>,
    scoreProblem: {
      ASSESSMENT_SCORE_OVER_MAX: 'Có điểm vượt mức tối đa của tiêu chí ({{maxPoints}}).',
      ASSESSMENT_BONUS_OVER_CAP: 'Điểm thưởng vượt mức tối đa {{cap}} điểm.',
      ASSESSMENT_SCORE_NEGATIVE: 'Điểm không được âm.',
      ASSESSMENT_UNKNOWN_CRITERION: 'Có điểm cho tiêu chí không có trong phiếu.',
    } satisfies Record<ScoreProblem['code'], string>,
  },
  {
    assessmentStatus: {
      none: 'Not scored',
      draft: 'Self-scoring',
      submitted: 'Submitted',
      reviewed: 'Graded',
    },
    assessmentGrade: {
      excellent: 'Completed tasks excellently',
      good: 'Completed tasks well',
      completed: 'Completed tasks',
      notCompleted: 'Did not complete tasks',
    },
    scoreProblem: {
      ASSESSMENT_SCORE_OVER_MAX: "A score exceeds its criterion's maximum ({{maxPoints}}).",
      ASSESSMENT_BONUS_OVER_CAP: 'The bonus exceeds its cap of {{cap}} points.',
      ASSESSMENT_SCORE_NEGATIVE: 'Points cannot be negative.',
      ASSESSMENT_UNKNOWN_CRITERION: 'A score names a criterion not on the sheet.',
    },
  },
);
