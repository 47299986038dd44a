// /api elections: the seat rules and ballots of a congress, a ballot's count and further rounds, its counting
// minutes (.docx), and the committees made from the results. Scope is checked through the congress: reads
// need its unit readable, writes need it writable today (the congresses module's loadCongressForWrite).
import {
  committee,
  constituteCommitteeBody,
  createElectionBody,
  election,
  electionCountBody,
  idParam,
  nextRoundBody,
  seatRules,
  unitId,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { actorOf } from '../../platform/context.ts';
import { AppError, type Params } from '../../platform/errors.ts';
import { requestLocale, translate } from '../../platform/i18n.ts';
import { isMessageCode } from '../../platform/messages.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { loadCongress } from '../congresses/service.ts';
import { constituteCommittee, getCommittee, listCommittees } from './committees.ts';
import { recordCount } from './count.ts';
import { minutesDocument, minutesFacts } from './minutes.ts';
import { congressIdOfElection, getElection, listElections, readableCongress } from './queries.ts';
import { seatRulesOfCongress } from './seats.ts';
import { createElection, nextRound } from './service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const idParams = z.object({ id: idParam });
const tags = ['elections'];
/** Signed in; the scope of the congress is checked by the service, which knows its unit. */
const read = {};
const write = { power: 'writeRecords' as const };

/** Puts the message codes of an error's details (one per nominee or count problem) in the caller's language. */
async function localised<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || !error.details.some((detail) => isMessageCode(detail.message)))
      throw error;
    const locale = requestLocale(request);
    const details = error.details.map((detail) =>
      isMessageCode(detail.message)
        ? { ...detail, message: translate(locale, detail.message, detail as unknown as Params) }
        : detail,
    );
    throw new AppError(error.status, error.code, error.params, details);
  }
}

export const electionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const inTransaction = <T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>) =>
    localised(request, () => db.transaction(work));

  app.get(
    '/congresses/:id/elections',
    { config: { access: read }, schema: { tags, params: idParams, response: { 200: z.array(election) } } },
    async (request) => listElections(db, await readableCongress(db, actorOf(request), request.params.id)),
  );

  app.get(
    '/congresses/:id/seat-rules',
    { config: { access: read }, schema: { tags, params: idParams, response: { 200: z.array(seatRules) } } },
    async (request) =>
      seatRulesOfCongress(db, await readableCongress(db, actorOf(request), request.params.id)),
  );

  app.post(
    '/congresses/:id/elections',
    {
      config: { access: write },
      schema: { tags, params: idParams, body: createElectionBody, response: { 201: election } },
    },
    async (request, reply) => {
      const created = await inTransaction(request, async (tx) =>
        getElection(tx, await createElection(tx, actorOf(request), request.params.id, request.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/elections/:id',
    { config: { access: read }, schema: { tags, params: idParams, response: { 200: election } } },
    async (request) => {
      await readableCongress(db, actorOf(request), await congressIdOfElection(db, request.params.id));
      return getElection(db, request.params.id);
    },
  );

  app.post(
    '/elections/:id/count',
    {
      config: { access: write },
      schema: { tags, params: idParams, body: electionCountBody, response: { 200: election } },
    },
    async (request) =>
      inTransaction(request, async (tx) => {
        await recordCount(tx, actorOf(request), request.params.id, request.body);
        return getElection(tx, request.params.id);
      }),
  );

  app.post(
    '/elections/:id/rounds',
    {
      config: { access: write },
      schema: { tags, params: idParams, body: nextRoundBody, response: { 201: election } },
    },
    async (request, reply) => {
      const created = await inTransaction(request, async (tx) =>
        getElection(tx, await nextRound(tx, actorOf(request), request.params.id, request.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/elections/:id/minutes.docx',
    { config: { access: read }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const congressId = await congressIdOfElection(db, request.params.id);
      await readableCongress(db, actorOf(request), congressId);
      const facts = await minutesFacts(
        db,
        await getElection(db, request.params.id),
        await loadCongress(db, congressId, { lock: false }),
      );
      const file = await minutesDocument(facts, requestLocale(request));
      const fileName = `bien-ban-kiem-phieu-${facts.election.id}-vong-${facts.election.round}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  );

  app.post(
    '/congresses/:id/committees',
    {
      config: { access: write },
      schema: { tags, params: idParams, body: constituteCommitteeBody, response: { 201: committee } },
    },
    async (request, reply) => {
      const created = await inTransaction(request, async (tx) =>
        getCommittee(tx, await constituteCommittee(tx, actorOf(request), request.params.id, request.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/org-units/:id/committees',
    {
      config: {
        access: { checks: (request) => [readUnitOn((request.params as { id: number }).id)] },
      },
      schema: { tags, params: z.object({ id: unitId }), response: { 200: z.array(committee) } },
    },
    async (request) => listCommittees(db, { unitId: request.params.id }),
  );
};
