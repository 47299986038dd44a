// What a resolution's task says the caller may do, checked against the guard of the task's route (test/can.ts)
// for each role of the scope fixture, and what each should see: an open task is reported done by the
// committee's unit or by the unit that owns it; a task done is done.
import { apiContract, type ResolutionTask } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, canWorld, expectCanAgrees, writes } from '../../test/can.ts';
import { signIn } from '../../test/context.ts';

const markDone = (id: number) =>
  ({ markDone: [apiContract.meetings.updateTask, { params: { id } }] }) as const;

describe('can of committee meetings', () => {
  const { ctx, f, sessions, get } = canWorld(async ({ ctx, sessions }) => {
    // An officer of Long Biên's grassroots union A, which owns the task of Long Biên's committee.
    sessions['member.a'] = await signIn(ctx, 'member.a', 'password-123');
  });

  const tasksOf = (meeting: { resolutions: { tasks: ResolutionTask[] }[] }) =>
    meeting.resolutions.flatMap((resolution) => resolution.tasks);

  it.for(CAN_USERS)('agrees with the guard for %s on the open task of Long Biên’s session', async (user) => {
    const { status, body } = await get(user, `/api/meetings/${f.meetings.longBien.meeting}`);
    expect(status).toBe(200);
    const [task] = tasksOf(body);
    const can = await expectCanAgrees(ctx, user, task!.can, markDone(task!.id));
    expect(can.markDone).toBe(writes(user));
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
    for (const user of CAN_USERS) {
      const { body } = await get(user, `/api/meetings/${f.meetings.longBien.meeting}`);
      expect(tasksOf(body)[0]!.can).toEqual({ markDone: false });
    }
  });
});
