// Base data every database needs: the unit types, the rules of RULES.md, the built-in report forms, the
// national root unit, and the member facts of a database made before they were kept.
import { DEFAULT_UNIT_TYPES, RULE_SEEDS } from '@congdoan/domain';
import type { Db } from '../db/client.ts';
import { rules, unitTypes } from '../db/schema/index.ts';
import { ensureMemberFacts } from '../modules/facts/index.ts';
import { placeUnit, ROOT_UNIT, rootUnit } from '../modules/org/root.ts';
import { seedReportForms } from '../modules/reports/forms.ts';
import { recordAudit } from './audit.ts';

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
    if (!(await rootUnit(tx))) {
      const unitId = await placeUnit(tx, {
        ...ROOT_UNIT,
        type: 'national',
        parentId: null,
        reason: 'Thành lập Tổng Công hội Đỏ Bắc Kỳ',
      });
      await recordAudit(tx, null, {
        action: 'found',
        entity: 'orgUnit',
        entityId: unitId,
        unitId,
        after: ROOT_UNIT,
      });
    }
  });
  // Facts of the members for a database made before they were kept (issue 11); nothing once they are.
  await ensureMemberFacts(db);
}
