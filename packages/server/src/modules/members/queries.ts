// Reading members: the scoped list and search (today, or as of a date from the membership periods), one
// member's record with its periods and offices, and the scope resolver tying a member to their unit.
// Written for ten million members: every list is bounded by indexed unit sets and indexed name matches.
import {
  type ListMembersQuery,
  type MemberList,
  type MemberRecord,
  type MemberSummary,
  memberStatus,
  todayInVietnam,
  type UnitTypeCode,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';
import { inScope, registerEntityResolver } from '../../platform/scope.ts';
import { latestPath, latestTree, treeOn, versionOnOrLatest } from '../org/index.ts';
import { ageBandCondition, exactWordsCondition, nameKeyCondition, searchCondition } from './search.ts';

// A member's record belongs to their current unit on today's date, or once they have left to their last
// unit on their last day in it: routes check `{ entity: 'member', id }` through it, so a member of a unit
// that has since moved out of the caller's subtree answers 404 like an unknown id.
registerEntityResolver('member', async (tx, id) => {
  const memberId = Number(id);
  if (!Number.isSafeInteger(memberId)) return null;
  const [row] = await queryRows<{ unit_id: number; last_day: string | null }>(
    tx,
    sql`select m.unit_id,
          (select case when bool_or(p.valid_to is null) then null else (max(p.valid_to) - 1)::text end
             from memberships p where p.member_id = m.id) as last_day
          from members m where m.id = ${memberId}`,
  );
  return row ? { unitId: row.unit_id, date: row.last_day ?? todayInVietnam() } : null;
});

/**
 * SQL: ids of units whose latest state lies in the actor's subtree (every unit for actor null). The path
 * test runs on the gist index of paths; `extra` may narrow it further with `v` (the unit's latest version).
 */
export function unitsInScope(actor: Actor | null, extra: SQL = sql`true`): SQL {
  return sql`select v.unit_id from ${latestTree()} v
    where ${actor ? inScope(actor, sql`v.path`) : sql`true`} and ${extra}`;
}

/** SQL condition on a `members` alias: the member's current unit lies in the actor's subtree. */
export function membersInScopeCondition(actor: Actor | null, alias: SQL = sql`m`): SQL {
  return sql`${alias}.unit_id in (${unitsInScope(actor)})`;
}

/** Joins `o` (org_units) and `w` (the unit's version on `date`, or its latest when it did not exist then). */
function unitNamedOn(unitId: SQL, date: SQL): SQL {
  return sql`join org_units o on o.id = ${unitId}
    join lateral ${versionOnOrLatest(unitId, date)} w on true`;
}

interface SummaryRow {
  id: number;
  full_name: string;
  gender: string;
  date_of_birth: string | null;
  date_of_birth_precision: string;
  national_id: string | null;
  phone: string | null;
  card_number: string | null;
  joined_union_on: string | null;
  status: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_type: string;
}

function toSummary(row: SummaryRow): MemberSummary {
  return {
    id: row.id,
    fullName: row.full_name,
    gender: row.gender === 'female' ? 'female' : 'male',
    dateOfBirth: row.date_of_birth,
    dateOfBirthPrecision: row.date_of_birth_precision === 'year' ? 'year' : 'day',
    nationalId: row.national_id,
    phone: row.phone,
    cardNumber: row.card_number,
    joinedUnionOn: row.joined_union_on,
    status: memberStatus.parse(row.status),
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, type: row.unit_type as UnitTypeCode },
  };
}

const summaryColumns = (status: SQL, unitId: SQL) => sql`m.id, m.full_name, m.gender,
  m.date_of_birth::text, m.date_of_birth_precision, m.national_id, m.phone, m.card_number,
  m.joined_union_on::text, ${status} as status, ${unitId} as unit_id, m.full_name_normalized as sort_name`;

/** The list's source rows and conditions: members today, or membership periods live on `asOf`. */
function listSource(actor: Actor | null, query: ListMembersQuery, wholeTree = false) {
  const conditions: SQL[] = [];
  const { unitId, asOf } = query;
  if (asOf === undefined) {
    // Today: members whose current unit is in scope (and in the chosen unit or its subtree). The unit set
    // is small next to the members, so PostgreSQL probes members_unit (unit_id, status) per unit.
    const inUnit =
      unitId === undefined
        ? sql`true`
        : query.subtree
          ? sql`v.path ~ ${`*.${unitId}.*`}::lquery`
          : sql`v.unit_id = ${unitId}`;
    // The whole tree holds every member: no unit set to build (130,000 units nationally).
    if (!wholeTree) conditions.push(sql`m.unit_id in (${unitsInScope(actor, inUnit)})`);
    if (query.status) conditions.push(sql`m.status = ${query.status}`);
    const from = sql`members m`;
    return { from, countFrom: from, columns: summaryColumns(sql`m.status`, sql`m.unit_id`), conditions };
  }
  // As of a date: periods live on asOf (memberships_unit_period) in units whose version on asOf is in scope;
  // on that date each of them was an active member.
  const inUnit =
    unitId === undefined
      ? sql`true`
      : query.subtree
        ? sql`v.path ~ ${`*.${unitId}.*`}::lquery`
        : sql`v.unit_id = ${unitId}`;
  conditions.push(
    sql`p.unit_id in (select v.unit_id from ${treeOn(asOf)} v
      where ${actor ? inScope(actor, sql`v.path`) : sql`true`} and ${inUnit})`,
    sql`p.valid_from <= ${asOf}::date and (p.valid_to is null or p.valid_to > ${asOf}::date)`,
  );
  if (query.status && query.status !== 'active') conditions.push(sql`false`);
  return {
    from: sql`memberships p join members m on m.id = p.member_id`,
    // Counted without the people when no filter needs them: memberships_unit_period alone answers.
    countFrom: sql`memberships p`,
    columns: summaryColumns(sql`'active'`, sql`p.unit_id`),
    conditions,
  };
}

interface NameKeySearch {
  /** On `k` (member_name_keys): the keys the search reads, in the province searched if there is one. */
  condition: SQL;
  /** The search covers the whole tree: no scope set is needed. */
  wholeTree: boolean;
  /** The search covers exactly the keys' province (or the whole tree): they can be counted alone. */
  keysAlone: boolean;
}

/**
 * A name search today reads member_name_keys (see nameKeyCondition) in the province of the unit searched
 * (the caller's, or the chosen one), or over the whole tree from the root; scope is still checked on each
 * member, so a province's keys only narrow what is read. Null for identifiers.
 */
async function nameKeySearch(
  tx: Tx,
  actor: Actor | null,
  query: ListMembersQuery,
): Promise<NameKeySearch | null> {
  const condition = query.q ? nameKeyCondition(query.q) : null;
  if (!condition) return null;
  const within = query.unitId ?? actor?.unitId;
  if (within === undefined) return { condition, wholeTree: true, keysAlone: true };
  const [place] = await queryRows<{ province: number | null }>(
    tx,
    sql`select case when nlevel(p.path) > 1 then ltree2text(subpath(p.path, 1, 1))::int end as province
        from (select ${latestPath(sql`${within}::int`)} as path) p`,
  );
  const province = place?.province ?? null;
  // From the root, with its subtree: every member is in scope.
  const wholeTree = place !== undefined && (query.unitId === undefined || query.subtree);
  if (province === null) return { condition, wholeTree, keysAlone: wholeTree };
  return {
    condition: sql`k.province_id = ${province} and ${condition}`,
    wholeTree: false,
    keysAlone: within === province && (query.unitId === undefined || query.subtree),
  };
}

/** The most matches the member list screen counts: past it the total says "more than 1,000". */
export const MEMBER_COUNT_LIMIT = 1_000;

export interface ListOptions {
  /**
   * Count at most this many matches, and say whether the total is exact. Without it every match is
   * counted: the export, whose header states the number of members, needs that.
   */
  countLimit?: number;
}

/**
 * The member list behind the search box, the unit's member tab and the export: scope always applied,
 * then the filters; ordered by accent-free name then id (collate "C": the same order on every server),
 * after the whole-word matches of a several-word search. The caller checks that `unitId` is readable;
 * rows outside the actor's subtree are filtered here.
 */
export async function listMembers(
  tx: Tx,
  actor: Actor | null,
  query: ListMembersQuery,
  options: ListOptions = {},
): Promise<MemberList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const date = query.asOf ?? todayInVietnam();
  const keyed = query.asOf === undefined && query.q ? await nameKeySearch(tx, actor, query) : null;
  const source = listSource(actor, query, keyed?.wholeTree);
  if (keyed) source.from = sql`member_name_keys k join members m on m.id = k.member_id`;
  const filters: SQL[] = [];
  const search = keyed ? keyed.condition : query.q ? searchCondition(query.q) : null;
  if (search) filters.push(search);
  if (query.gender) filters.push(sql`m.gender = ${query.gender}`);
  if (query.ageBand) filters.push(ageBandCondition(query.ageBand, date));
  if (query.joinedFrom) filters.push(sql`m.joined_union_on >= ${query.joinedFrom}::date`);
  if (query.joinedTo) filters.push(sql`m.joined_union_on <= ${query.joinedTo}::date`);
  const where = sql.join([...source.conditions, ...filters], sql` and `);
  // Names holding every word of a several-word search whole come first (see exactWordsCondition); a keyed
  // search reads its first page in key order instead.
  const exact = !keyed && search && query.q ? exactWordsCondition(query.q) : null;
  const order = keyed
    ? sql`k.key collate "C", k.name collate "C", m.id`
    : sql`${exact ? sql`exact desc, ` : sql``}m.full_name_normalized collate "C", m.id`;
  const pageOf = (extra: SQL) =>
    queryRows<SummaryRow & { total?: number }>(
      tx,
      // The page is cut before its rows are joined to their unit's name.
      sql`select r.*, o.code as unit_code, w.name as unit_name, w.type as unit_type
          from (select ${source.columns}, ${keyed ? sql`k.key` : sql`''`} as sort_key,
                  ${exact ?? sql`true`} as exact ${extra}
                from ${source.from} where ${where}
                order by ${order}
                limit ${pageSize} offset ${(page - 1) * pageSize}) r
          ${unitNamedOn(sql`r.unit_id`, sql`${date}::date`)}
          order by r.exact desc, r.sort_key collate "C", r.sort_name collate "C", r.id`,
    );
  // Without a filter on the person the matches are counted from members_unit or memberships_unit_period
  // alone (index-only once vacuumed).
  // A name search alone over a whole province or the whole tree is counted on its keys alone (their
  // province is the member's), index-only: reading each member's row cost 0.3 s for 1,000 matches.
  const keysAlone = keyed?.keysAlone && filters.length === 1 && !query.status;
  const countFrom = keysAlone ? sql`member_name_keys k` : filters.length > 0 ? source.from : source.countFrom;
  const countWhere = keysAlone && keyed ? keyed.condition : where;
  const countAll = async () => {
    const [count] = await queryRows<{ total: number }>(
      tx,
      sql`select count(*)::int as total from ${countFrom} where ${countWhere}`,
    );
    return count?.total ?? 0;
  };

  if (options.countLimit !== undefined) {
    // A common surname or a whole province matches millions; counting one past the limit stops early.
    const limit = options.countLimit;
    const counting = queryRows<{ total: number }>(
      tx,
      sql`select count(*)::int as total from (select 1 from ${countFrom} where ${countWhere}
          limit ${limit + 1}) c`,
    );
    const [rows, [count]] = await Promise.all([pageOf(sql``), counting]);
    const total = count?.total ?? 0;
    return {
      items: rows.map(toSummary),
      total: Math.min(total, limit),
      totalExact: total <= limit,
      page,
      pageSize,
    };
  }
  // Measured on 10 million members (bench/members.ts): a filter on the person's own
  // columns (name, sex, age, joined) leaves matches that must be read from the table anyway, so the total
  // rides on the page in the same pass (count(*) over ()), halving a common-name search. Without one, the
  // matches can be a whole province or country: the page keeps a top-N sort and the total is counted apart.
  if (filters.length > 0) {
    const rows = await pageOf(sql`, count(*) over ()::int as total`);
    // A page past the end has no row to carry the total.
    const total = rows[0]?.total ?? (await countAll());
    return { items: rows.map(toSummary), total, totalExact: true, page, pageSize };
  }
  const rows = await pageOf(sql``);
  return { items: rows.map(toSummary), total: await countAll(), totalExact: true, page, pageSize };
}

/** Summaries of the given members with their current unit, in the order of `ids`. */
export async function memberSummaries(tx: Tx, ids: number[]): Promise<MemberSummary[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<SummaryRow>(
    tx,
    sql`select ${summaryColumns(sql`m.status`, sql`m.unit_id`)}, o.code as unit_code, w.name as unit_name,
          w.type as unit_type
        from members m ${unitNamedOn(sql`m.unit_id`, sql`${todayInVietnam()}::date`)}
        where m.id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

interface MemberRow extends SummaryRow {
  ethnicity: string | null;
  religion: string | null;
  nationality: string;
  foreign_contract_months: number | null;
  education: string | null;
  occupation: string | null;
  position: string | null;
  employer: string | null;
  email: string | null;
  address: string | null;
  dues_group: MemberRecord['duesGroup'];
  salary_basis: string | number | null;
  created_at: unknown;
  updated_at: unknown;
}

/** One member's record: the person, their membership periods (oldest first) and offices, units named. */
export async function getMember(tx: Tx, id: number): Promise<MemberRecord> {
  const [row] = await queryRows<MemberRow>(
    tx,
    sql`select ${summaryColumns(sql`m.status`, sql`m.unit_id`)}, o.code as unit_code, w.name as unit_name,
          w.type as unit_type, m.ethnicity, m.religion, m.nationality, m.foreign_contract_months,
          m.education, m.occupation, m.position, m.employer, m.email, m.address, m.dues_group,
          m.salary_basis, m.created_at, m.updated_at
        from members m ${unitNamedOn(sql`m.unit_id`, sql`${todayInVietnam()}::date`)}
        where m.id = ${id}`,
  );
  if (!row) throw new NotFound('MEMBER_NOT_FOUND');
  const unitColumns = sql`o.id as unit_id, o.code as unit_code, w.name as unit_name, w.type as unit_type`;
  // Each period and office names its unit as it was called when the period began.
  const periods = await queryRows<
    Record<'unit_code' | 'unit_name' | 'unit_type' | 'valid_from' | 'start_kind', string> &
      Record<'valid_to' | 'start_decision' | 'end_kind' | 'end_reason' | 'end_decision', string | null> & {
        id: number;
        unit_id: number;
        start_event_id: number | null;
        end_event_id: number | null;
      }
  >(
    tx,
    sql`select p.id, ${unitColumns}, p.valid_from::text, p.valid_to::text, p.start_kind, p.start_decision,
          p.end_kind, p.end_reason, p.end_decision, p.start_event_id, p.end_event_id
        from memberships p ${unitNamedOn(sql`p.unit_id`, sql`p.valid_from`)}
        where p.member_id = ${id} order by p.valid_from, p.id`,
  );
  const offices = await queryRows<
    Record<'unit_code' | 'unit_name' | 'unit_type' | 'office' | 'valid_from', string> & {
      id: number;
      unit_id: number;
      valid_to: string | null;
    }
  >(
    tx,
    sql`select f.id, ${unitColumns}, f.office, f.valid_from::text, f.valid_to::text
        from member_offices f ${unitNamedOn(sql`f.unit_id`, sql`f.valid_from`)}
        where f.member_id = ${id} order by f.valid_from, f.id`,
  );
  const unitOf = (r: { unit_id: number; unit_code: string; unit_name: string; unit_type: string }) => ({
    id: r.unit_id,
    code: r.unit_code,
    name: r.unit_name,
    type: r.unit_type as UnitTypeCode,
  });
  const summary = toSummary(row);
  return {
    ...summary,
    ethnicity: row.ethnicity,
    religion: row.religion,
    nationality: row.nationality,
    foreignContractMonths: row.foreign_contract_months,
    education: row.education,
    occupation: row.occupation,
    position: row.position,
    employer: row.employer,
    email: row.email,
    address: row.address,
    duesGroup: row.dues_group,
    salaryBasis: row.salary_basis === null ? null : Number(row.salary_basis),
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
    memberships: periods.map((p) => ({
      id: p.id,
      unit: unitOf(p),
      validFrom: p.valid_from,
      validTo: p.valid_to,
      startKind: p.start_kind as MemberRecord['memberships'][number]['startKind'],
      startDecision: p.start_decision,
      endKind: p.end_kind as MemberRecord['memberships'][number]['endKind'],
      endReason: p.end_reason,
      endDecision: p.end_decision,
      startEventId: p.start_event_id,
      endEventId: p.end_event_id,
    })),
    offices: offices.map((f) => ({
      id: f.id,
      unit: unitOf(f),
      office: f.office as MemberRecord['offices'][number]['office'],
      validFrom: f.valid_from,
      validTo: f.valid_to,
    })),
  };
}
