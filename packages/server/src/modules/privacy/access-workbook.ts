// The access export as a workbook a person can open: one sheet per kind of record, headed in the
// requester's language with the names of the member's fields (memberField) and of the other personal data
// (personalDataField); codes the catalogue names (gender, status, elected bodies, outcomes) in words, other
// values as held (codes such as 'admit' stay codes, as in the JSON).
import {
  type CatalogueNamespace,
  catalogueText,
  type Locale,
  memberFields,
  type SubjectAccessExport,
} from '@congdoan/domain';
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
/** The profile fields whose codes the catalogue names. */
const NAMED_PROFILE: Record<string, CatalogueNamespace> = { gender: 'gender', status: 'memberStatus' };

export async function accessWorkbook(data: SubjectAccessExport, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const say = (code: MessageCode) => translate(locale, code);
  /** A code in the catalogue's words for the language; a value it does not name, as held. */
  const named = (namespace: CatalogueNamespace, value: unknown): Cell =>
    typeof value === 'string' ? (catalogueText(locale, `${namespace}.${value}`) ?? value) : text(value);
  const addSheet = (title: MessageCode, headers: MessageCode[], rows: Cell[][]) => {
    const sheet = workbook.addWorksheet(say(title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = headers.map((header) => ({ header: say(header), width: 22 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map(safeCell));
  };

  const profile = data.profile as Record<string, unknown>;
  addSheet(
    'ACCESS_SHEET_PROFILE',
    ['personalDataField.field', 'ACCESS_COL_VALUE'],
    [
      ...PROFILE_FIELDS.map((field) => {
        const namespace = NAMED_PROFILE[field];
        const value = namespace ? named(namespace, profile[field]) : text(profile[field]);
        return [translate(locale, `memberField.${field}`), value];
      }),
      [say('privacy.field.unit'), data.profile.unit.name],
      [say('ACCESS_COL_GENERATED'), `${data.generatedAt} (${data.generatedBy})`],
    ],
  );
  addSheet(
    'ACCESS_SHEET_MEMBERSHIPS',
    [
      'personalDataField.unit',
      'personalDataField.validFrom',
      'personalDataField.validTo',
      'personalDataField.startKind',
      'personalDataField.endKind',
      'personalDataField.endReason',
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
    [
      'personalDataField.unit',
      'personalDataField.office',
      'personalDataField.validFrom',
      'personalDataField.validTo',
    ],
    data.profile.offices.map((o) => [o.unit.name, o.office, o.validFrom, o.validTo]),
  );
  addSheet(
    'ACCESS_SHEET_COMMITTEES',
    [
      'personalDataField.unit',
      'ACCESS_COL_BODY',
      'ACCESS_COL_CYCLE',
      'personalDataField.committeePosition',
      'personalDataField.validFrom',
      'personalDataField.validTo',
    ],
    data.committees.map((c) => [
      c.unitName,
      named('electedBody', c.body),
      c.cycle,
      c.position,
      c.presentedOn,
      c.endedOn,
    ]),
  );
  addSheet(
    'ACCESS_SHEET_CANDIDACIES',
    [
      'ACCESS_COL_CONGRESS',
      'ACCESS_COL_BODY',
      'ACCESS_COL_ROUND',
      'personalDataField.votes',
      'personalDataField.outcome',
    ],
    data.candidacies.map((c) => [
      c.congressId,
      named('electedBody', c.body),
      c.round,
      c.votes,
      named('electionOutcome', c.outcome),
    ]),
  );
  addSheet(
    'ACCESS_SHEET_AUDIT',
    ['ACCESS_COL_AT', 'ACCESS_COL_BY', 'ACCESS_COL_ACTION', 'ACCESS_COL_BEFORE', 'ACCESS_COL_AFTER'],
    data.auditRows.map((a) => [a.at, a.username, a.action, text(a.before), text(a.after)]),
  );
  addSheet(
    'ACCESS_SHEET_READS',
    [
      'ACCESS_COL_AT',
      'ACCESS_COL_BY',
      'ACCESS_COL_KIND',
      'personalDataField.fieldsRead',
      'personalDataField.route',
    ],
    data.reads.map((r) => [r.at, r.username, r.kind, r.fields.join(', '), r.route]),
  );
  addSheet(
    'ACCESS_SHEET_CORRECTIONS',
    [
      'ACCESS_COL_RECEIVED',
      'personalDataField.requestedBy',
      'personalDataField.field',
      'personalDataField.oldValue',
      'personalDataField.requestedValue',
      'personalDataField.status',
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
