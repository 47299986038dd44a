// Member transfer requests for the route walk (platform/scope.test.ts): two asked by Hoàng Mai for Long Biên
// members (one for Long Biên to approve, one to refuse), one asked by Long Biên for a Hoàng Mai member, and a
// Hoàng Mai member nobody has asked for yet, whose national ID Long Biên's own request names.
import { admitMemberBody } from '@congdoan/domain';
import { queryRows, sql } from '../../db/client.ts';
import { memberTransferRequests } from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';
import { admitMember } from '../members/service.ts';
import { admission } from '../members/test-members.ts';

/** The national ID of the Hoàng Mai member Long Biên's own probe asks for. */
export const UNASKED_NATIONAL_ID = '001085099001';

export async function insertScopeMemberRequests(
  ctx: TestContext,
  units: { longBien: number; hoangMai: number; grassrootsA: number; grassrootsB: number },
) {
  return ctx.database.db.transaction(async (tx) => {
    const admit = (unitId: number, fullName: string, overrides: Record<string, unknown> = {}) =>
      admitMember(tx, null, admitMemberBody.parse(admission(unitId, { fullName, ...overrides })));
    const userId = async (username: string) => {
      const [row] = await queryRows<{ id: number }>(
        tx,
        sql`select id from users where username = ${username}`,
      );
      if (!row) throw new Error(`no user ${username}`);
      return row.id;
    };
    const longBienUser = await userId('longbien');
    const hoangMaiUser = await userId('staff.hm');
    await admit(units.grassrootsB, 'Hồ Văn Mở', { nationalId: UNASKED_NATIONAL_ID });
    const request = async (memberId: number, from: 'longBien' | 'hoangMai') => {
      const [row] = await tx
        .insert(memberTransferRequests)
        .values({
          memberId,
          nationalId: admission(0).nationalId,
          requestingUnitId: from === 'longBien' ? units.longBien : units.hoangMai,
          targetUnitId: from === 'longBien' ? units.grassrootsA : units.grassrootsB,
          holdingUnitId: from === 'longBien' ? units.grassrootsB : units.grassrootsA,
          effectiveDate: '2024-03-01',
          reason: 'Chuyển công tác',
          requestedBy: from === 'longBien' ? longBienUser : hoangMaiUser,
        })
        .returning({ id: memberTransferRequests.id });
      return row!.id;
    };
    return {
      /** Hoàng Mai asks for a Long Biên member: Long Biên holds them and may approve */
      toApprove: await request(await admit(units.grassrootsA, 'Đoàn Văn Duyệt'), 'hoangMai'),
      /** …and another, which Long Biên may refuse */
      toRefuse: await request(await admit(units.grassrootsA, 'Đoàn Văn Từ'), 'hoangMai'),
      /** Long Biên asks for a Hoàng Mai member: only Hoàng Mai (or above) decides */
      fromLongBien: await request(await admit(units.grassrootsB, 'Hồ Văn Hỏi'), 'longBien'),
    };
  });
}
