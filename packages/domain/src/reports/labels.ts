// The names of the report indicators and of their units of measure, in Vietnamese and English: the one list
// the web's report and plan pages (through the shared catalogue, t('indicator.WORKERS')) and the server's
// roll-up workbook and Word report print.
import type { Locale } from '../auth/schemas.ts';
import { bilingual } from '../i18n/words.ts';
import { findIndicator, type IndicatorMeasure } from './indicators.ts';

export const reportWords = bilingual(
  {
    indicator: {
      WORKERS: 'Số lao động',
      WOMEN_WORKERS: 'Số lao động nữ',
      MEMBERS: 'Số đoàn viên',
      WOMEN_MEMBERS: 'Số đoàn viên nữ',
      NEW_MEMBERS: 'Số đoàn viên kết nạp mới',
      MEMBERS_LEAVING: 'Số đoàn viên ra khỏi tổ chức',
      MEMBERSHIP_RATE: 'Tỷ lệ đoàn viên trên lao động',
      WOMEN_MEMBER_SHARE: 'Tỷ lệ đoàn viên nữ',
      GRASSROOTS_UNIONS: 'Số công đoàn cơ sở',
      NEW_GRASSROOTS_UNIONS: 'Số công đoàn cơ sở thành lập mới',
      DISSOLVED_GRASSROOTS_UNIONS: 'Số công đoàn cơ sở giải thể',
      EMPLOYERS_WITHOUT_UNION: 'Số đơn vị sử dụng lao động chưa có công đoàn',
      GRASSROOTS_ASSESSED: 'Số công đoàn cơ sở được đánh giá',
      GRASSROOTS_GOOD_OR_BETTER: 'Số công đoàn cơ sở xếp loại khá trở lên',
      GRASSROOTS_GOOD_SHARE: 'Tỷ lệ công đoàn cơ sở khá trở lên',
      MONTHLY_WAGE_BILL: 'Tổng quỹ lương tháng',
      AVERAGE_MONTHLY_WAGE: 'Tiền lương bình quân tháng',
      WAGE_ARREARS: 'Tiền lương bị nợ',
      WORKERS_OWED_WAGES: 'Số lao động bị nợ lương',
      EMPLOYERS_OWING_WAGES: 'Số đơn vị nợ lương',
      WORKERS_WITH_SOCIAL_INSURANCE: 'Số lao động tham gia BHXH',
      SOCIAL_INSURANCE_COVERAGE: 'Tỷ lệ lao động tham gia BHXH',
      SOCIAL_INSURANCE_ARREARS: 'Số tiền nợ BHXH',
      EMPLOYERS_OWING_SOCIAL_INSURANCE: 'Số đơn vị nợ BHXH',
      COLLECTIVE_AGREEMENTS: 'Số thỏa ước lao động tập thể',
      NEW_COLLECTIVE_AGREEMENTS: 'Số thỏa ước ký mới',
      WORKERS_COVERED_BY_AGREEMENTS: 'Số lao động được thỏa ước bảo vệ',
      AGREEMENT_COVERAGE: 'Tỷ lệ lao động được thỏa ước bảo vệ',
      PERIODIC_DIALOGUES: 'Số cuộc đối thoại định kỳ',
      AD_HOC_DIALOGUES: 'Số cuộc đối thoại đột xuất',
      WORKERS_CONFERENCES: 'Số hội nghị người lao động',
      PETITIONS: 'Số kiến nghị',
      COLLECTIVE_DISPUTES: 'Số tranh chấp lao động tập thể',
      WORK_STOPPAGES: 'Số cuộc ngừng việc tập thể',
      WORKERS_IN_STOPPAGES: 'Số lao động tham gia ngừng việc',
      CARE_SPENDING: 'Kinh phí chăm lo',
      PEOPLE_SUPPORTED: 'Số lượt người được hỗ trợ',
      LEGAL_OUTREACH_SESSIONS: 'Số buổi tuyên truyền pháp luật',
      LEGAL_OUTREACH_PARTICIPANTS: 'Số lượt người dự tuyên truyền pháp luật',
      INITIATIVES: 'Số sáng kiến',
      MEMBERS_RECOMMENDED_TO_PARTY: 'Số đoàn viên ưu tú giới thiệu cho Đảng',
      MEMBERS_ADMITTED_TO_PARTY: 'Số đoàn viên được kết nạp Đảng',
    },
    indicatorMeasure: {
      person: 'Người',
      union: 'CĐCS',
      employer: 'Đơn vị',
      agreement: 'Bản',
      event: 'Cuộc',
      initiative: 'Sáng kiến',
      dong: 'Đồng',
      percent: '%',
    } satisfies Record<IndicatorMeasure, string>,
  },
  {
    indicator: {
      WORKERS: 'Workers',
      WOMEN_WORKERS: 'Women workers',
      MEMBERS: 'Members',
      WOMEN_MEMBERS: 'Women members',
      NEW_MEMBERS: 'New members',
      MEMBERS_LEAVING: 'Members leaving',
      MEMBERSHIP_RATE: 'Membership rate',
      WOMEN_MEMBER_SHARE: 'Share of women members',
      GRASSROOTS_UNIONS: 'Grassroots unions',
      NEW_GRASSROOTS_UNIONS: 'New grassroots unions',
      DISSOLVED_GRASSROOTS_UNIONS: 'Dissolved grassroots unions',
      EMPLOYERS_WITHOUT_UNION: 'Employers without a union',
      GRASSROOTS_ASSESSED: 'Grassroots unions assessed',
      GRASSROOTS_GOOD_OR_BETTER: 'Grassroots unions graded good or better',
      GRASSROOTS_GOOD_SHARE: 'Share graded good or better',
      MONTHLY_WAGE_BILL: 'Monthly wage bill',
      AVERAGE_MONTHLY_WAGE: 'Average monthly wage',
      WAGE_ARREARS: 'Wage arrears',
      WORKERS_OWED_WAGES: 'Workers owed wages',
      EMPLOYERS_OWING_WAGES: 'Employers owing wages',
      WORKERS_WITH_SOCIAL_INSURANCE: 'Workers with social insurance',
      SOCIAL_INSURANCE_COVERAGE: 'Social insurance coverage',
      SOCIAL_INSURANCE_ARREARS: 'Social insurance arrears',
      EMPLOYERS_OWING_SOCIAL_INSURANCE: 'Employers owing social insurance',
      COLLECTIVE_AGREEMENTS: 'Collective agreements',
      NEW_COLLECTIVE_AGREEMENTS: 'New collective agreements',
      WORKERS_COVERED_BY_AGREEMENTS: 'Workers covered by agreements',
      AGREEMENT_COVERAGE: 'Agreement coverage',
      PERIODIC_DIALOGUES: 'Periodic dialogues',
      AD_HOC_DIALOGUES: 'Ad hoc dialogues',
      WORKERS_CONFERENCES: "Workers' conferences",
      PETITIONS: 'Petitions',
      COLLECTIVE_DISPUTES: 'Collective disputes',
      WORK_STOPPAGES: 'Work stoppages',
      WORKERS_IN_STOPPAGES: 'Workers in stoppages',
      CARE_SPENDING: 'Care spending',
      PEOPLE_SUPPORTED: 'People supported',
      LEGAL_OUTREACH_SESSIONS: 'Legal outreach sessions',
      LEGAL_OUTREACH_PARTICIPANTS: 'Legal outreach participants',
      INITIATIVES: 'Initiatives',
      MEMBERS_RECOMMENDED_TO_PARTY: 'Members recommended to the Party',
      MEMBERS_ADMITTED_TO_PARTY: 'Members admitted to the Party',
    },
    indicatorMeasure: {
      person: 'People',
      union: 'Unions',
      employer: 'Employers',
      agreement: 'Agreements',
      event: 'Events',
      initiative: 'Initiatives',
      dong: 'VND',
      percent: '%',
    },
  },
);

/** The name of an indicator in the language; the code itself for one the catalog does not know. */
export function indicatorName(code: string, locale: Locale): string {
  const names: Record<string, string> = reportWords[locale].indicator;
  return Object.hasOwn(names, code) ? (names[code] ?? code) : code;
}

/** The label of an indicator's unit of measure (đơn vị tính) in the language; empty for an unknown code. */
export function indicatorMeasureLabel(code: string, locale: Locale): string {
  const indicator = findIndicator(code);
  return indicator ? reportWords[locale].indicatorMeasure[indicator.measure] : '';
}
