// Writes an import's new and changed members set-based: a few thousand rows per statement, each column of a
// batch one text parameter unnested into rows (the same on PGlite and PostgreSQL), all inside the caller's
// transaction. New members get their membership period and every member touched an audit row.
import { normalizeForSearch } from '@congdoan/domain';
import type { SQL } from 'drizzle-orm';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict } from '../../platform/errors.ts';
import { memberFiguresChanged } from '../members/stats.ts';
import type { MemberRecord, RowOutcome } from './classify.ts';
import { arrayOf } from './sql-lists.ts';

export const WRITE_BATCH = 5000;

/** The members columns the import writes, their SQL types, and how each is read from a record. */
const COLUMNS: [string, string, (record: MemberRecord) => string | number | null][] = [
  ['full_name', 'text', (r) => r.fullName],
  ['full_name_normalized', 'text', (r) => normalizeForSearch(r.fullName)],
  ['gender', 'text', (r) => r.gender],
  ['date_of_birth', 'date', (r) => r.dateOfBirth],
  ['date_of_birth_precision', 'text', (r) => r.dateOfBirthPrecision],
  ['national_id', 'text', (r) => r.nationalId],
  ['ethnicity', 'text', (r) => r.ethnicity],
  ['religion', 'text', (r) => r.religion],
  ['nationality', 'text', (r) => r.nationality],
  ['foreign_contract_months', 'int', (r) => r.foreignContractMonths],
  ['education', 'text', (r) => r.education],
  ['occupation', 'text', (r) => r.occupation],
  ['position', 'text', (r) => r.position],
  ['employer', 'text', (r) => r.employer],
  ['phone', 'text', (r) => r.phone],
  ['email', 'text', (r) => r.email],
  ['address', 'text', (r) => r.address],
  ['joined_union_on', 'date', (r) => r.joinedUnionOn],
  ['card_number', 'text', (r) => r.cardNumber],
  ['dues_group', 'text', (r) => r.duesGroup],
  ['salary_basis', 'bigint', (r) => r.salaryBasis],
];
const NAMES = sql.raw(COLUMNS.map(([name]) => name).join(', '));

/** The batch as one array per column, plus the extra columns given, unnested into rows named `r`. */
function rowsOf(records: MemberRecord[], extra: [string, string, (string | number | null)[]][]): SQL {
  const arrays = [
    ...COLUMNS.map(([, type, read]) => arrayOf(records.map(read), type)),
    ...extra.map(([, type, values]) => arrayOf(values, type)),
  ];
  const names = [...COLUMNS.map(([name]) => name), ...extra.map(([name]) => name)].join(', ');
  return sql`unnest(${sql.join(arrays, sql`, `)}) as r(${sql.raw(names)})`;
}

export interface WriteContext {
  actor: Actor;
  unitId: number;
  jobId: number;
  today: string;
  /** the unit's founding date */
  foundedOn: string;
  /** called after each batch with the number of rows written so far */
  onProgress?: (written: number) => void;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

export async function writeOutcomes(tx: Tx, outcomes: RowOutcome[], context: WriteContext): Promise<void> {
  memberFiguresChanged();
  const creates = outcomes.filter((outcome) => outcome.action === 'import');
  const updates = outcomes.filter((outcome) => outcome.action === 'update');
  let written = 0;
  for (let start = 0; start < creates.length; start += WRITE_BATCH) {
    const batch = creates.slice(start, start + WRITE_BATCH);
    await insertMembers(tx, batch, context);
    written += batch.length;
    context.onProgress?.(written);
  }
  for (let start = 0; start < updates.length; start += WRITE_BATCH) {
    const batch = updates.slice(start, start + WRITE_BATCH);
    await updateMembers(tx, batch, context);
    written += batch.length;
    context.onProgress?.(written);
  }
}

/** Ids first (one nextval per row), so the member, its period and its audit row go in one statement. */
async function insertMembers(tx: Tx, batch: RowOutcome[], context: WriteContext) {
  const ids = await queryRows<{ id: number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('members', 'id'))::int as id from generate_series(1, ${batch.length})`,
  );
  const records = batch.map((outcome) => outcome.record!);
  const source = rowsOf(records, [
    ['id', 'int', ids.map((row) => row.id)],
    // The period starts when the person joined the union as the sheet says (today if it does not say),
    // but not before the unit existed: counts as of earlier dates belong to the units of that time.
    [
      'valid_from',
      'date',
      records.map((record) => maxDate(record.joinedUnionOn ?? context.today, context.foundedOn)),
    ],
    ['source_row', 'int', batch.map((outcome) => outcome.row)],
  ]);
  const { actor, unitId, jobId } = context;
  await tx.execute(sql`
    with src as materialized (select * from ${source}), created as (
      insert into members (id, ${NAMES}, status, unit_id)
      select id, ${NAMES}, 'active', ${unitId} from src
    ), periods as (
      insert into memberships (member_id, unit_id, valid_from, start_kind, recorded_by)
      select id, ${unitId}, valid_from, 'import', ${actor.id} from src
    )
    insert into audit_log (user_id, username, action, entity, entity_id, unit_id, after)
    select ${actor.id}, ${actor.username}, 'import', 'member', id::text, ${unitId},
      jsonb_build_object('fullName', full_name, 'nationalId', national_id, 'importJobId', ${jobId}::int,
        'row', source_row)
    from src`);
}

/**
 * Only members unchanged since they were read (same updated_at, still active in the unit) are updated;
 * if any was changed meanwhile the import stops, rather than overwrite what someone else just wrote.
 */
async function updateMembers(tx: Tx, batch: RowOutcome[], context: WriteContext) {
  const source = rowsOf(
    batch.map((outcome) => outcome.record!),
    [
      ['id', 'int', batch.map((outcome) => outcome.memberId!)],
      ['read_at', 'timestamptz', batch.map((outcome) => outcome.readAt!)],
      ['before', 'jsonb', batch.map((outcome) => JSON.stringify(outcome.before))],
      [
        'after',
        'jsonb',
        batch.map((outcome) =>
          JSON.stringify({ ...outcome.after, importJobId: context.jobId, row: outcome.row }),
        ),
      ],
    ],
  );
  const assignments = sql.raw(COLUMNS.map(([name]) => `${name} = r.${name}`).join(', '));
  const { actor, unitId } = context;
  const [result] = await queryRows<{ changed: number }>(
    tx,
    sql`
    with src as materialized (select * from ${source}), changed as (
      update members m set ${assignments}, updated_at = now() from src r
      where m.id = r.id and m.updated_at = r.read_at and m.unit_id = ${unitId} and m.status = 'active'
      returning m.id
    ), audited as (
      insert into audit_log (user_id, username, action, entity, entity_id, unit_id, before, after)
      select ${actor.id}, ${actor.username}, 'update', 'member', id::text, ${unitId}, before, after
      from src where id in (select id from changed)
    )
    select count(*)::int as changed from changed`,
  );
  if (result?.changed !== batch.length) throw new Conflict('IMPORT_CONCURRENT_CHANGE');
}
