// Admitting members and correcting their records: the rules of admission are checked inside the
// transaction that writes, and every write is audited. Transfers and departures live in lifecycle.ts,
// re-admission of a former member in readmit.ts.
import {
  type AdmitMemberBody,
  type MemberFields,
  type MemberStatus,
  type NationalIdHolder,
  normalizeForSearch,
  parseEthnicity,
  parseFullName,
  phoneForStorage,
  todayInVietnam,
  toNfc,
  type UpdateMemberBody,
} from '@congdoan/domain';

import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { members, memberships } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, NotFound, RuleViolation } from '../../platform/errors.ts';
import { ruleNumber } from '../../platform/rules.ts';
import { assertUnitWritable } from '../../platform/scope.ts';
import { memberFactsChanged } from '../facts/index.ts';
import { activeOn, latestVersion, type UnitState } from '../org/index.ts';
import { unitsInScope } from './queries.ts';

/** The person's columns as stored: NFC name and its search form, phone digits, blanks as null. */
export type StoredFields = Partial<Omit<typeof members.$inferInsert, 'id' | 'status' | 'unitId'>>;

const blankToNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();

export function storedFields(body: Partial<MemberFields>): StoredFields {
  const stored: StoredFields = {};
  for (const [key, value] of Object.entries(body) as [keyof MemberFields, unknown][]) {
    if (value === undefined) continue;
    (stored as Record<string, unknown>)[key] = typeof value === 'string' ? blankToNull(value) : value;
  }
  if (body.fullName !== undefined) {
    // The one stored form of names (title case, NFC) whether typed in a form or read from a sheet.
    stored.fullName = parseFullName(body.fullName) ?? toNfc(body.fullName);
    stored.fullNameNormalized = normalizeForSearch(stored.fullName);
  }
  // One spelling per ethnic group ("kinh", "Kinh " → "Kinh"), so the statistics group them.
  if (typeof stored.ethnicity === 'string')
    stored.ethnicity = parseEthnicity(stored.ethnicity) ?? stored.ethnicity;
  for (const key of ['ethnicity', 'religion', 'education', 'occupation', 'position', 'employer'] as const) {
    const value = stored[key];
    if (typeof value === 'string') stored[key] = toNfc(value);
  }
  if (typeof stored.phone === 'string') stored.phone = phoneForStorage(stored.phone);
  if (typeof stored.email === 'string') stored.email = stored.email.toLowerCase();
  return stored;
}

/** Only what has happened is recorded: a date after today (in Vietnam) is refused. */
export function assertNotFuture(date: string | null | undefined, today = todayInVietnam()): void {
  if (date && date > today) throw new RuleViolation('DATE_IN_FUTURE', { date, today });
}

/** The unit as it stands on `date`, refused unless it exists then and its type can admit members. */
export async function unitThatAdmits(tx: Tx, unitId: number, date: string): Promise<UnitState> {
  const state = await activeOn(tx, unitId, date);
  const [type] = await queryRows<{ can_admit_members: boolean }>(
    tx,
    sql`select can_admit_members from unit_types where code = ${state.type}`,
  );
  if (!type?.can_admit_members) throw new RuleViolation('UNIT_CANNOT_ADMIT', { name: state.name });
  return state;
}

/** A foreign worker may be a member with a labour contract of at least the rule's months (RULES.md §1). */
export async function assertForeignContract(
  tx: Tx,
  member: { nationality?: string | null; foreignContractMonths?: number | null },
  date: string,
): Promise<void> {
  if ((member.nationality ?? 'VN') === 'VN') return;
  const min = await ruleNumber(tx, 'member.foreignMinContractMonths', date);
  const months = member.foreignContractMonths ?? 0;
  if (months < min) throw new RuleViolation('FOREIGN_CONTRACT_TOO_SHORT', { min, months });
}

/**
 * One person, one record: a national ID or card number held by another member is refused. Inside the
 * caller's scope (the holder's current or last unit in their subtree today) the holder is named, with their
 * id, status and unit in the detail's `holder`, so the form can offer to re-admit a former member; a
 * deceased one is named so the number gets checked. Outside it the answer is only "already a member
 * elsewhere — ask the superior union": no name, unit, status or id, so a number typed in one province tells
 * nothing about a person of another (readmission then goes through a request, modules/member-requests).
 */
export async function assertIdentifiersFree(
  tx: Tx,
  actor: Actor | null,
  fields: { nationalId?: string | null; cardNumber?: string | null },
  exceptMemberId: number | null,
): Promise<void> {
  if (fields.nationalId) {
    const [holder] = await queryRows<{
      id: number;
      full_name: string;
      status: MemberStatus;
      unit_id: number;
      visible: boolean;
    }>(
      tx,
      sql`select m.id, m.full_name, m.status, m.unit_id, m.unit_id in (${unitsInScope(actor)}) as visible
          from members m where m.national_id = ${fields.nationalId} and m.id <> ${exceptMemberId ?? 0}`,
    );
    if (holder && !holder.visible) throw heldElsewhere('nationalId', fields.nationalId);
    if (holder) {
      const unit = await latestVersion(tx, holder.unit_id);
      const params = { nationalId: fields.nationalId, name: holder.full_name, unit: unit.name };
      const detail = {
        path: 'nationalId',
        message: `${holder.full_name} — ${unit.name}`,
        holder: {
          memberId: holder.id,
          fullName: holder.full_name,
          status: holder.status,
          unitName: unit.name,
        } satisfies NationalIdHolder,
      };
      if (holder.status === 'deceased') {
        throw new AppError(409, 'NATIONAL_ID_DECEASED_MEMBER', params, [detail]);
      }
      if (holder.status !== 'active') throw new AppError(409, 'NATIONAL_ID_FORMER_MEMBER', params, [detail]);
      throw new AppError(409, 'NATIONAL_ID_TAKEN', { nationalId: fields.nationalId }, [detail]);
    }
  }
  if (fields.cardNumber) {
    const [holder] = await queryRows<{ visible: boolean }>(
      tx,
      sql`select m.unit_id in (${unitsInScope(actor)}) as visible from members m
          where m.card_number = ${fields.cardNumber} and m.id <> ${exceptMemberId ?? 0}`,
    );
    if (holder && !holder.visible) throw heldElsewhere('cardNumber', fields.cardNumber);
    if (holder) throw new AppError(409, 'CARD_NUMBER_TAKEN', { cardNumber: fields.cardNumber });
  }
}

/**
 * The refusal for an identifier held outside the caller's scope. Its detail names the field and repeats the
 * caller's own input (so the form marks the field), nothing of the holder.
 */
export function heldElsewhere(path: 'nationalId' | 'cardNumber', value: string): AppError {
  return new AppError(409, 'MEMBER_HELD_ELSEWHERE', {}, [{ path, message: value }]);
}

/**
 * The unique indexes catch what two concurrent requests both found free: answered as the same 409 the
 * checks give (without naming the holder), not as a server error.
 */
export function rethrowTaken(
  error: unknown,
  fields: { nationalId?: string | null; cardNumber?: string | null },
): never {
  type DatabaseError = { code?: unknown; constraint?: unknown; cause?: DatabaseError };
  const database = (error as DatabaseError).code ? (error as DatabaseError) : (error as DatabaseError).cause;
  if (database?.code !== '23505') throw error;
  if (String(database.constraint ?? '').includes('card_number')) {
    throw new AppError(409, 'CARD_NUMBER_TAKEN', { cardNumber: fields.cardNumber ?? '' });
  }
  throw new AppError(409, 'NATIONAL_ID_TAKEN', { nationalId: fields.nationalId ?? '' });
}

/** The fields of a member the audit log keeps, from the stored row or its changes. */
export function audited(fields: StoredFields): Record<string, unknown> {
  const { fullNameNormalized: _search, createdAt: _created, updatedAt: _updated, ...rest } = fields;
  return rest;
}

/**
 * Admission (kết nạp) into a unit whose type can admit members, on a date that has come, with the
 * person's identifiers free; opens their first membership period. Shared by the API, the import (actor
 * given: its scope is checked here too) and the demo (actor null). Returns the new member's id.
 */
export async function admitMember(tx: Tx, actor: Actor | null, body: AdmitMemberBody): Promise<number> {
  const today = todayInVietnam();
  assertNotFuture(body.admittedOn, today);
  assertNotFuture(body.dateOfBirth, today);
  assertNotFuture(body.joinedUnionOn, today);
  if (actor) await assertUnitWritable(tx, actor, body.unitId, body.admittedOn);
  await unitThatAdmits(tx, body.unitId, body.admittedOn);
  const { unitId, admittedOn, decisionNumber, ...person } = body;
  const fields = storedFields(person);
  await assertForeignContract(tx, fields, admittedOn);
  await assertIdentifiersFree(tx, actor, fields, null);
  const values = {
    ...fields,
    fullName: fields.fullName ?? body.fullName,
    fullNameNormalized: fields.fullNameNormalized ?? normalizeForSearch(body.fullName),
    gender: body.gender,
    // Admission is when a person joins the union, unless an earlier date is known.
    joinedUnionOn: fields.joinedUnionOn ?? admittedOn,
    status: 'active',
    unitId,
  };
  const [member] = await tx
    .insert(members)
    .values(values)
    .returning({ id: members.id })
    .catch((error: unknown) => rethrowTaken(error, fields));
  if (!member) throw new Error('member not inserted');
  await tx.insert(memberships).values({
    memberId: member.id,
    unitId,
    validFrom: admittedOn,
    startKind: 'admit',
    startDecision: blankToNull(decisionNumber) ?? null,
    recordedBy: actor?.id ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'admit',
    entity: 'member',
    entityId: member.id,
    unitId,
    after: { ...audited(values), admittedOn, decisionNumber: decisionNumber ?? null },
  });
  await memberFactsChanged(tx, [member.id]);
  return member.id;
}

/**
 * Corrects a member's personal fields (not their unit or status: those change by transfer and departure).
 * Refused when the result breaks an admission rule. Returns whether anything changed; nothing is written
 * or audited when nothing did.
 */
export async function updateMember(
  tx: Tx,
  actor: Actor | null,
  memberId: number,
  body: UpdateMemberBody,
): Promise<boolean> {
  const [current] = await tx.select().from(members).where(eq(members.id, memberId)).for('update');
  if (!current) throw new NotFound('MEMBER_NOT_FOUND');
  const today = todayInVietnam();
  if (actor) await assertUnitWritable(tx, actor, current.unitId, today);
  assertNotFuture(body.dateOfBirth, today);
  assertNotFuture(body.joinedUnionOn, today);
  const fields = storedFields(body);
  const changedKeys = (Object.keys(fields) as (keyof StoredFields)[]).filter(
    (key) => (fields[key] ?? null) !== (current[key] ?? null),
  );
  if (changedKeys.length === 0) return false;
  const next = { ...current, ...fields };
  if (changedKeys.includes('nationality') || changedKeys.includes('foreignContractMonths')) {
    await assertForeignContract(tx, next, today);
    if (next.nationality !== 'VN') await assertHoldsNoOffice(tx, memberId, current.fullName, today);
  }
  await assertIdentifiersFree(
    tx,
    actor,
    {
      nationalId: changedKeys.includes('nationalId') ? next.nationalId : null,
      cardNumber: changedKeys.includes('cardNumber') ? next.cardNumber : null,
    },
    memberId,
  );
  const changes = Object.fromEntries(changedKeys.map((key) => [key, fields[key]]));
  await tx
    .update(members)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(members.id, memberId))
    .catch((error: unknown) => rethrowTaken(error, next));
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'member',
    entityId: memberId,
    unitId: current.unitId,
    before: audited(Object.fromEntries(changedKeys.map((key) => [key, current[key]]))),
    after: audited(changes),
  });
  // A corrected gender, date of birth, ethnicity or nationality changes the figures of every day they held.
  await memberFactsChanged(tx, [memberId]);
  return true;
}

/** A foreign national may not hold office: refused while they hold one on or after `date`. */
export async function assertHoldsNoOffice(tx: Tx, memberId: number, name: string, date: string) {
  const [office] = await queryRows<{ id: number }>(
    tx,
    sql`select id from member_offices where member_id = ${memberId}
          and (valid_to is null or valid_to > ${date}::date) limit 1`,
  );
  if (office) throw new RuleViolation('FOREIGN_MEMBER_NO_OFFICE', { name });
}
