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
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { Invalid } from '../../platform/errors.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { readUnitOn } from '../../platform/scope.ts';
import './access.ts';
import { meetingMinutesDocument, parentNameOf, resolutionDocument } from './documents.ts';
import { getMeeting, getTask, listMeetings, listTasks, meetingOfResolution } from './queries.ts';
import { createMeeting, updateTask } from './service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const idParams = z.object({ id: idParam });
const listQuery = z.object({
  committeeId: idParam.optional(),
  unitId: idParam.optional(),
});
const tags = ['meetings'];
/** A session, its minutes and resolutions are read through the unit on the day the session was held. */
const readMeeting = {
  checks: (request: FastifyRequest): AccessCheck[] => [
    { entity: 'meeting', id: (request.params as { id: number }).id, mode: 'read' },
  ],
};
/** Sessions of one committee (through its unit today) or of a unit today; one of the two is required. */
const readMeetingList = {
  checks: (request: FastifyRequest): AccessCheck[] => {
    const { committeeId, unitId } = request.query as z.infer<typeof listQuery>;
    if (committeeId !== undefined) return [{ entity: 'committee', id: committeeId, mode: 'read' }];
    return unitId === undefined ? [] : [readUnitOn(unitId)];
  },
};
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
      config: { access: readMeetingList },
      schema: { tags, querystring: listQuery, response: { 200: z.array(meeting) } },
    },
    async (request) => {
      const { committeeId, unitId } = request.query;
      if (committeeId !== undefined) return listMeetings(db, { committeeId });
      if (unitId === undefined) throw new Invalid();
      return listMeetings(db, { unitId });
    },
  );

  app.get(
    '/meetings/:id',
    { config: { access: readMeeting }, schema: { tags, params: idParams, response: { 200: meeting } } },
    async (request) => getMeeting(db, request.params.id),
  );

  app.get(
    '/meetings/:id/minutes.docx',
    { config: { access: readMeeting }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const found = await getMeeting(db, request.params.id);
      const file = await meetingMinutesDocument(found, await parentNameOf(db, found), requestLocale(request));
      const fileName = `bien-ban-hoi-nghi-ky-hop-${found.sessionNumber}-${found.heldOn}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  );

  app.get(
    '/resolutions/:id.docx',
    {
      config: {
        access: {
          checks: (request) => [
            { entity: 'resolution', id: (request.params as { id: number }).id, mode: 'read' },
          ],
        },
      },
      schema: { tags, params: idParams },
    },
    async (request, reply) => {
      const meetingId = await meetingOfResolution(db, request.params.id);
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
          checks: (request) => [readUnitOn((request.query as { unitId: number }).unitId)],
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
