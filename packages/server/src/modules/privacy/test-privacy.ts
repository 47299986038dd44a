// Test fixture for the personal-data module: a pending correction request and a read-log row on each side
// of Long Biên, for the route walk (platform/scope.test.ts).
import { personalDataCorrections, personalDataReads } from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';

export async function insertScopePrivacy(
  ctx: TestContext,
  units: { grassrootsA: number; grassrootsB: number },
  members: { longBien: number; hoangMai: number },
) {
  const db = ctx.database.db;
  const request = async (memberId: number, unitId: number) => {
    const [row] = await db
      .insert(personalDataCorrections)
      .values({
        memberId,
        unitId,
        requestedBy: 'Chính đoàn viên',
        field: 'address',
        oldValue: null,
        requestedValue: 'Số 1 phố Thử',
        receivedOn: '2024-05-01',
      })
      .returning({ id: personalDataCorrections.id });
    if (!row) throw new Error('correction request not inserted');
    return row.id;
  };
  await db.insert(personalDataReads).values([
    {
      kind: 'view',
      memberId: members.longBien,
      unitId: units.grassrootsA,
      fields: ['ethnicity'],
      route: 'test',
    },
    {
      kind: 'view',
      memberId: members.hoangMai,
      unitId: units.grassrootsB,
      fields: ['ethnicity'],
      route: 'test',
    },
  ]);
  return {
    longBien: await request(members.longBien, units.grassrootsA),
    hoangMai: await request(members.hoangMai, units.grassrootsB),
  };
}
