// The world the import and export tests run in: the Hà Nội test tree, accounts on both sides of Long Biên,
// members already on record, and helpers to upload a file and read what the database holds.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { createUser, signIn, type TestContext } from '../../test/context.ts';
import { insertHanoiTree } from '../../test/units.ts';
import { multipart, type Seeded, seedMembers } from './test-sheets.ts';

export type Session = { cookie: string };

export async function buildImportWorld(ctx: TestContext) {
  const tree = await insertHanoiTree(ctx);
  await createUser(ctx, 'admin', 'system_admin', tree.root);
  await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
  await createUser(ctx, 'longbien.viewer', 'viewer', tree.longBien);
  await createUser(ctx, 'hoangmai', 'unit_admin', tree.hoangMai);
  const seeded: Seeded = await seedMembers(ctx, tree.grassrootsA, tree.grassrootsB);
  return {
    tree,
    seeded,
    sessions: {
      admin: await signIn(ctx, 'admin'),
      longBien: await signIn(ctx, 'longbien'),
      viewer: await signIn(ctx, 'longbien.viewer'),
      hoangMai: await signIn(ctx, 'hoangmai'),
    },
  };
}

export interface UploadOptions {
  dryRun?: boolean;
  async?: boolean;
  fields?: Record<string, string>;
  name?: string;
  type?: string;
  lang?: 'vi' | 'en';
}

export function upload(
  ctx: TestContext,
  session: Session,
  unitId: number,
  content: Buffer | string,
  options: UploadOptions = {},
) {
  const body = multipart(
    { name: options.name ?? 'danh-sach.xlsx', content, type: options.type },
    options.fields,
  );
  const query = new URLSearchParams({ dryRun: String(options.dryRun ?? true) });
  if (options.async) query.set('async', 'true');
  return ctx.app.inject({
    method: 'POST',
    url: `/api/org-units/${unitId}/members/import?${query}`,
    payload: body.payload,
    headers: { ...session, ...body.headers, 'accept-language': options.lang ?? 'vi' },
  });
}

/** How many members, periods and audit rows there are: a dry run must leave them all as they were. */
export async function tableCounts(ctx: TestContext) {
  const [row] = await queryRows<Record<'members' | 'periods' | 'memberAudits' | 'importAudits', number>>(
    ctx.database.db,
    sql`select (select count(*)::int from members) as members,
          (select count(*)::int from memberships) as periods,
          (select count(*)::int from audit_log where entity = 'member') as "memberAudits",
          (select count(*)::int from audit_log where entity = 'memberImport') as "importAudits"`,
  );
  return row!;
}

/** A member as stored, by national ID. */
export async function memberByNationalId(ctx: TestContext, nationalId: string) {
  const [row] = await queryRows<Record<string, unknown>>(
    ctx.database.db,
    sql`select m.*, m.date_of_birth::text as dob, m.joined_union_on::text as joined,
          (select json_agg(json_build_object('validFrom', p.valid_from::text, 'startKind', p.start_kind))
             from memberships p where p.member_id = m.id) as periods
        from members m where m.national_id = ${nationalId}`,
  );
  return row;
}
