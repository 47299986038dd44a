// Writes an import's new and changed members set-based, inside the caller's transaction. New members are
// COPYd straight into members, memberships and audit_log, as a raw COPY of the same rows would be: their
// ids are drawn from the members sequence first, so each member, period and audit row agree. Changed
// members are staged with COPY into a temporary table (copy-rows.ts), then updated with update … from, only
// if nobody changed them since they were read. On PGlite, where a transaction holds the whole database,
// the caller stages the changes before its transaction, so the transaction is no longer than the writes.
import { normalizeForSearch } from '@congdoan/domain';
import type { SQL } from 'drizzle-orm';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict } from '../../platform/errors.ts';
import { memberFactsChangedIn } from '../facts/index.ts';
import type { MemberRecord, RowOutcome } from './classify.ts';
import { type CopyValue, copyRows } from './copy-rows.ts';

export const WRITE_BATCH = 5000;

/** The members columns the import writes, their SQL types, and how each is read from a record. */
const COLUMNS: [string, string, (record: MemberRecord) => CopyValue][] = [
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
/** The staged change beyond the member's columns: its place, the member, when read and what the audit keeps. */
const STAGE_EXTRA: [string, string][] = [
  ['seq', 'int primary key'],
  ['id', 'int'],
  ['source_row', 'int not null'],
  ['read_at', 'timestamptz'],
  ['before', 'jsonb'],
  ['after', 'jsonb'],
];

export interface WriteContext {
  actor: Actor;
  unitId: number;
  jobId: number;
  today: string;
  /** the unit's founding date */
  foundedOn: string;
  /** called now and then with the rows written so far */
  onProgress?: (written: number) => void;
}

/** The staged changes, seq 1…updates. */
export interface Stage {
  table: SQL;
  updates: number;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Lets other requests' callbacks run between two statements of a long write. */
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Stages the changed members in a temporary table of this connection: dropped with the transaction when
 * staged inside one (`inTransaction`), else by dropStage.
 */
export async function stageOutcomes(
  executor: Tx,
  outcomes: RowOutcome[],
  context: WriteContext,
  options: { inTransaction: boolean },
): Promise<Stage> {
  const updates = outcomes.filter((outcome) => outcome.action === 'update');
  const name = `member_import_${context.jobId}`;
  const stage: Stage = { table: sql`${sql.identifier(name)}`, updates: updates.length };
  const columns = [
    ...COLUMNS.map(([column, type]) => `${column} ${type}`),
    ...STAGE_EXTRA.map(([column, type]) => `${column} ${type}`),
  ].join(', ');
  await executor.execute(sql`drop table if exists pg_temp.${stage.table}`);
  await executor.execute(
    sql`create temp table ${stage.table} (${sql.raw(columns)})${sql.raw(options.inTransaction ? ' on commit drop' : '')}`,
  );
  const names = COLUMNS.map(([column]) => column);
  const values = (outcome: RowOutcome) => COLUMNS.map(([, , read]) => read(outcome.record!));
  await copyRows(
    executor,
    name,
    [...names, 'seq', 'id', 'source_row', 'read_at', 'before', 'after'],
    updates,
    (outcome, index) => [
      ...values(outcome),
      index + 1,
      outcome.memberId!,
      outcome.row,
      outcome.readAt!,
      JSON.stringify(outcome.before),
      JSON.stringify({ ...outcome.after, importJobId: context.jobId, row: outcome.row }),
    ],
  );
  return stage;
}

/**
 * COPYs the new members into members, their periods into memberships and one audit row each into
 * audit_log, in the caller's transaction; answers their ids. The period starts when the person joined the
 * union as the sheet says (today if it does not say), but not before the unit existed: counts as of earlier
 * dates belong to the units of that time.
 */
export async function insertNewMembers(
  tx: Tx,
  outcomes: RowOutcome[],
  context: WriteContext,
): Promise<number[]> {
  const creates = outcomes.filter((outcome) => outcome.action === 'import');
  if (creates.length === 0) return [];
  const { actor, unitId, jobId } = context;
  const drawn = await queryRows<{ id: number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('members', 'id'))::int as id
        from generate_series(1, ${creates.length}::int)`,
  );
  const ids = drawn.map((row) => row.id);
  const third = Math.floor(creates.length / 3);
  await copyRows(
    tx,
    'members',
    ['id', ...COLUMNS.map(([column]) => column), 'status', 'unit_id'],
    creates,
    (outcome, index) => [ids[index], ...COLUMNS.map(([, , read]) => read(outcome.record!)), 'active', unitId],
  );
  context.onProgress?.(third);
  await copyRows(
    tx,
    'memberships',
    ['member_id', 'unit_id', 'valid_from', 'start_kind', 'recorded_by'],
    creates,
    (outcome, index) => [
      ids[index],
      unitId,
      maxDate(outcome.record!.joinedUnionOn ?? context.today, context.foundedOn),
      'import',
      actor.id,
    ],
  );
  context.onProgress?.(2 * third);
  await copyRows(
    tx,
    'audit_log',
    ['user_id', 'username', 'action', 'entity', 'entity_id', 'unit_id', 'after'],
    creates,
    (outcome, index) => [
      actor.id,
      actor.username,
      'import',
      'member',
      String(ids[index]),
      unitId,
      JSON.stringify({
        fullName: outcome.record!.fullName,
        nationalId: outcome.record!.nationalId,
        importJobId: jobId,
        row: outcome.row,
      }),
    ],
  );
  context.onProgress?.(creates.length);
  return ids;
}

/**
 * Updates the staged members inside the caller's transaction, with their audit rows. `keyChecks: false`
 * (PGlite) leaves out the foreign-key lookups where it is safe (see keyChecksOff).
 */
export async function applyStage(
  tx: Tx,
  stage: Stage,
  context: WriteContext,
  options: { keyChecks: boolean; written: number } = { keyChecks: true, written: 0 },
): Promise<void> {
  if (stage.updates === 0) return;
  const unchecked = !options.keyChecks && (await keyChecksOff(tx));
  for (let from = 0; from < stage.updates; from += WRITE_BATCH) {
    const to = Math.min(from + WRITE_BATCH, stage.updates);
    await updateMembers(tx, stage, from, to, context);
    context.onProgress?.(options.written + to);
    // On PGlite other requests' queries wait for the transaction anyway, but the rest of their work
    // (and the web app's files) need not.
    if (to < stage.updates) await yieldToOthers();
  }
  if (unchecked) await tx.execute(sql`set local session_replication_role = origin`);
}

/** The facts of every unit the written members have a period in (modules/facts). */
export async function factsAfterWrite(tx: Tx, stage: Stage | null, created: number[]): Promise<void> {
  const ids = [
    ...(created.length > 0 ? [sql`select unnest(${`{${created.join(',')}}`}::int[])`] : []),
    ...(stage && stage.updates > 0 ? [sql`select id from ${stage.table}`] : []),
  ];
  if (ids.length === 0) return;
  await memberFactsChangedIn(tx, sql.join(ids, sql` union all `));
}

/**
 * The foreign-key checks are a quarter of applying on PGlite: one lookup per key written. Every key the
 * import writes is known good (the unit was read in this transaction, and each period's member is inserted
 * by the same statement), so they are turned off for the applying with session_replication_role (PGlite
 * runs as superuser), unless the tables written carry a trigger of their own, which that would skip too.
 * A rollback restores the setting with the rest.
 */
async function keyChecksOff(tx: Tx): Promise<boolean> {
  const [own] = await queryRows<{ triggers: number }>(
    tx,
    sql`select count(*)::int as triggers from pg_trigger where not tgisinternal
        and tgrelid in ('members'::regclass, 'memberships'::regclass, 'audit_log'::regclass)`,
  );
  if (own?.triggers !== 0) return false;
  await tx.execute(sql`set local session_replication_role = replica`);
  return true;
}

/** Writes every new and changed member in the caller's transaction (PostgreSQL, where it holds no one up). */
export async function writeOutcomes(tx: Tx, outcomes: RowOutcome[], context: WriteContext): Promise<void> {
  const created = await insertNewMembers(tx, outcomes, context);
  const stage = await stageOutcomes(tx, outcomes, context, { inTransaction: true });
  await applyStage(tx, stage, context, { keyChecks: true, written: created.length });
  await factsAfterWrite(tx, stage, created);
}

/** Drops a stage made outside a transaction; its rows are gone with the connection anyway. */
export async function dropStage(executor: Tx, stage: Stage): Promise<void> {
  await executor.execute(sql`drop table if exists pg_temp.${stage.table}`);
}

/**
 * Only members unchanged since they were read (same updated_at, still active in the unit) are updated;
 * if any was changed meanwhile the import stops, rather than overwrite what someone else just wrote.
 */
async function updateMembers(tx: Tx, stage: Stage, from: number, to: number, context: WriteContext) {
  const assignments = sql.raw(COLUMNS.map(([name]) => `${name} = r.${name}`).join(', '));
  const { actor, unitId } = context;
  const [result] = await queryRows<{ changed: number }>(
    tx,
    sql`
    with src as materialized (select * from ${stage.table} where seq > ${from} and seq <= ${to}),
    changed as (
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
  if (result?.changed !== to - from) throw new Conflict('IMPORT_CONCURRENT_CHANGE');
}
