// The names of the report indicators in Vietnamese and English for the server-made documents (the xlsx
// roll-up, the Word report), the same wording as the web (i18n reports.indicator.<CODE>), and the label of
// each unit of measure.
import { findIndicator, type IndicatorMeasure } from '@congdoan/domain';

export type Language = 'vi' | 'en';

/** indicator code → its name in each language */
export const INDICATOR_NAMES: Record<string, { vi: string; en: string }> = {
  WORKERS: { vi: 'Số lao động', en: 'Workers' },
  WOMEN_WORKERS: { vi: 'Số lao động nữ', en: 'Women workers' },
  MEMBERS: { vi: 'Số đoàn viên', en: 'Members' },
  WOMEN_MEMBERS: { vi: 'Số đoàn viên nữ', en: 'Women members' },
  NEW_MEMBERS: { vi: 'Số đoàn viên kết nạp mới', en: 'New members' },
  MEMBERS_LEAVING: { vi: 'Số đoàn viên ra khỏi tổ chức', en: 'Members leaving' },
  MEMBERSHIP_RATE: { vi: 'Tỷ lệ đoàn viên trên lao động', en: 'Membership rate' },
  WOMEN_MEMBER_SHARE: { vi: 'Tỷ lệ đoàn viên nữ', en: 'Share of women members' },
  GRASSROOTS_UNIONS: { vi: 'Số công đoàn cơ sở', en: 'Grassroots unions' },
  NEW_GRASSROOTS_UNIONS: { vi: 'Số công đoàn cơ sở thành lập mới', en: 'New grassroots unions' },
  DISSOLVED_GRASSROOTS_UNIONS: { vi: 'Số công đoàn cơ sở giải thể', en: 'Dissolved grassroots unions' },
  EMPLOYERS_WITHOUT_UNION: {
    vi: 'Số đơn vị sử dụng lao động chưa có công đoàn',
    en: 'Employers without a union',
  },
  GRASSROOTS_ASSESSED: { vi: 'Số công đoàn cơ sở được đánh giá', en: 'Grassroots unions assessed' },
  GRASSROOTS_GOOD_OR_BETTER: {
    vi: 'Số công đoàn cơ sở xếp loại khá trở lên',
    en: 'Grassroots unions graded good or better',
  },
  GRASSROOTS_GOOD_SHARE: { vi: 'Tỷ lệ công đoàn cơ sở khá trở lên', en: 'Share graded good or better' },
  MONTHLY_WAGE_BILL: { vi: 'Tổng quỹ lương tháng', en: 'Monthly wage bill' },
  AVERAGE_MONTHLY_WAGE: { vi: 'Tiền lương bình quân tháng', en: 'Average monthly wage' },
  WAGE_ARREARS: { vi: 'Tiền lương bị nợ', en: 'Wage arrears' },
  WORKERS_OWED_WAGES: { vi: 'Số lao động bị nợ lương', en: 'Workers owed wages' },
  EMPLOYERS_OWING_WAGES: { vi: 'Số đơn vị nợ lương', en: 'Employers owing wages' },
  WORKERS_WITH_SOCIAL_INSURANCE: { vi: 'Số lao động tham gia BHXH', en: 'Workers with social insurance' },
  SOCIAL_INSURANCE_COVERAGE: { vi: 'Tỷ lệ lao động tham gia BHXH', en: 'Social insurance coverage' },
  SOCIAL_INSURANCE_ARREARS: { vi: 'Số tiền nợ BHXH', en: 'Social insurance arrears' },
  EMPLOYERS_OWING_SOCIAL_INSURANCE: { vi: 'Số đơn vị nợ BHXH', en: 'Employers owing social insurance' },
  COLLECTIVE_AGREEMENTS: { vi: 'Số thỏa ước lao động tập thể', en: 'Collective agreements' },
  NEW_COLLECTIVE_AGREEMENTS: { vi: 'Số thỏa ước ký mới', en: 'New collective agreements' },
  WORKERS_COVERED_BY_AGREEMENTS: {
    vi: 'Số lao động được thỏa ước bảo vệ',
    en: 'Workers covered by agreements',
  },
  AGREEMENT_COVERAGE: { vi: 'Tỷ lệ lao động được thỏa ước bảo vệ', en: 'Agreement coverage' },
  PERIODIC_DIALOGUES: { vi: 'Số cuộc đối thoại định kỳ', en: 'Periodic dialogues' },
  AD_HOC_DIALOGUES: { vi: 'Số cuộc đối thoại đột xuất', en: 'Ad hoc dialogues' },
  WORKERS_CONFERENCES: { vi: 'Số hội nghị người lao động', en: "Workers' conferences" },
  PETITIONS: { vi: 'Số kiến nghị', en: 'Petitions' },
  COLLECTIVE_DISPUTES: { vi: 'Số tranh chấp lao động tập thể', en: 'Collective disputes' },
  WORK_STOPPAGES: { vi: 'Số cuộc ngừng việc tập thể', en: 'Work stoppages' },
  WORKERS_IN_STOPPAGES: { vi: 'Số lao động tham gia ngừng việc', en: 'Workers in stoppages' },
  CARE_SPENDING: { vi: 'Kinh phí chăm lo', en: 'Care spending' },
  PEOPLE_SUPPORTED: { vi: 'Số lượt người được hỗ trợ', en: 'People supported' },
  LEGAL_OUTREACH_SESSIONS: { vi: 'Số buổi tuyên truyền pháp luật', en: 'Legal outreach sessions' },
  LEGAL_OUTREACH_PARTICIPANTS: {
    vi: 'Số lượt người dự tuyên truyền pháp luật',
    en: 'Legal outreach participants',
  },
  INITIATIVES: { vi: 'Số sáng kiến', en: 'Initiatives' },
  MEMBERS_RECOMMENDED_TO_PARTY: {
    vi: 'Số đoàn viên ưu tú giới thiệu cho Đảng',
    en: 'Members recommended to the Party',
  },
  MEMBERS_ADMITTED_TO_PARTY: { vi: 'Số đoàn viên được kết nạp Đảng', en: 'Members admitted to the Party' },
};

/** The label of a unit of measure (đơn vị tính) in a table column. */
export const MEASURE_LABELS: Record<IndicatorMeasure, { vi: string; en: string }> = {
  person: { vi: 'Người', en: 'People' },
  union: { vi: 'CĐCS', en: 'Unions' },
  employer: { vi: 'Đơn vị', en: 'Employers' },
  agreement: { vi: 'Bản', en: 'Agreements' },
  event: { vi: 'Cuộc', en: 'Events' },
  initiative: { vi: 'Sáng kiến', en: 'Initiatives' },
  dong: { vi: 'Đồng', en: 'VND' },
  percent: { vi: '%', en: '%' },
};

/** The name of an indicator; the code itself for one the catalog gained after this file. */
export function indicatorName(code: string, language: Language = 'vi'): string {
  return INDICATOR_NAMES[code]?.[language] ?? code;
}

/** The unit-of-measure label of an indicator. */
export function indicatorMeasureLabel(code: string, language: Language = 'vi'): string {
  const indicator = findIndicator(code);
  return indicator ? MEASURE_LABELS[indicator.measure][language] : '';
}
