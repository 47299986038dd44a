// Test fixture for the members module: the org test tree with a commune union and a dissolved grassroots
// union, accounts on both sides of Long Biên, admission bodies with fresh identifiers, and the members the
// route walk (platform/scope.test.ts) reaches for.
import { admitMemberBody } from '@congdoan/domain';
import { createUser, signIn, type TestContext } from '../../test/context.ts';
import { dissolveUnit, foundUnit } from '../org/service.ts';
import { buildBaseTree, requester, type UnitIds } from '../org/test-tree.ts';
import { admitMember } from './service.ts';

let sequence = 0;

/** An admission body with a national ID nobody else has; `overrides` win. */
export function admission(unitId: number, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    fullName: `Đoàn Viên Thử ${sequence}`,
    gender: 'male' as const,
    dateOfBirth: '1990-05-20',
    nationalId: String(100_000_000_000 + sequence),
    unitId,
    admittedOn: '2024-01-15',
    ...overrides,
  };
}

/** The org test tree plus a commune union (from 1/7/2025) and a grassroots union dissolved on 1/1/2025. */
export async function buildMemberTree(ctx: TestContext): Promise<UnitIds> {
  const ids = await buildBaseTree(ctx);
  const reason = 'Dữ liệu thử nghiệm';
  await ctx.database.db.transaction(async (tx) => {
    const commune = await foundUnit(tx, null, {
      code: 'HN-PHUONG-BD',
      name: 'Công đoàn phường Bồ Đề',
      type: 'commune',
      parentId: ids.HN!,
      effectiveDate: '2025-07-01',
      reason,
    });
    ids['HN-PHUONG-BD'] = commune.unitIds[0]!;
    const closed = await foundUnit(tx, null, {
      code: 'G-DONG',
      name: 'Công đoàn cơ sở Công ty Đã Đóng',
      type: 'grassroots',
      parentId: ids.LB!,
      effectiveDate: '2010-01-01',
      reason,
    });
    ids['G-DONG'] = closed.unitIds[0]!;
    await dissolveUnit(tx, null, ids['G-DONG']!, { effectiveDate: '2025-01-01', reason });
  });
  return ids;
}

/** Accounts: a system administrator, a Long Biên unit admin, and a Long Biên viewer. */
export async function memberAccounts(ctx: TestContext, ids: UnitIds) {
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
  await createUser(ctx, 'xem', 'viewer', ids.LB!);
  return {
    asAdmin: requester(ctx, (await signIn(ctx, 'admin')).cookie),
    asLongBien: requester(ctx, (await signIn(ctx, 'longbien')).cookie),
    asViewer: requester(ctx, (await signIn(ctx, 'xem')).cookie),
  };
}

/** Members for the route walk: a few in Long Biên's grassroots union A (one per write probe), one in B. */
export async function insertScopeMembers(
  ctx: TestContext,
  units: { grassrootsA: number; grassrootsB: number },
) {
  return ctx.database.db.transaction(async (tx) => {
    const admit = (unitId: number, fullName: string, overrides: Record<string, unknown> = {}) =>
      admitMember(tx, null, admitMemberBody.parse(admission(unitId, { fullName, ...overrides })));
    return {
      longBien: await admit(units.grassrootsA, 'Nguyễn Văn An', { cardNumber: 'LB-0001' }),
      longBienToTransfer: await admit(units.grassrootsA, 'Trần Thị Bình'),
      longBienToLeave: await admit(units.grassrootsA, 'Lê Văn Cường'),
      longBienOfficer: await admit(units.grassrootsA, 'Phạm Thị Dung'),
      hoangMai: await admit(units.grassrootsB, 'Nguyễn Văn Hải', { cardNumber: 'HM-0001' }),
    };
  });
}
