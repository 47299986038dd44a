// Base data every database needs: the unit types, the rules of RULES.md, the built-in report forms, and the
// national root unit.
import { DEFAULT_UNIT_TYPES, normalizeForSearch, RULE_SEEDS } from '@congdoan/domain';
import { isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { orgEvents, orgEventUnits, orgUnits, orgUnitVersions, rules, unitTypes } from '../db/schema/index.ts';
import { seedReportForms } from '../modules/reports/forms.ts';
import { recordAudit } from './audit.ts';

export const ROOT_UNIT = {
  code: 'VGCL',
  name: 'Tổng Liên đoàn Lao động Việt Nam',
  shortName: 'Tổng LĐLĐ Việt Nam',
  foundedOn: '1929-07-28',
};

export async function ensureBaseData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(unitTypes)
      .values(DEFAULT_UNIT_TYPES.map((type) => ({ ...type })))
      .onConflictDoNothing();

    // Seed the keys this database does not have yet; values an administrator added are never overwritten.
    const present = new Set((await tx.selectDistinct({ key: rules.key }).from(rules)).map((row) => row.key));
    const missing = RULE_SEEDS.filter((seed) => !present.has(seed.key));
    if (missing.length > 0) {
      await tx.insert(rules).values(missing.map((seed) => ({ ...seed, validTo: seed.validTo ?? null })));
      await recordAudit(tx, null, {
        action: 'seed',
        entity: 'rule',
        entityId: '*',
        unitId: null,
        after: { keys: [...new Set(missing.map((seed) => seed.key))] },
      });
    }
    // The built-in report forms 01-HĐCĐ and 02-HĐCĐ, by code.
    await seedReportForms(tx);
    const [root] = await tx
      .select({ id: orgUnitVersions.unitId })
      .from(orgUnitVersions)
      .where(isNull(orgUnitVersions.parentId))
      .limit(1);
    if (!root) {
      const [unit] = await tx
        .insert(orgUnits)
        .values({ code: ROOT_UNIT.code, foundedOn: ROOT_UNIT.foundedOn })
        .returning();
      if (!unit) throw new Error('could not create the root unit');
      const [event] = await tx
        .insert(orgEvents)
        .values({
          kind: 'found',
          effectiveDate: ROOT_UNIT.foundedOn,
          reason: 'Thành lập Tổng Công hội Đỏ Bắc Kỳ',
          details: {},
        })
        .returning();
      if (!event) throw new Error('could not record the founding event');
      await tx.insert(orgEventUnits).values({ eventId: event.id, unitId: unit.id, role: 'subject' });
      await tx.insert(orgUnitVersions).values({
        unitId: unit.id,
        validFrom: ROOT_UNIT.foundedOn,
        name: ROOT_UNIT.name,
        nameNormalized: normalizeForSearch(`${ROOT_UNIT.name} ${ROOT_UNIT.shortName} ${ROOT_UNIT.code}`),
        shortName: ROOT_UNIT.shortName,
        type: 'national',
        parentId: null,
        path: String(unit.id),
        depth: 0,
        eventId: event.id,
      });
      await recordAudit(tx, null, {
        action: 'found',
        entity: 'orgUnit',
        entityId: unit.id,
        unitId: unit.id,
        after: ROOT_UNIT,
      });
    }
  });
}
