// Ballots and committees as the API sends them, with what the caller may do (`can`): each action is its
// route's own guard for this caller (platform/policy.ts), and-ed with the ballot's state as the services
// enforce it — a count stands once a further round or a committee is built on it.
import { apiContract, type Committee, type Election } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { queryRows, type Tx } from '../../db/client.ts';
import { canOf } from '../../platform/policy.ts';
import type { CommitteeRecord } from './committees.ts';
import type { ElectionRecord } from './queries.ts';
import { type CommitteeBody, committeesFedBy } from './service.ts';

/** The ballots of the congresses that a further round followed, and the committees constituted there. */
async function finality(tx: Tx, congressIds: number[]) {
  const ids = sql.join(
    congressIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const followed = await queryRows<{ id: number }>(
    tx,
    sql`select previous_election_id as id from elections
        where congress_id in (${ids}) and previous_election_id is not null`,
  );
  const constituted = await queryRows<{ congress_id: number; body: CommitteeBody }>(
    tx,
    sql`select distinct congress_id, body from committees where congress_id in (${ids})`,
  );
  return {
    followed: new Set(followed.map((row) => row.id)),
    constituted: (congressId: number, body: CommitteeBody) =>
      constituted.some((row) => row.congress_id === congressId && row.body === body),
  };
}

export async function presentElections(
  request: FastifyRequest,
  tx: Tx,
  records: ElectionRecord[],
): Promise<Election[]> {
  if (records.length === 0) return [];
  const state = await finality(tx, [...new Set(records.map((record) => record.congressId))]);
  return Promise.all(
    records.map(async (record) => {
      const input = { params: { id: record.id } };
      const guard = await canOf(request, {
        count: [apiContract.elections.count, input],
        nextRound: [apiContract.elections.nextRound, input],
      });
      const followed = state.followed.has(record.id);
      const final = committeesFedBy(record.body).some((body) => state.constituted(record.congressId, body));
      return {
        ...record,
        can: {
          count: guard.count && !followed && !final,
          nextRound:
            guard.nextRound && record.status === 'counted' && (record.unfilled ?? 0) > 0 && !followed,
        },
      };
    }),
  );
}

export async function presentElection(
  request: FastifyRequest,
  tx: Tx,
  record: ElectionRecord,
): Promise<Election> {
  const [election] = await presentElections(request, tx, [record]);
  return election!;
}

export async function presentCommittees(
  request: FastifyRequest,
  records: CommitteeRecord[],
): Promise<Committee[]> {
  return Promise.all(
    records.map(async (record) => ({
      ...record,
      can: await canOf(request, {
        recordMeeting: [apiContract.meetings.create, { body: { committeeId: record.id } }],
      }),
    })),
  );
}
