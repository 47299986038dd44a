// Test fixture for the congresses module: congresses, plans, terms and documents on both sides of Long Biên
// for the route walk (platform/scope.test.ts), written straight into the tables so the fixture does not
// depend on the API it probes. The elections module builds on `congresses.longBien` / `.hoangMai`.
import { queryRows, sql } from '../../db/client.ts';
import { congressDocuments, congresses, congressPlans, unitTerms } from '../../db/schema/index.ts';
import { createUser, signIn, type TestContext } from '../../test/context.ts';
import { buildBaseTree } from '../org/test-tree.ts';

export const SCOPE_CYCLE = '2023-2028';

export async function insertScopeCongresses(
  ctx: TestContext,
  units: { longBien: number; hoangMai: number; grassrootsA: number; grassrootsB: number },
) {
  return ctx.database.db.transaction(async (tx) => {
    const plan = async (issuerUnitId: number, title: string) => {
      const [row] = await tx
        .insert(congressPlans)
        .values({
          issuerUnitId,
          cycle: SCOPE_CYCLE,
          title,
          issuedOn: '2022-10-01',
          deadlines: [{ level: 'grassroots', deadline: '2023-06-30' }],
        })
        .returning({ id: congressPlans.id });
      return row!.id;
    };
    const plans = {
      longBien: await plan(units.longBien, 'Kế hoạch tổ chức Đại hội Công đoàn cơ sở quận Long Biên'),
      hoangMai: await plan(units.hoangMai, 'Kế hoạch tổ chức Đại hội Công đoàn cơ sở quận Hoàng Mai'),
    };
    /** A held grassroots congress (30 convened, 28 present) with its term. */
    const heldCongress = async (unitId: number, planId: number) => {
      const [row] = await tx
        .insert(congresses)
        .values({
          unitId,
          cycle: SCOPE_CYCLE,
          planId,
          status: 'held',
          kind: 'allMember',
          scheduledOn: '2023-05-10',
          place: 'Hội trường công ty',
          heldOn: '2023-05-10',
          delegatesConvened: 30,
          delegatesPresent: 28,
          delegatesAppointed: 0,
        })
        .returning({ id: congresses.id });
      await tx.insert(unitTerms).values({
        unitId,
        cycle: SCOPE_CYCLE,
        congressId: row!.id,
        startsOn: '2023-05-10',
        endsOn: '2028-05-10',
      });
      return row!.id;
    };
    const held = {
      longBien: await heldCongress(units.grassrootsA, plans.longBien),
      hoangMai: await heldCongress(units.grassrootsB, plans.hoangMai),
    };
    const document = async (congressId: number, fileName: string) => {
      const [row] = await tx
        .insert(congressDocuments)
        .values({
          congressId,
          kind: 'politicalReport',
          fileName,
          contentType: 'application/pdf',
          size: 9,
          content: Buffer.from('%PDF-1.4\n'),
        })
        .returning({ id: congressDocuments.id });
      return row!.id;
    };
    return {
      cycle: SCOPE_CYCLE,
      plans,
      congresses: held,
      documents: {
        longBien: await document(held.longBien, 'bao-cao-chinh-tri.pdf'),
        longBienToDelete: await document(held.longBien, 'du-thao.pdf'),
        hoangMai: await document(held.hoangMai, 'bao-cao-chinh-tri.pdf'),
      },
    };
  });
}

/** Requests as a signed-in user: the JSON body when there is one, and the raw response. */
export function client(ctx: TestContext, cookie: string) {
  return async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload }),
    });
    const json = String(response.headers['content-type'] ?? '').includes('json');
    const body = json ? response.json() : null;
    return { status: response.statusCode, body, response };
  };
}
export type Client = ReturnType<typeof client>;

/** `count` members straight into a unit from `from` (the sizes the congress checks count), in one statement. */
export async function insertMembers(ctx: TestContext, unitId: number, count: number, from = '2020-01-01') {
  await ctx.database.db.execute(
    sql`with added as (
          insert into members (full_name, full_name_normalized, gender, status, unit_id)
          select 'Đoàn Viên ' || n, 'doan vien ' || n, 'male', 'active', ${unitId}
          from generate_series(1, ${count}) n
          returning id)
        insert into memberships (member_id, unit_id, valid_from, start_kind)
        select id, ${unitId}, ${from}::date, 'admit' from added`,
  );
}

/** The org test tree (Hà Nội with Long Biên and Hoàng Mai, Hải Phòng) and accounts for congress tests. */
export async function buildCongressWorld(ctx: TestContext) {
  const ids = await buildBaseTree(ctx);
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  await createUser(ctx, 'hanoi', 'unit_admin', ids.HN!);
  await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
  await createUser(ctx, 'nhua', 'unit_admin', ids['G-NHUA']!);
  await createUser(ctx, 'xem', 'viewer', ids.LB!);
  const as = async (username: string) => client(ctx, (await signIn(ctx, username)).cookie);
  return {
    ids,
    asAdmin: await as('admin'),
    asHanoi: await as('hanoi'),
    asLongBien: await as('longbien'),
    asNhua: await as('nhua'),
    asViewer: await as('xem'),
  };
}
export type CongressWorld = Awaited<ReturnType<typeof buildCongressWorld>>;

/** Row counts of every table a congress write touches, to prove a refused request changed nothing. */
export async function congressCounts(ctx: TestContext) {
  const [row] = await queryRows<Record<string, number | string>>(
    ctx.database.db,
    sql`select (select count(*)::int from congresses) as congresses,
          (select count(*)::int from congress_plans) as plans,
          (select count(*)::int from congress_plan_pilots) as pilots,
          (select count(*)::int from congress_documents) as documents,
          (select count(*)::int from unit_terms) as terms,
          (select count(*)::int from audit_log) as audits,
          (select coalesce(max(updated_at)::text, '') from congresses) as last_update,
          (select coalesce(string_agg(ends_on::text, ',' order by id), '') from unit_terms) as term_ends`,
  );
  return row;
}
