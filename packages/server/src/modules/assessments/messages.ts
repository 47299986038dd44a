// The annual assessment of grassroots unions: the sheet, scores, submission and review, and the workbook.
import { messageSet } from '../../platform/message-set.ts';

export const assessmentMessages = messageSet(
  {
    ASSESSMENT_NOT_GRASSROOTS:
      '{name} không phải công đoàn cơ sở: chỉ công đoàn cơ sở được đánh giá, xếp loại',
    ASSESSMENT_SCORES_INVALID: 'Điểm chấm chưa hợp lệ: hãy xem lại các tiêu chí được đánh dấu',
    ASSESSMENT_INCOMPLETE: 'Còn {count} tiêu chí chưa chấm điểm',
    ASSESSMENT_CRITERION_UNSCORED: 'Tiêu chí này chưa được chấm điểm',
    ASSESSMENT_NOT_DRAFT: 'Bảng đánh giá đã gửi cấp trên, không sửa được nữa',
    ASSESSMENT_NOT_SUBMITTED: 'Bảng đánh giá chưa được gửi lên (hoặc đã xếp loại)',
    ASSESSMENT_REVIEW_BY_SUPERIOR: 'Chỉ công đoàn cấp trên trực tiếp được chấm và xếp loại {name}',
    ASSESSMENT_UNIT_NOT_ALIVE: '{name} không hoạt động vào ngày 31/12/{year}',
    ASSESSMENT_EXPORT_TITLE: 'DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CÔNG ĐOÀN CƠ SỞ NĂM {year}',
    ASSESSMENT_EXPORT_UNIT: 'Công đoàn cơ sở',
    ASSESSMENT_EXPORT_STATUS: 'Tình trạng',
    ASSESSMENT_EXPORT_SELF: 'Điểm tự chấm',
    ASSESSMENT_EXPORT_REVIEW: 'Điểm cấp trên chấm',
    ASSESSMENT_EXPORT_GRADE: 'Xếp loại',
    ASSESSMENT_EXPORT_TOTALS:
      'Tổng số {units} CĐCS: HTXSNV {excellent} ({excellentPercent}%), HTTNV {good} ({goodPercent}%), HTNV {completed} ({completedPercent}%), KHTNV {notCompleted} ({notCompletedPercent}%), chưa xếp loại {notGraded}',
  },
  {
    ASSESSMENT_NOT_GRASSROOTS: '{name} is not a grassroots union: only grassroots unions are assessed',
    ASSESSMENT_SCORES_INVALID: 'Some scores cannot be taken: check the criteria marked',
    ASSESSMENT_INCOMPLETE: '{count} criteria are not scored yet',
    ASSESSMENT_CRITERION_UNSCORED: 'This criterion is not scored yet',
    ASSESSMENT_NOT_DRAFT: 'The assessment has been sent to the level above and can no longer be changed',
    ASSESSMENT_NOT_SUBMITTED: 'The assessment has not been submitted (or is already graded)',
    ASSESSMENT_REVIEW_BY_SUPERIOR: 'Only the union directly above may review and grade {name}',
    ASSESSMENT_UNIT_NOT_ALIVE: '{name} was not active on 31/12/{year}',
    ASSESSMENT_EXPORT_TITLE: 'ASSESSMENT AND GRADING OF GRASSROOTS UNIONS, {year}',
    ASSESSMENT_EXPORT_UNIT: 'Grassroots union',
    ASSESSMENT_EXPORT_STATUS: 'Status',
    ASSESSMENT_EXPORT_SELF: 'Self score',
    ASSESSMENT_EXPORT_REVIEW: 'Review score',
    ASSESSMENT_EXPORT_GRADE: 'Grade',
    ASSESSMENT_EXPORT_TOTALS:
      '{units} grassroots unions: excellent {excellent} ({excellentPercent}%), good {good} ({goodPercent}%), completed {completed} ({completedPercent}%), not completed {notCompleted} ({notCompletedPercent}%), not graded {notGraded}',
  },
);
