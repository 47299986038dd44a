// Retention as data: the days each kind of record is kept (the register's rules, with this server's
// settings), and the daily purge of what has outlived them.
import {
  IDENTIFYING_MEMBER_FIELDS,
  PERSONAL_DATA_REGISTER,
  RETENTION_RULES,
  type RegisterView,
  type RetentionKind,
  SENSITIVE_DATA_ROLES,
  SENSITIVE_MEMBER_FIELDS,
} from '@congdoan/domain';
import type { Config } from '../../config.ts';
import { queryRows, sql, type Tx } from '../../db/client.ts';

/** The days in force for each kind: a setting where one exists, else the rule's default. */
export function retentionDays(config: Config): Record<RetentionKind, number | null> {
  const days = Object.fromEntries(RETENTION_RULES.map((rule) => [rule.kind, rule.defaultDays])) as Record<
    RetentionKind,
    number | null
  >;
  days.importRows = config.importRowsDays;
  days.readLog = config.retention.readLogDays;
  days.endedSessions = config.retention.endedSessionDays;
  days.leftMemberAudit = config.retention.leftMemberAuditDays;
  return days;
}

export function registerView(config: Config): RegisterView {
  const days = retentionDays(config);
  return {
    entries: PERSONAL_DATA_REGISTER.map((entry) => ({
      ...entry,
      tables: [...entry.tables],
      fields: entry.fields.map((field) => ({ ...field })),
      legalBases: [...entry.legalBases],
      readers: [...entry.readers],
    })),
    retention: RETENTION_RULES.map((rule) => ({
      kind: rule.kind,
      days: days[rule.kind],
      action: rule.action,
      setting: rule.setting,
    })),
    sensitiveFields: [...SENSITIVE_MEMBER_FIELDS],
    sensitiveRoles: [...SENSITIVE_DATA_ROLES],
  };
}

const usable = (days: number | null): days is number => days !== null && Number.isFinite(days) && days >= 0;

/** The personal fields stripped from audit rows about people long gone: identifiers and sensitive data. */
const REDACTED_AUDIT_FIELDS = [
  ...IDENTIFYING_MEMBER_FIELDS,
  ...SENSITIVE_MEMBER_FIELDS,
  'dateOfBirth',
  'address',
];

export interface PurgeCounts {
  reads: number;
  sessions: number;
  auditRows: number;
}

/**
 * Deletes read-log rows and ended sessions past their days, and strips identifiers and sensitive fields
 * from the audit rows of members who left (or died, or were expelled, or moved off the platform) longer
 * ago than theirs: who changed what and when stays, the personal values go.
 */
export async function purgePastRetention(tx: Tx, config: Config): Promise<PurgeCounts> {
  const days = retentionDays(config);
  const counts: PurgeCounts = { reads: 0, sessions: 0, auditRows: 0 };
  if (usable(days.readLog)) {
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`delete from personal_data_reads where at < now() - ${days.readLog}::float8 * interval '1 day'
          returning id`,
    );
    counts.reads = rows.length;
  }
  if (usable(days.endedSessions)) {
    const rows = await queryRows<{ token_hash: string }>(
      tx,
      sql`delete from sessions where expires_at < now() - ${days.endedSessions}::float8 * interval '1 day'
          returning token_hash`,
    );
    counts.sessions = rows.length;
  }
  if (usable(days.leftMemberAudit)) {
    const fields = sql`array[${sql.join(
      REDACTED_AUDIT_FIELDS.map((field) => sql`${field}`),
      sql`, `,
    )}]::text[]`;
    // A member gone this long: no open membership, the last one ended before the cut-off.
    // The members first, then their audit rows through the (entity, entity_id) index: asked as one filter
    // over every member audit row, PostgreSQL was seen to take 54 s on a database of a million members.
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`with gone as materialized (
            select m.id::text as id from members m
            where m.status <> 'active'
              and not exists (select 1 from memberships p where p.member_id = m.id and p.valid_to is null)
              and (select max(p.valid_to) from memberships p where p.member_id = m.id)
                  < (now() at time zone 'Asia/Ho_Chi_Minh')::date - ${days.leftMemberAudit}::int)
          update audit_log a
          set before = case when jsonb_typeof(a.before) = 'object' then a.before - ${fields} else a.before end,
              after = case when jsonb_typeof(a.after) = 'object' then a.after - ${fields} else a.after end
          from gone g
          where a.entity = 'member' and a.entity_id = g.id
            and (a.before ?| ${fields} or a.after ?| ${fields})
          returning a.id`,
    );
    counts.auditRows = rows.length;
  }
  return counts;
}
