// The routes of committee meetings: a session recorded with its resolutions and tasks, a committee's or a
// unit's sessions, the tasks followed up (listed for a unit's subtree, reported done), and the minutes and
// each resolution as Word documents.
import { z } from 'zod';
import { c, DOCX, fileLanguageQuery, fileResponse, meta } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import {
  createMeetingBody,
  listMeetingsQuery,
  listTasksQuery,
  meeting,
  resolutionTask,
  updateTaskBody,
} from './schemas.ts';

const tag = 'meetings';
const byId = z.object({ id: idParam });
const write = meta(tag, { kind: 'write', power: 'writeRecords' });
const read = meta(tag, { kind: 'read' });

export const meetingsContract = c.router({
  create: {
    method: 'POST',
    path: '/meetings',
    body: createMeetingBody,
    responses: { 201: meeting },
    metadata: write,
  },
  list: {
    method: 'GET',
    path: '/meetings',
    query: listMeetingsQuery,
    responses: { 200: z.array(meeting) },
    metadata: read,
  },
  get: {
    method: 'GET',
    path: '/meetings/:id',
    pathParams: byId,
    responses: { 200: meeting },
    metadata: read,
  },
  minutes: {
    method: 'GET',
    path: '/meetings/:id/minutes.docx',
    pathParams: byId,
    query: fileLanguageQuery,
    responses: { 200: fileResponse(DOCX) },
    metadata: read,
  },
  resolutionDocument: {
    method: 'GET',
    path: '/resolutions/:id/document.docx',
    pathParams: byId,
    query: fileLanguageQuery,
    responses: { 200: fileResponse(DOCX) },
    metadata: read,
  },
  tasks: {
    method: 'GET',
    path: '/tasks',
    query: listTasksQuery,
    responses: { 200: z.array(resolutionTask) },
    metadata: read,
  },
  updateTask: {
    method: 'PATCH',
    path: '/tasks/:id',
    pathParams: byId,
    body: updateTaskBody,
    responses: { 200: resolutionTask },
    metadata: write,
  },
});
