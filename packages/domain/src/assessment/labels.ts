// Where a grassroots union's assessment stands and the grade it got, as the assessment pages and the
// assessments workbook print them.
import { bilingual } from '../i18n/words.ts';
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
  },
);
