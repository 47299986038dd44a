// Member cards: one member's card, a printable sheet for a unit, and the public check a scanned QR code
// leads to (no sign-in: whoever holds the card may show it to anyone).
import { cardVerification, memberCard, recordId, unitId } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { type CardSettings, MAX_CARDS_PER_SHEET, memberCards, sheetMemberIds, verifyCard } from './card.ts';
import { memberParams, readMember } from './routes.ts';

const tags = ['members'];

const sheetQuery = z.object({
  ids: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10})*$/u)
    .transform((text) => text.split(',').map(Number))
    .pipe(z.array(recordId).max(MAX_CARDS_PER_SHEET))
    .optional(),
});

export const cardRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The QR code opens the configured public address (a server behind a proxy), else this host. */
  const cardSettings = (request: FastifyRequest): CardSettings => ({
    baseUrl: app.config.publicUrl ?? `${request.protocol}://${request.host}`,
    secret: app.config.cardSecret,
  });

  app.get(
    '/members/:id/card',
    {
      config: { access: readMember },
      schema: { tags, params: memberParams, response: { 200: memberCard } },
    },
    async (request) => {
      const [card] = await memberCards(app.database.db, [request.params.id], cardSettings(request));
      return card!;
    },
  );

  app.get(
    '/org-units/:id/members/cards',
    {
      config: {
        access: {
          checks: (request) => [readUnitOn((request.params as { id: number }).id)],
        },
      },
      schema: {
        tags,
        params: z.object({ id: unitId }),
        querystring: sheetQuery,
        response: { 200: z.array(memberCard) },
      },
    },
    async (request) => {
      const ids = await sheetMemberIds(
        app.database.db,
        actorOf(request),
        request.params.id,
        request.query.ids,
      );
      return memberCards(app.database.db, ids, cardSettings(request));
    },
  );

  app.get(
    '/cards/verify',
    {
      config: {
        access: 'public',
        // Tokens cannot be guessed; the limit only keeps a scanner loop from hammering the server.
        rateLimit: { max: 120, timeWindow: 60_000 },
      },
      schema: {
        tags,
        querystring: z.object({ token: z.string().max(64) }),
        response: { 200: cardVerification },
      },
    },
    async (request) => verifyCard(app.database.db, request.query.token, app.config.cardSecret),
  );
};
