// Member cards: one member's card, a printable sheet for a unit, and the public check a scanned QR code
// leads to (no sign-in: whoever holds the card may show it to anyone).
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { type CardSettings, memberCards, sheetMemberIds, verifyCard } from './card.ts';
import { readMember } from './routes.ts';

const routes = apiContract.members;

export const cardRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;
  /** The QR code opens the configured public address (a server behind a proxy), else this host. */
  const cardSettings = (request: FastifyRequest): CardSettings => ({
    baseUrl: app.config.publicUrl ?? `${request.protocol}://${request.host}`,
    secret: app.config.cardSecret,
  });

  implement(app, routes.card, {
    access: readMember,
    handler: async (request) => {
      const [card] = await memberCards(db, [request.params.id], cardSettings(request));
      return card!;
    },
  });

  implement(app, routes.cards, {
    access: { checks: (request) => [readUnitOn(request.params.id)] },
    handler: async (request) => {
      const ids = await sheetMemberIds(db, actorOf(request), request.params.id, request.query.ids);
      return memberCards(db, ids, cardSettings(request));
    },
  });

  implement(app, routes.verifyCard, {
    access: 'public',
    // Tokens cannot be guessed; the limit only keeps a scanner loop from hammering the server.
    config: { rateLimit: { max: 120, timeWindow: 60_000 } },
    handler: (request) => verifyCard(db, request.query.token, app.config.cardSecret),
  });
};
