// LĐLĐ quận Long Biên, which the lead keeps running past 1/7/2025 so the `longbien` demo account has a
// live unit: its education union with the district's schools, and firms and agencies directly under it.
import { HANOI } from './hanoi-data.ts';
import { GRASSROOTS_PREFIX, type NameBook } from './names.ts';
import type { DecisionNumbers, DemoPlan } from './plan.ts';

export const LONG_BIEN = {
  code: 'LDLD-HN-LB',
  name: 'Liên đoàn Lao động quận Long Biên',
  foundedOn: '2004-01-05',
};

export const LONG_BIEN_EDUCATION = {
  code: 'CD-GD-LB',
  name: 'Công đoàn Giáo dục quận Long Biên',
  foundedOn: '2010-09-01',
  /** The day the schools founded before it were moved under it. */
  schoolsMovedOn: '2010-09-15',
};

/** The grassroots union of the `cdcs` demo account: a firm directly under Long Biên, with siblings. */
export const LONG_BIEN_ACCOUNT_GRASSROOTS = 'CDCS-HN-LB-01';

interface Grassroots {
  code: string;
  body: string;
  foundedOn: string;
  /** Renamed on the day given, e.g. after the firm became a joint-stock company. */
  renamed?: { body: string; on: string };
}

const DIRECT: Grassroots[] = [
  {
    code: LONG_BIEN_ACCOUNT_GRASSROOTS,
    body: 'Công ty TNHH Đầu tư và Phát triển Long Biên',
    foundedOn: '2006-05-12',
    renamed: { body: 'Công ty Cổ phần Đầu tư và Phát triển Long Biên', on: '2016-03-01' },
  },
  { code: 'CDCS-HN-LB-02', body: 'Bệnh viện Đa khoa Đức Giang', foundedOn: '2005-04-20' },
  { code: 'CDCS-HN-LB-03', body: 'Trung tâm Y tế quận Long Biên', foundedOn: '2007-08-15' },
  { code: 'CDCS-HN-LB-04', body: 'Chi cục Thuế quận Long Biên', foundedOn: '2008-02-10' },
  { code: 'CDCS-HN-LB-05', body: 'Công ty TNHH May mặc Sài Đồng', foundedOn: '2009-10-01' },
  { code: 'CDCS-HN-LB-06', body: 'Công ty Cổ phần Xây dựng Việt Hưng', foundedOn: '2012-06-18' },
  { code: 'CDCS-HN-LB-07', body: 'Công ty TNHH Thương mại Dịch vụ Bồ Đề', foundedOn: '2015-11-02' },
  { code: 'CDCS-HN-LB-08', body: 'Công ty Cổ phần Vận tải Gia Thụy', foundedOn: '2019-05-20' },
  // founded after the restructuring, so the running district shows recent history
  { code: 'CDCS-HN-LB-09', body: 'Công ty TNHH Công nghệ Phúc Lợi', foundedOn: '2025-10-15' },
];

/** Schools founded directly under Long Biên before its education union existed; moved under it in 2010. */
const EARLY_SCHOOLS: Grassroots[] = [
  { code: 'CDCS-HN-LB-GD-01', body: 'Trường THCS Ngọc Lâm', foundedOn: '2005-09-05' },
  { code: 'CDCS-HN-LB-GD-02', body: 'Trường Tiểu học Bồ Đề', foundedOn: '2006-09-05' },
  { code: 'CDCS-HN-LB-GD-03', body: 'Trường Mầm non Hoa Sữa', foundedOn: '2008-09-05' },
];

const LATER_SCHOOLS: Grassroots[] = [
  { code: 'CDCS-HN-LB-GD-04', body: 'Trường THCS Gia Thụy', foundedOn: '2011-09-05' },
  { code: 'CDCS-HN-LB-GD-05', body: 'Trường Tiểu học Đoàn Khuê', foundedOn: '2014-09-05' },
  { code: 'CDCS-HN-LB-GD-06', body: 'Trường THCS Thạch Bàn', foundedOn: '2017-09-05' },
  { code: 'CDCS-HN-LB-GD-07', body: 'Trường Mầm non Việt Hưng', foundedOn: '2021-09-06' },
];

export function planLongBien(plan: DemoPlan, names: NameBook, decisions: DecisionNumbers): void {
  plan.found(
    {
      date: LONG_BIEN.foundedOn,
      reason: 'Thành lập Liên đoàn Lao động cấp huyện',
      documentNumber: decisions.decision(),
    },
    { code: LONG_BIEN.code, name: LONG_BIEN.name, type: 'district', parent: HANOI.code },
  );
  const education = LONG_BIEN_EDUCATION;
  plan.found(
    {
      date: education.foundedOn,
      reason: 'Thành lập công đoàn ngành Giáo dục quận',
      documentNumber: decisions.decision(),
    },
    { code: education.code, name: education.name, type: 'local_sector', parent: LONG_BIEN.code },
  );
  const found = (unit: Grassroots, parent: string) => {
    const name = `${GRASSROOTS_PREFIX} ${unit.body}`;
    if (!names.claim(name)) throw new Error(`demo name used twice: ${name}`);
    plan.found(
      { date: unit.foundedOn, reason: 'Thành lập công đoàn cơ sở', documentNumber: decisions.decision() },
      { code: unit.code, name, type: 'grassroots', parent },
    );
    if (unit.renamed) {
      const newName = `${GRASSROOTS_PREFIX} ${unit.renamed.body}`;
      names.claim(newName);
      plan.add({
        kind: 'update',
        code: unit.code,
        date: unit.renamed.on,
        name: newName,
        reason: 'Đổi tên theo tên doanh nghiệp sau cổ phần hóa',
        documentNumber: decisions.decision(),
      });
    }
  };
  for (const unit of DIRECT) found(unit, LONG_BIEN.code);
  for (const unit of EARLY_SCHOOLS) found(unit, LONG_BIEN.code);
  const documentNumber = decisions.decision();
  for (const unit of EARLY_SCHOOLS) {
    plan.move(
      { date: education.schoolsMovedOn, reason: 'Chuyển về Công đoàn Giáo dục quận quản lý', documentNumber },
      unit.code,
      education.code,
    );
  }
  for (const unit of LATER_SCHOOLS) found(unit, education.code);
}
