// /api committee meetings: record a session with its resolutions and tasks, list a committee's or a unit's
// sessions, follow tasks up (listed for a unit's subtree, overdue as of a date, reported done), and the
// minutes and each resolution as Word documents. Reads need the meeting's unit readable on the day it was
// held; a session is recorded in the committee's unit, a task reported done by its unit (access.ts).
import { apiContract, DOCX } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { Invalid } from '../../platform/errors.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import './access.ts';
import { meetingMinutesDocument, parentNameOf, resolutionDocument } from './documents.ts';
import { presentMeeting, presentMeetings, presentTask, presentTasks } from './presenter.ts';
import { getMeeting, getTask, listMeetings, listTasks, meetingOfResolution } from './queries.ts';
import { createMeeting, updateTask } from './service.ts';

const routes = apiContract.meetings;
/** A session, its minutes and resolutions are read through the unit on the day the session was held. */
const readMeeting = (id: number): AccessCheck[] => [{ entity: 'meeting', id, mode: 'read' }];

export const meetingRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  implement(app, routes.create, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ entity: 'committee', id: request.body.committeeId, mode: 'write' }],
    },
    handler: async (request, reply) => {
      const created = await db.transaction(async (tx) =>
        getMeeting(tx, await createMeeting(tx, actorOf(request), request.body)),
      );
      return reply.status(201).send(await presentMeeting(request, created));
    },
  });

  // Sessions of one committee (through its unit today) or of a unit today; one of the two is required.
  implement(app, routes.list, {
    access: {
      checks: (request) => {
        const { committeeId, unitId } = request.query;
        if (committeeId !== undefined) return [{ entity: 'committee', id: committeeId, mode: 'read' }];
        return unitId === undefined ? [] : [readUnitOn(unitId)];
      },
    },
    handler: async (request) => {
      const { committeeId, unitId } = request.query;
      if (committeeId !== undefined) return presentMeetings(request, await listMeetings(db, { committeeId }));
      if (unitId === undefined) throw new Invalid();
      return presentMeetings(request, await listMeetings(db, { unitId }));
    },
  });

  implement(app, routes.get, {
    access: { checks: (request) => readMeeting(request.params.id) },
    handler: async (request) => presentMeeting(request, await getMeeting(db, request.params.id)),
  });

  implement(app, routes.minutes, {
    reads: 'replica',
    access: { checks: (request) => readMeeting(request.params.id) },
    handler: async (request, reply) => {
      const found = await getMeeting(db, request.params.id);
      const file = await meetingMinutesDocument(found, await parentNameOf(db, found), requestLocale(request));
      const fileName = `bien-ban-hoi-nghi-ky-hop-${found.sessionNumber}-${found.heldOn}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  });

  implement(app, routes.resolutionDocument, {
    reads: 'replica',
    access: { checks: (request) => [{ entity: 'resolution', id: request.params.id, mode: 'read' }] },
    handler: async (request, reply) => {
      const found = await getMeeting(db, await meetingOfResolution(db, request.params.id));
      const file = await resolutionDocument(
        found,
        request.params.id,
        await parentNameOf(db, found),
        requestLocale(request),
      );
      const fileName = `nghi-quyet-${request.params.id}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  });

  implement(app, routes.tasks, {
    access: { checks: (request) => [readUnitOn(request.query.unitId)] },
    handler: async (request) => presentTasks(request, await listTasks(db, actorOf(request), request.query)),
  });

  implement(app, routes.updateTask, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ entity: 'task', id: request.params.id, mode: 'write' }],
    },
    handler: async (request) => {
      const updated = await db.transaction(async (tx) => {
        await updateTask(tx, actorOf(request), request.params.id, request.body);
        return getTask(tx, request.params.id);
      });
      return presentTask(request, updated);
    },
  });
};
