// The access export as a workbook a person can open: one sheet per kind of record, headed in the
// requester's language, values as held (codes such as 'admit' stay codes, as in the JSON).
import { type Locale, memberFields, type SubjectAccessExport } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import { translate } from '../../platform/i18n.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { safeCell } from '../../platform/xlsx.ts';

type Cell = string | number | null;

const text = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
};

/** The record's own fields, then its place and dates. */
const PROFILE_FIELDS = [...Object.keys(memberFields.shape), 'status', 'createdAt', 'updatedAt'];

export async function accessWorkbook(data: SubjectAccessExport, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const say = (code: MessageCode) => translate(locale, code);
  const addSheet = (title: MessageCode, headers: MessageCode[], rows: Cell[][]) => {
    const sheet = workbook.addWorksheet(say(title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = headers.map((header) => ({ header: say(header), width: 22 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map(safeCell));
  };

  const profile = data.profile as Record<string, unknown>;
  addSheet(
    'ACCESS_SHEET_PROFILE',
    ['ACCESS_COL_FIELD', 'ACCESS_COL_VALUE'],
    [
      ...PROFILE_FIELDS.map((field) => [
        translate(locale, `privacy.field.${field}` as MessageCode),
        text(profile[field]),
      ]),
      [say('privacy.field.unit'), data.profile.unit.name],
      [say('ACCESS_COL_GENERATED'), `${data.generatedAt} (${data.generatedBy})`],
    ],
  );
  addSheet(
    'ACCESS_SHEET_MEMBERSHIPS',
    [
      'ACCESS_COL_UNIT',
      'ACCESS_COL_FROM',
      'ACCESS_COL_TO',
      'ACCESS_COL_START',
      'ACCESS_COL_END',
      'ACCESS_COL_REASON',
    ],
    data.profile.memberships.map((p) => [
      p.unit.name,
      p.validFrom,
      p.validTo,
      p.startKind,
      p.endKind,
      p.endReason,
    ]),
  );
  addSheet(
    'ACCESS_SHEET_OFFICES',
    ['ACCESS_COL_UNIT', 'ACCESS_COL_OFFICE', 'ACCESS_COL_FROM', 'ACCESS_COL_TO'],
    data.profile.offices.map((o) => [o.unit.name, o.office, o.validFrom, o.validTo]),
  );
  addSheet(
    'ACCESS_SHEET_COMMITTEES',
    [
      'ACCESS_COL_UNIT',
      'ACCESS_COL_BODY',
      'ACCESS_COL_CYCLE',
      'ACCESS_COL_POSITION',
      'ACCESS_COL_FROM',
      'ACCESS_COL_TO',
    ],
    data.committees.map((c) => [c.unitName, c.body, c.cycle, c.position, c.presentedOn, c.endedOn]),
  );
  addSheet(
    'ACCESS_SHEET_CANDIDACIES',
    ['ACCESS_COL_CONGRESS', 'ACCESS_COL_BODY', 'ACCESS_COL_ROUND', 'ACCESS_COL_VOTES', 'ACCESS_COL_OUTCOME'],
    data.candidacies.map((c) => [c.congressId, c.body, c.round, c.votes, c.outcome]),
  );
  addSheet(
    'ACCESS_SHEET_AUDIT',
    ['ACCESS_COL_AT', 'ACCESS_COL_BY', 'ACCESS_COL_ACTION', 'ACCESS_COL_BEFORE', 'ACCESS_COL_AFTER'],
    data.auditRows.map((a) => [a.at, a.username, a.action, text(a.before), text(a.after)]),
  );
  addSheet(
    'ACCESS_SHEET_READS',
    ['ACCESS_COL_AT', 'ACCESS_COL_BY', 'ACCESS_COL_KIND', 'ACCESS_COL_FIELDS', 'ACCESS_COL_ROUTE'],
    data.reads.map((r) => [r.at, r.username, r.kind, r.fields.join(', '), r.route]),
  );
  addSheet(
    'ACCESS_SHEET_CORRECTIONS',
    [
      'ACCESS_COL_RECEIVED',
      'ACCESS_COL_REQUESTED_BY',
      'ACCESS_COL_FIELD',
      'ACCESS_COL_OLD',
      'ACCESS_COL_REQUESTED',
      'ACCESS_COL_STATUS',
      'ACCESS_COL_REASON',
    ],
    data.corrections.map((c) => [
      c.receivedOn,
      c.requestedBy,
      c.field,
      c.oldValue,
      c.requestedValue,
      c.status,
      c.refusalReason,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
