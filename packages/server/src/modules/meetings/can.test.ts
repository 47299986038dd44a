// What a resolution's task says the caller may do, checked against the guard of the task's route (test/can.ts)
// for each role of the scope fixture, and what each should see: an open task is reported done by the
// committee's unit or by the unit that owns it; a task done is done.
import { apiContract, type ResolutionTask } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCanAgrees } from '../../test/can.ts';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { buildScopeFixture, type ScopeFixture, type Session } from '../../test/scope-fixture.ts';

const USERS = ['admin', 'longbien', 'longbien.viewer', 'longbien.officer'] as const;
type User = (typeof USERS)[number] | 'member.a';
const markDone = (id: number) =>
  ({ markDone: [apiContract.meetings.updateTask, { params: { id } }] }) as const;

describe('can of committee meetings', () => {
  let ctx: TestContext;
  let f: ScopeFixture;
  let sessions: Record<User, Session>;

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
    sessions = {
      admin: f.sessions.admin,
      longbien: f.sessions.longBien,
      'longbien.viewer': f.sessions.viewer,
      'longbien.officer': f.sessions.officer,
      // An officer of Long Biên's grassroots union A, which owns the task of Long Biên's committee.
      'member.a': await signIn(ctx, 'member.a', 'password-123'),
    };
  }, 300_000);
  afterAll(() => ctx?.close());

  const get = async (user: User, url: string) => {
    const response = await ctx.app.inject({ method: 'GET', url, headers: sessions[user] });
    return { status: response.statusCode, body: response.json() };
  };
  const tasksOf = (meeting: { resolutions: { tasks: ResolutionTask[] }[] }) =>
    meeting.resolutions.flatMap((resolution) => resolution.tasks);

  it.for(USERS)('agrees with the guard for %s on the open task of Long Biên’s session', async (user) => {
    const { status, body } = await get(user, `/api/meetings/${f.meetings.longBien.meeting}`);
    expect(status).toBe(200);
    const [task] = tasksOf(body);
    const can = await expectCanAgrees(ctx, user, task!.can, markDone(task!.id));
    expect(can.markDone).toBe(user !== 'longbien.viewer');
  });

  it('lets the owner union report its task done, found in its own list of tasks', async () => {
    const { body } = await get('member.a', `/api/tasks?unitId=${f.units.grassrootsA}`);
    const task = body.find((item: ResolutionTask) => item.id === f.meetings.longBien.task);
    const can = await expectCanAgrees(ctx, 'member.a', task.can, markDone(task.id));
    expect(can.markDone).toBe(true);
  });

  it('lets the administrator report Hoàng Mai’s task, which Long Biên cannot read', async () => {
    expect((await get('longbien', `/api/meetings/${f.meetings.hoangMai.meeting}`)).status).toBe(404);
    const { body } = await get('admin', `/api/meetings/${f.meetings.hoangMai.meeting}`);
    const [task] = tasksOf(body);
    const can = await expectCanAgrees(ctx, 'admin', task!.can, markDone(task!.id));
    expect(can.markDone).toBe(true);
  });

  it('offers nobody to mark a task done twice', async () => {
    const done = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${f.meetings.longBien.task}`,
      headers: sessions.longbien,
      payload: { status: 'done', doneOn: '2024-06-01' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().can).toEqual({ markDone: false });
    for (const user of USERS) {
      const { body } = await get(user, `/api/meetings/${f.meetings.longBien.meeting}`);
      expect(tasksOf(body)[0]!.can).toEqual({ markDone: false });
    }
  });
});
