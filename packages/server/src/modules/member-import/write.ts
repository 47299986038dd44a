// Writes an import's new and changed members set-based, in two steps. Staging COPYs every row, ready to
// write (name normalised, period dated, audit before/after), into a temporary table (copy-rows.ts); new
// members draw their ids there, from the table's default. Applying then copies the staged rows into
// members, memberships and audit_log with insert … select inside the caller's transaction. On PGlite, where
// a transaction holds the whole database, the caller stages before its transaction and applies without
// foreign-key lookups, so the transaction is about half as long; on PostgreSQL both steps run in it, with
// every check.
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
const NAMES = sql.raw(COLUMNS.map(([name]) => name).join(', '));

/** The staged row beyond the member's columns: its place, the period's start and what the audit keeps. */
const STAGE_EXTRA: [string, string][] = [
  ['seq', 'int primary key'],
  ['id', 'int'],
  ['valid_from', 'date'],
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
  /** called now and then with the rows written so far (staging and applying count half each) */
  onProgress?: (written: number) => void;
}

/** The staged rows: imports hold seq 1…imports, updates the seqs after them. */
export interface Stage {
  table: SQL;
  imports: number;
  updates: number;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Lets other requests' callbacks run between two statements of a long write. */
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Stages the rows to write in a temporary table of this connection: dropped with the transaction when
 * staged inside one (`inTransaction`), else by dropStage.
 */
export async function stageOutcomes(
  executor: Tx,
  outcomes: RowOutcome[],
  context: WriteContext,
  options: { inTransaction: boolean },
): Promise<Stage> {
  const creates = outcomes.filter((outcome) => outcome.action === 'import');
  const updates = outcomes.filter((outcome) => outcome.action === 'update');
  const name = `member_import_${context.jobId}`;
  const stage: Stage = {
    table: sql`${sql.identifier(name)}`,
    imports: creates.length,
    updates: updates.length,
  };
  const [serial] = await queryRows<{ sequence: string }>(
    executor,
    sql`select pg_get_serial_sequence('members', 'id') as sequence`,
  );
  // New members draw their ids as their rows arrive, so the member, period and audit row agree.
  const columns = [
    ...COLUMNS.map(([column, type]) => `${column} ${type}`),
    ...STAGE_EXTRA.map(([column, type]) =>
      column === 'id'
        ? `id int not null default nextval('${serial!.sequence}'::regclass)`
        : `${column} ${type}`,
    ),
  ].join(', ');
  await executor.execute(sql`drop table if exists pg_temp.${stage.table}`);
  await executor.execute(
    sql`create temp table ${stage.table} (${sql.raw(columns)})${sql.raw(options.inTransaction ? ' on commit drop' : '')}`,
  );
  const names = COLUMNS.map(([column]) => column);
  const values = (outcome: RowOutcome) => COLUMNS.map(([, , read]) => read(outcome.record!));
  // The period starts when the person joined the union as the sheet says (today if it does not say), but not
  // before the unit existed: counts as of earlier dates belong to the units of that time.
  await copyRows(executor, name, [...names, 'seq', 'valid_from', 'source_row'], creates, (outcome, index) => [
    ...values(outcome),
    index + 1,
    maxDate(outcome.record!.joinedUnionOn ?? context.today, context.foundedOn),
    outcome.row,
  ]);
  context.onProgress?.(Math.floor(creates.length / 2));
  await copyRows(
    executor,
    name,
    [...names, 'seq', 'id', 'source_row', 'read_at', 'before', 'after'],
    updates,
    (outcome, index) => [
      ...values(outcome),
      creates.length + index + 1,
      outcome.memberId!,
      outcome.row,
      outcome.readAt!,
      JSON.stringify(outcome.before),
      JSON.stringify({ ...outcome.after, importJobId: context.jobId, row: outcome.row }),
    ],
  );
  context.onProgress?.(Math.floor((creates.length + updates.length) / 2));
  return stage;
}

/**
 * Writes the staged rows inside the caller's transaction: members, their periods and audit rows.
 * `keyChecks: false` (PGlite) leaves out the foreign-key lookups where it is safe (see keyChecksOff).
 */
export async function applyStage(
  tx: Tx,
  stage: Stage,
  context: WriteContext,
  options: { keyChecks: boolean } = { keyChecks: true },
): Promise<void> {
  const unchecked = !options.keyChecks && (await keyChecksOff(tx));
  const total = stage.imports + stage.updates;
  let applied = 0;
  const step = async (from: number, to: number, write: (from: number, to: number) => Promise<void>) => {
    await write(from, to);
    applied += to - from;
    context.onProgress?.(Math.floor((total + applied) / 2));
    // On PGlite other requests' queries wait for the transaction anyway, but the rest of their work
    // (and the web app's files) need not.
    if (applied < total) await yieldToOthers();
  };
  for (let from = 0; from < stage.imports; from += WRITE_BATCH) {
    const to = Math.min(from + WRITE_BATCH, stage.imports);
    await step(from, to, () => insertMembers(tx, stage, from, to, context));
  }
  for (let from = stage.imports; from < total; from += WRITE_BATCH) {
    const to = Math.min(from + WRITE_BATCH, total);
    await step(from, to, () => updateMembers(tx, stage, from, to, context));
  }
  if (unchecked) await tx.execute(sql`set local session_replication_role = origin`);
  await memberFactsChangedIn(tx, sql`select id from ${stage.table}`);
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

/** Stages and applies in the caller's transaction (PostgreSQL, where the transaction holds no one up). */
export async function writeOutcomes(tx: Tx, outcomes: RowOutcome[], context: WriteContext): Promise<void> {
  const stage = await stageOutcomes(tx, outcomes, context, { inTransaction: true });
  await applyStage(tx, stage, context);
}

/** Drops a stage made outside a transaction; its rows are gone with the connection anyway. */
export async function dropStage(executor: Tx, stage: Stage): Promise<void> {
  await executor.execute(sql`drop table if exists pg_temp.${stage.table}`);
}

async function insertMembers(tx: Tx, stage: Stage, from: number, to: number, context: WriteContext) {
  const { actor, unitId, jobId } = context;
  await tx.execute(sql`
    with src as materialized (select * from ${stage.table} where seq > ${from} and seq <= ${to}),
    created as (
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
