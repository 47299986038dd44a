// The members an import must be checked against, read in three set-based queries: everyone holding one of
// the file's national IDs (in any unit, with a former member's last unit), the unit's active members (for
// matching by name and birth date), and the owners of the file's card numbers. Each holder says whether the
// importer may see them (their current or last unit in the importer's subtree today): the others are only
// "a member elsewhere", and nothing of them (name, unit, status, id) is kept in the job's result.
import { type Gender, todayInVietnam } from '@congdoan/domain';
import type { SQL } from 'drizzle-orm';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { ruleNumber } from '../../platform/rules.ts';
import { membersInScopeCondition } from '../members/queries.ts';
import { latestVersionOf, unitName } from '../org/index.ts';
import type { MemberValues } from './fields.ts';
import type { ParsedRow } from './row-parser.ts';
import { setOf } from './sql-lists.ts';

export interface ExistingMember extends Omit<MemberValues, keyof NullableFields>, NullableFields {
  id: number;
  unitId: number;
  status: string;
  /** updated_at as read: an update writes only if the member has not changed since */
  readAt: string;
  /** a former member's last unit, named in the reason their row is refused (null for active members) */
  lastUnitName: string | null;
  /** the importer may see this member: their current or last unit lies in the importer's subtree today */
  inScope: boolean;
}
type NullableFields = {
  [K in Exclude<keyof MemberValues, 'fullName' | 'gender' | 'nationality'>]: MemberValues[K] | null;
};

/** The columns read, in the order of the JSON array each member comes back as. */
const columns = (
  inScope: SQL,
) => sql`m.id, m.unit_id, m.status, m.full_name, m.gender, m.date_of_birth, m.date_of_birth_precision,
  m.national_id, m.ethnicity, m.religion, m.nationality, m.foreign_contract_months, m.education, m.occupation,
  m.position, m.employer, m.phone, m.email, m.address, m.joined_union_on, m.card_number, m.dues_group,
  m.salary_basis, m.updated_at::text,
  case when m.status <> 'active' and ${inScope} then ${unitName(sql`m.unit_id`)} end,
  ${inScope}`;
type MemberTuple = [
  number,
  number,
  string,
  string,
  Gender,
  string | null,
  'day' | 'year',
  ...(string | boolean | null)[],
];

function toExisting(row: MemberTuple): ExistingMember {
  const text = (index: number) => (row[index] ?? null) as string | null;
  const number = (index: number) =>
    row[index] === null || row[index] === undefined ? null : Number(row[index]);
  return {
    id: row[0],
    unitId: row[1],
    status: row[2],
    fullName: row[3],
    gender: row[4],
    dateOfBirth: row[5],
    dateOfBirthPrecision: row[6],
    nationalId: text(7),
    ethnicity: text(8),
    religion: text(9),
    nationality: text(10) ?? 'VN',
    foreignContractMonths: number(11),
    education: text(12),
    occupation: text(13),
    position: text(14),
    employer: text(15),
    phone: text(16),
    email: text(17),
    address: text(18),
    joinedUnionOn: text(19),
    cardNumber: text(20),
    duesGroup: text(21),
    salaryBasis: number(22),
    readAt: text(23) ?? '',
    lastUnitName: text(24),
    inScope: row[25] === true,
  };
}

export interface ExistingMembers {
  /** national ID → member, whatever their unit or status */
  byNationalId: Map<string, ExistingMember>;
  /** the unit's active members */
  inUnit: ExistingMember[];
  /** card number → the member holding it, and whether the importer may see them */
  cardOwners: Map<string, { id: number; inScope: boolean }>;
}

/**
 * The unit's active members and the holders of the file's IDs, in one query answered as one JSON text
 * (a union, so each side uses its index; JSON, because a hundred thousand wide rows parse far faster so).
 */
export async function loadExisting(
  tx: Tx,
  actor: Actor,
  unitId: number,
  rows: ParsedRow[],
): Promise<ExistingMembers> {
  const inScope = membersInScopeCondition(actor);
  const ids = [...new Set(rows.flatMap((row) => (row.values.nationalId ? [row.values.nationalId] : [])))];
  const cards = [...new Set(rows.flatMap((row) => (row.values.cardNumber ? [row.values.cardNumber] : [])))];
  const [found] = await queryRows<{ members: string }>(
    tx,
    sql`select coalesce(json_agg(json_build_array(${columns(inScope)})), '[]')::text as members from members m
        where m.id in (select id from members where unit_id = ${unitId} and status = 'active'
                       union select id from members where national_id in ${setOf(ids)})`,
  );
  const owners = cards.length
    ? await queryRows<{ id: number; card_number: string; in_scope: boolean }>(
        tx,
        sql`select m.id, m.card_number, ${inScope} as in_scope from members m
            where m.card_number in ${setOf(cards)}`,
      )
    : [];
  const members = (JSON.parse(found?.members ?? '[]') as MemberTuple[]).map(toExisting);
  const byNationalId = new Map<string, ExistingMember>();
  for (const member of members) if (member.nationalId) byNationalId.set(member.nationalId, member);
  return {
    byNationalId,
    inUnit: members.filter((member) => member.unitId === unitId && member.status === 'active'),
    cardOwners: new Map(
      owners.map((owner) => [owner.card_number, { id: owner.id, inScope: owner.in_scope }]),
    ),
  };
}

export interface ImportUnit {
  id: number;
  name: string;
  canAdmit: boolean;
  /** the rule's minimum contract of a foreign member, in months, today */
  foreignMinContractMonths: number;
  /** the unit's founding: no membership period of it starts earlier */
  foundedOn: string;
  today: string;
}

/** The unit as it is today, with the powers and rule values the import applies. */
export async function loadImportUnit(tx: Tx, unitId: number): Promise<ImportUnit> {
  const today = todayInVietnam();
  const [unit] = await queryRows<{
    name: string;
    can_admit: boolean;
    founded_on: string;
    ended_on: string | null;
  }>(
    tx,
    sql`select v.name, t.can_admit_members as can_admit, u.founded_on::text, u.ended_on::text
        from org_units u
        join lateral ${latestVersionOf(sql`u.id`)} v on true
        join unit_types t on t.code = v.type
        where u.id = ${unitId}`,
  );
  if (!unit) throw new NotFound('UNIT_NOT_FOUND');
  if (unit.ended_on !== null && unit.ended_on <= today) {
    throw new RuleViolation('UNIT_DISSOLVED', { name: unit.name, date: unit.ended_on });
  }
  return {
    id: unitId,
    name: unit.name,
    canAdmit: unit.can_admit,
    foreignMinContractMonths: await ruleNumber(tx, 'member.foreignMinContractMonths', today),
    foundedOn: unit.founded_on,
    today,
  };
}
