// Writes the demo members and their membership periods in bulk (INSERT … SELECT FROM unnest(arrays), a few
// thousand rows a statement) inside the caller's transaction, with one summary audit entry and a meta marker.
import { normalizeForSearch } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import { ROOT_UNIT } from '../modules/org/index.ts';
import { recordAudit } from '../platform/audit.ts';
import type { DemoContent } from './content.ts';
import type { UnitIds } from './execute.ts';
import { type DemoMember, type DemoPeriod, planMembers } from './members-plan.ts';

/** Set once the demo members are in, so that a later start adds none. */
export const DEMO_MEMBERS_MARKER = 'demo.members';

/** Rows a statement: large enough to be quick, small enough for PGlite's memory. */
const BATCH = 5_000;

export interface DemoMembersSummary {
  members: number;
  periods: number;
  activeToday: number;
}

export interface Column<T> {
  name: string;
  /** PostgreSQL type of the array the column is sent as. */
  type: string;
  value: (row: T) => unknown;
}

type MemberRow = DemoMember & { id: number; unitId: number };

const memberColumns: Column<MemberRow>[] = [
  { name: 'id', type: 'int4', value: (m) => m.id },
  { name: 'full_name', type: 'text', value: (m) => m.person.fullName },
  { name: 'full_name_normalized', type: 'text', value: (m) => normalizeForSearch(m.person.fullName) },
  { name: 'gender', type: 'text', value: (m) => m.person.gender },
  { name: 'date_of_birth', type: 'date', value: (m) => m.person.dateOfBirth },
  { name: 'date_of_birth_precision', type: 'text', value: (m) => m.person.dateOfBirthPrecision },
  { name: 'national_id', type: 'text', value: (m) => m.person.nationalId },
  { name: 'ethnicity', type: 'text', value: (m) => m.person.ethnicity },
  { name: 'religion', type: 'text', value: (m) => m.person.religion },
  { name: 'nationality', type: 'text', value: (m) => m.person.nationality },
  { name: 'foreign_contract_months', type: 'int4', value: (m) => m.person.foreignContractMonths },
  { name: 'education', type: 'text', value: (m) => m.job.education },
  { name: 'occupation', type: 'text', value: (m) => m.job.occupation },
  { name: 'position', type: 'text', value: (m) => m.job.position },
  { name: 'employer', type: 'text', value: (m) => m.employer },
  { name: 'phone', type: 'text', value: (m) => m.person.phone },
  { name: 'email', type: 'text', value: (m) => m.person.email },
  { name: 'address', type: 'text', value: (m) => m.person.address },
  { name: 'joined_union_on', type: 'date', value: (m) => m.joinedUnionOn },
  { name: 'card_number', type: 'text', value: (m) => m.cardNumber },
  { name: 'dues_group', type: 'text', value: (m) => m.job.duesGroup },
  { name: 'salary_basis', type: 'int8', value: (m) => m.job.salaryBasis },
  { name: 'status', type: 'text', value: (m) => m.status },
  { name: 'unit_id', type: 'int4', value: (m) => m.unitId },
];

type PeriodRow = DemoPeriod & { memberId: number; unitId: number };

const periodColumns: Column<PeriodRow>[] = [
  { name: 'member_id', type: 'int4', value: (p) => p.memberId },
  { name: 'unit_id', type: 'int4', value: (p) => p.unitId },
  { name: 'valid_from', type: 'date', value: (p) => p.validFrom },
  { name: 'valid_to', type: 'date', value: (p) => p.validTo },
  { name: 'start_kind', type: 'text', value: (p) => p.startKind },
  { name: 'start_decision', type: 'text', value: (p) => p.startDecision },
  { name: 'end_kind', type: 'text', value: (p) => p.endKind },
  { name: 'end_reason', type: 'text', value: (p) => p.endReason },
  { name: 'end_decision', type: 'text', value: (p) => p.endDecision },
];

/** One INSERT … SELECT FROM unnest per batch: each column goes as one array parameter. */
export async function insertRows<T>(
  tx: Tx,
  table: string,
  columns: Column<T>[],
  rows: readonly T[],
): Promise<void> {
  const names = sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    const batch = rows.slice(offset, offset + BATCH);
    const arrays: SQL[] = columns.map(
      (column) => sql`${sql.param(batch.map(column.value))}::${sql.raw(column.type)}[]`,
    );
    await tx.execute(
      sql`insert into ${sql.identifier(table)} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`,
    );
  }
}

/**
 * Plans the members of the demo's grassroots unions (see members-plan.ts) and writes them; `total` is the
 * number of people, by default proportional to the unions.
 */
export async function seedDemoMembers(
  tx: Tx,
  content: DemoContent,
  ids: UnitIds,
  options: { total?: number; today: string },
): Promise<DemoMembersSummary> {
  const idOf = (code: string) => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`demo members: no unit ${code}`);
    return id;
  };
  const planned = planMembers(content, options);
  // ids chosen here so that periods can refer to their member without reading ids back
  const [start] = await queryRows<{ next: number }>(
    tx,
    sql`select coalesce(max(id), 0)::int + 1 as next from members`,
  );
  const first = start?.next ?? 1;
  const members = planned.map((member, index) => ({
    ...member,
    id: first + index,
    unitId: idOf(member.unit),
  }));
  const periods: PeriodRow[] = members.flatMap((member) =>
    member.periods.map((period) => ({ ...period, memberId: member.id, unitId: idOf(period.unit) })),
  );
  await insertRows(tx, 'members', memberColumns, members);
  await insertRows(tx, 'memberships', periodColumns, periods);
  await tx.execute(
    sql`select setval(pg_get_serial_sequence('members', 'id'), (select max(id) from members))`,
  );
  const summary: DemoMembersSummary = {
    members: members.length,
    periods: periods.length,
    activeToday: members.filter((member) => member.status === 'active').length,
  };
  // one entry for the lot: the demo is one act, and 50,000 entries would drown the log
  await recordAudit(tx, null, {
    action: 'seed',
    entity: 'demo',
    entityId: 'members',
    unitId: idOf(ROOT_UNIT.code),
    after: { ...summary, today: options.today },
  });
  await tx.insert(meta).values({ key: DEMO_MEMBERS_MARKER, value: { ...summary, seededOn: options.today } });
  return summary;
}
