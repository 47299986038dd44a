// /api committee meetings: record a session with its resolutions and tasks, list a committee's or a unit's
// sessions, follow tasks up (listed for a unit's subtree, overdue as of a date, reported done), and the
// minutes and each resolution as Word documents. Reads need the meeting's unit readable; writes are
// checked by the service, which knows the committee's unit and the task's owner.
import {
  createMeetingBody,
  idParam,
  listTasksQuery,
  meeting,
  resolutionTask,
  updateTaskBody,
} from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { Invalid } from '../../platform/errors.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { assertUnitReadable } from '../../platform/scope.ts';
import { meetingMinutesDocument, parentNameOf, resolutionDocument } from './documents.ts';
import {
  getMeeting,
  getTask,
  listMeetings,
  listTasks,
  meetingOfResolution,
  unitOfCommittee,
  unitOfMeeting,
} from './queries.ts';
import { createMeeting, updateTask } from './service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const idParams = z.object({ id: idParam });
const listQuery = z.object({
  committeeId: idParam.optional(),
  unitId: idParam.optional(),
});
const tags = ['meetings'];
/** Signed in; the scope is checked against the meeting's unit (or the unit asked for). */
const read = {};
const write = { power: 'writeRecords' as const };

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/meetings',
    { config: { access: write }, schema: { tags, body: createMeetingBody, response: { 201: meeting } } },
    async (request, reply) => {
      const created = await db.transaction(async (tx) =>
        getMeeting(tx, await createMeeting(tx, actorOf(request), request.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/meetings',
    {
      config: { access: read },
      schema: { tags, querystring: listQuery, response: { 200: z.array(meeting) } },
    },
    async (request) => {
      const { committeeId, unitId } = request.query;
      if (committeeId !== undefined) {
        await assertUnitReadable(db, actorOf(request), await unitOfCommittee(db, committeeId));
        return listMeetings(db, { committeeId });
      }
      if (unitId === undefined) throw new Invalid();
      await assertUnitReadable(db, actorOf(request), unitId);
      return listMeetings(db, { unitId });
    },
  );

  app.get(
    '/meetings/:id',
    { config: { access: read }, schema: { tags, params: idParams, response: { 200: meeting } } },
    async (request) => {
      await assertUnitReadable(db, actorOf(request), await unitOfMeeting(db, request.params.id));
      return getMeeting(db, request.params.id);
    },
  );

  app.get(
    '/meetings/:id/minutes.docx',
    { config: { access: read }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await assertUnitReadable(db, actorOf(request), await unitOfMeeting(db, request.params.id));
      const found = await getMeeting(db, request.params.id);
      const file = await meetingMinutesDocument(found, await parentNameOf(db, found), requestLocale(request));
      const fileName = `bien-ban-hoi-nghi-ky-hop-${found.sessionNumber}-${found.heldOn}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  );

  app.get(
    '/resolutions/:id.docx',
    { config: { access: read }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const meetingId = await meetingOfResolution(db, request.params.id);
      await assertUnitReadable(db, actorOf(request), await unitOfMeeting(db, meetingId));
      const found = await getMeeting(db, meetingId);
      const file = await resolutionDocument(
        found,
        request.params.id,
        await parentNameOf(db, found),
        requestLocale(request),
      );
      const fileName = `nghi-quyet-${request.params.id}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  );

  app.get(
    '/tasks',
    {
      config: {
        access: {
          checks: (request) => [{ unitId: (request.query as { unitId: number }).unitId, mode: 'read' }],
        },
      },
      schema: { tags, querystring: listTasksQuery, response: { 200: z.array(resolutionTask) } },
    },
    async (request) => listTasks(db, actorOf(request), request.query),
  );

  app.patch(
    '/tasks/:id',
    {
      config: { access: write },
      schema: { tags, params: idParams, body: updateTaskBody, response: { 200: resolutionTask } },
    },
    async (request) =>
      db.transaction(async (tx) => {
        await updateTask(tx, actorOf(request), request.params.id, request.body);
        return getTask(tx, request.params.id);
      }),
  );
};
