// Exporting a member list: the same scoped list and filters as the member list screen (listMembers of the
// members module), read page by page and written into the unions' printed layout.
import {
  formatDateVi,
  type ListMembersQuery,
  type Locale,
  label,
  type MemberSummary,
  seesSensitiveData,
  todayInVietnam,
} from '@congdoan/domain';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { arrayOf } from '../member-import/sql-lists.ts';
import { listMembers } from '../members/queries.ts';
import { latestVersion, versionOn } from '../org/index.ts';
import { recordRead } from '../privacy/reads.ts';
import { type ExportLine, memberListWorkbook } from './workbook.ts';

export type ExportQuery = Omit<ListMembersQuery, 'unitId' | 'page' | 'pageSize'>;

/**
 * Members read per query. Each page of listMembers sorts the whole selection again, so pages are large
 * (few queries) yet bounded (memory stays flat, and on PGlite no single query holds the database long).
 */
const PAGE = 20_000;

async function unitName(tx: Tx, unitId: number, date: string) {
  return (await versionOn(tx, unitId, date)) ?? (await latestVersion(tx, unitId));
}

/** The person's columns the list summary leaves out, for one page of members. */
async function extraColumns(tx: Tx, ids: number[]) {
  const rows = await queryRows<{
    id: number;
    ethnicity: string | null;
    position: string | null;
    employer: string | null;
  }>(
    tx,
    sql`select id, ethnicity, position, employer from members
        where id in (select unnest(${arrayOf(ids, 'int')}))`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

function lineOf(
  locale: Locale,
  member: MemberSummary,
  extra: { ethnicity: string | null; position: string | null; employer: string | null } | undefined,
): ExportLine {
  const birth = member.dateOfBirth
    ? member.dateOfBirthPrecision === 'year'
      ? member.dateOfBirth.slice(0, 4)
      : formatDateVi(member.dateOfBirth)
    : '';
  return {
    fullName: member.fullName,
    dateOfBirth: birth,
    gender: label(locale, 'gender', member.gender),
    nationalId: member.nationalId ?? '',
    ethnicity: extra?.ethnicity ?? '',
    position: extra?.position ?? '',
    employer: extra?.employer ?? '',
    phone: member.phone ?? '',
    joinedUnionOn: member.joinedUnionOn ? formatDateVi(member.joinedUnionOn) : '',
    cardNumber: member.cardNumber ?? '',
    status: label(locale, 'memberStatus', member.status),
  };
}

/**
 * The .xlsx of the members of `unitId` (and its subtree unless subtree=false) that the actor may see, in the
 * requester's language.
 */
export async function exportMemberList(
  tx: Tx,
  actor: Actor,
  unitId: number,
  query: ExportQuery,
  route: string,
  locale: Locale,
): Promise<{ workbook: Buffer; fileName: string }> {
  const today = todayInVietnam();
  const asOf = query.asOf ?? today;
  const unit = await unitName(tx, unitId, asOf);
  const parent = unit.parentId ? await unitName(tx, unit.parentId, asOf) : null;
  const list = (page: number, pageSize: number, extra: Partial<ListMembersQuery> = {}) =>
    listMembers(tx, actor, { ...query, ...extra, unitId, page, pageSize });
  const first = await list(1, PAGE);
  const women = query.gender === 'male' ? 0 : (await list(1, 1, { gender: 'female' })).total;

  const sees = seesSensitiveData(actor.role);
  let withEthnicity = 0;
  async function* pages() {
    let page = first;
    for (let number = 1; page.items.length > 0; number++) {
      if (number > 1) page = await list(number, PAGE);
      if (page.items.length === 0) return;
      const extras = await extraColumns(
        tx,
        page.items.map((member) => member.id),
      );
      yield page.items.map((member) => {
        const extra = extras.get(member.id);
        if (extra?.ethnicity) withEthnicity += 1;
        // Ethnicity is sensitive data: the column stays empty for a role without the need.
        return lineOf(locale, member, sees || !extra ? extra : { ...extra, ethnicity: null });
      });
      if (page.items.length < PAGE) return;
    }
  }

  const workbook = await memberListWorkbook(
    locale,
    {
      parentName: parent?.name ?? null,
      unitName: unit.name,
      asOf,
      signedOn: today,
      total: first.total,
      women,
    },
    pages(),
  );
  // A name a browser saves as is: the unit code and the date, no accents.
  const code = unit.code.replace(/[^A-Za-z0-9._-]+/gu, '-');
  // One read-log row per file that carries sensitive data, naming how many members it lists.
  if (sees && withEthnicity > 0) {
    await recordRead(tx, actor, {
      kind: 'export',
      memberId: null,
      unitId,
      fields: ['ethnicity'],
      memberCount: first.total,
      route,
    });
  }
  return { workbook, fileName: `danh-sach-doan-vien-${code}-${asOf}.xlsx` };
}
