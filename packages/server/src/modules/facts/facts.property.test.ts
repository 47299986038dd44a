// The property of the member facts: whatever sequence of admissions, transfers, departures, readmissions,
// corrections of a member's gender, date of birth or ethnicity (which change every day they were a member),
// back-dated admissions, merges, splits, moves of unions and districts, and dissolutions the real services
// record, every unit's facts and every unit's subtree facts (verifyMemberFacts) equal a recount from the
// records on every date that matters, and every subtree's figures read from the facts equal the members
// counted from the records. Each run works in a transaction rolled back at the end.
import {
  addDays,
  admitMemberBody,
  ageBandOf,
  leaveMemberBody,
  moveUnitBody,
  readmitMemberBody,
  todayInVietnam,
  transferMemberBody,
  updateMemberBody,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows, type Tx } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { leaveMember, transferMember } from '../members/lifecycle.ts';
import { readmitMember } from '../members/readmit.ts';
import { admitMember, updateMember } from '../members/service.ts';
import { buildMemberTree } from '../members/test-members.ts';
import { dissolveUnit, foundUnit, mergeUnits, moveUnit, splitUnit, treeOn } from '../org/index.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { memberFigures } from './read.ts';
import { verifyMemberFacts } from './verify.ts';

let ctx: TestContext;
let ids: UnitIds;
beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
});
afterAll(() => ctx.close());

const reason = 'Thử nghiệm';
const pick = <T>(list: T[], index: number): T | undefined => list[index % Math.max(list.length, 1)];

const command = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('admit' as const),
      unit: fc.nat(20),
      /** days before the step's date the admission is recorded for (a back-dated record) */
      back: fc.constantFrom(0, 0, 45, 400),
      female: fc.boolean(),
      born: fc.tuple(
        fc.integer({ min: 1958, max: 2000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      ),
      leapDay: fc.boolean(),
      ethnicity: fc.constantFrom('Kinh', 'Tày', null),
      foreign: fc.boolean(),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('transfer' as const), member: fc.nat(40), unit: fc.nat(20) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('leave' as const),
      member: fc.nat(40),
      how: fc.constantFrom('leave', 'expel', 'death'),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('readmit' as const), member: fc.nat(40), unit: fc.nat(20) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      member: fc.nat(40),
      field: fc.constantFrom('gender', 'dateOfBirth', 'ethnicity', 'nationality'),
      year: fc.integer({ min: 1958, max: 2000 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('merge' as const), source: fc.nat(20), target: fc.nat(20) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('split' as const),
      source: fc.nat(20),
      keepSource: fc.boolean(),
    }),
    weight: 1,
  },
  {
    // a grassroots union to another district, or a district (with every union under it) to another province:
    // the paths change on the date, so the subtree facts of the old and new ancestors change from then on
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      unit: fc.nat(20),
      district: fc.boolean(),
      to: fc.nat(5),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('dissolve' as const),
      unit: fc.nat(20),
      to: fc.option(fc.nat(20)),
    }),
    weight: 1,
  },
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

const step = fc.record({ gap: fc.integer({ min: 1, max: 300 }), command });

class Rollback extends Error {}

/** Commands the services carried out, by kind, over all runs: each kind must have happened. */
const done = new Map<string, number>();

/** The subtree's members on `date` counted from the records, age bands by ageBandOf. */
async function recountSubtree(tx: Tx, rootId: number, date: string) {
  const rows = await queryRows<{
    gender: string;
    dob: string | null;
    ethnicity: string | null;
    nationality: string;
  }>(
    tx,
    sql`select m.gender, m.date_of_birth::text as dob, m.ethnicity, m.nationality
        from ${treeOn(date)} v join memberships p on p.unit_id = v.unit_id
          and p.valid_from <= ${date}::date and (p.valid_to is null or p.valid_to > ${date}::date)
        join members m on m.id = p.member_id
        where v.path ~ ${`*.${rootId}.*`}::lquery`,
  );
  const ageBands: Record<string, number> = { under30: 0, '30to39': 0, '40to49': 0, '50to59': 0, '60plus': 0 };
  const ethnicity: Record<string, number> = {};
  for (const row of rows) {
    const band = row.dob ? ageBandOf(row.dob, date) : 'unknown';
    ageBands[band] = (ageBands[band] ?? 0) + 1;
    const group = row.ethnicity ?? 'unknown';
    ethnicity[group] = (ethnicity[group] ?? 0) + 1;
  }
  return {
    members: rows.length,
    women: rows.filter((row) => row.gender === 'female').length,
    foreign: rows.filter((row) => row.nationality !== 'VN').length,
    ageBands,
    ethnicity,
  };
}

/** Runs one command through the services in a savepoint; a refusal (AppError) leaves nothing behind. */
async function run(tx: Tx, units: number[], members: number[], date: string, cmd: Command, serial: string) {
  try {
    await tx.transaction(async (sp) => {
      switch (cmd.kind) {
        case 'admit': {
          const [year, month, day] = cmd.born;
          const dateOfBirth =
            cmd.leapDay && year % 4 === 0
              ? `${year}-02-29`
              : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const body = admitMemberBody.parse({
            fullName: `Thử ${serial}`,
            gender: cmd.female ? 'female' : 'male',
            dateOfBirth,
            ethnicity: cmd.ethnicity ?? undefined,
            nationality: cmd.foreign ? 'KR' : 'VN',
            foreignContractMonths: cmd.foreign ? 24 : undefined,
            unitId: pick(units, cmd.unit),
            admittedOn: addDays(date, -cmd.back),
          });
          members.push(await admitMember(sp, null, body));
          break;
        }
        case 'transfer': {
          const body = transferMemberBody.parse({
            toUnitId: pick(units, cmd.unit),
            effectiveDate: date,
            reason,
          });
          await transferMember(sp, null, pick(members, cmd.member) ?? 0, body);
          break;
        }
        case 'leave': {
          const body = leaveMemberBody.parse({ kind: cmd.how, effectiveDate: date, reason });
          await leaveMember(sp, null, pick(members, cmd.member) ?? 0, body);
          break;
        }
        case 'readmit': {
          const body = readmitMemberBody.parse({ unitId: pick(units, cmd.unit), effectiveDate: date });
          await readmitMember(sp, null, pick(members, cmd.member) ?? 0, body);
          break;
        }
        case 'edit': {
          const change = {
            gender: { gender: cmd.year % 2 === 0 ? 'female' : 'male' },
            // a leap day in leap years (its band changes on 1 March elsewhere), 1 March in other even years
            dateOfBirth: {
              dateOfBirth: `${cmd.year}-${cmd.year % 4 === 0 ? '02-29' : cmd.year % 2 === 0 ? '03-01' : '07-15'}`,
            },
            ethnicity: { ethnicity: cmd.year % 3 === 0 ? 'Mường' : 'Kinh' },
            nationality:
              cmd.year % 2 === 0 ? { nationality: 'LA', foreignContractMonths: 36 } : { nationality: 'VN' },
          }[cmd.field];
          await updateMember(sp, null, pick(members, cmd.member) ?? 0, updateMemberBody.parse(change));
          break;
        }
        case 'merge': {
          const [source, target] = [pick(units, cmd.source), pick(units, cmd.target)];
          await mergeUnits(sp, null, {
            sourceIds: [source ?? 0],
            targetId: target ?? 0,
            effectiveDate: date,
            reason,
          });
          break;
        }
        case 'split': {
          const result = await splitUnit(sp, null, pick(units, cmd.source) ?? 0, {
            keepSource: cmd.keepSource,
            parts: [
              { code: `P-${serial}`, name: `Công đoàn tách ${serial}`, type: 'grassroots', childIds: [] },
            ],
            membersToPart: 0,
            effectiveDate: date,
            reason,
          });
          units.push(...result.unitIds.slice(1));
          break;
        }
        case 'move': {
          const unit = cmd.district ? ids[pick(['LB', 'HM', 'NQ'], cmd.unit)!] : pick(units, cmd.unit);
          const parent = cmd.district
            ? ids[pick(['HN', 'HP'], cmd.to)!]
            : ids[pick(['LB', 'HM', 'NQ'], cmd.to)!];
          await moveUnit(
            sp,
            null,
            unit ?? 0,
            moveUnitBody.parse({ newParentId: parent, effectiveDate: date, reason }),
          );
          break;
        }
        case 'dissolve': {
          const to = cmd.to === null ? undefined : pick(units, cmd.to);
          await dissolveUnit(sp, null, pick(units, cmd.unit) ?? 0, {
            ...(to === undefined ? { endMemberships: true } : { membersToId: to }),
            effectiveDate: date,
            reason,
          });
          break;
        }
      }
    });
    done.set(cmd.kind, (done.get(cmd.kind) ?? 0) + 1);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

it('keeps every fact equal to a recount from the records, for every unit, subtree and date', async () => {
  const today = todayInVietnam();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
      runs++;
      await ctx.database.db
        .transaction(async (tx) => {
          const units: number[] = [];
          for (const [index, parent] of ['LB', 'LB', 'HM', 'NQ'].entries()) {
            const founded = await foundUnit(tx, null, {
              code: `F-${runs}-${index}`,
              name: `Công đoàn cơ sở thử ${runs}-${index}`,
              type: 'grassroots',
              parentId: ids[parent]!,
              effectiveDate: '2015-01-01',
              reason,
            });
            units.push(founded.unitIds[0]!);
          }
          const members: number[] = [];
          const dates = new Set<string>(['2015-12-31', today, addDays(today, 3 * 365)]);
          let date = '2016-01-01';
          for (const [index, { gap, command: cmd }] of steps.entries()) {
            date = addDays(date, gap);
            if (date >= today) break;
            await run(tx, units, members, date, cmd, `${runs}-${index}`);
            dates.add(date).add(addDays(date, -1));
          }
          expect(await verifyMemberFacts(tx, [...dates].sort())).toEqual([]);
          for (const root of [ids.VGCL!, ids.HN!, ids.HP!, ids.LB!, ids.HM!, ids.NQ!]) {
            for (const on of [...dates].filter((_, index) => index % 3 === 0)) {
              const {
                members: count,
                women,
                foreign,
                ageBands,
                ethnicity,
              } = await memberFigures(tx, root, on);
              const expected = await recountSubtree(tx, root, on);
              if (expected.ageBands.unknown === 0)
                delete (expected.ageBands as Record<string, number>).unknown;
              expect({ root, on, count, women, foreign, ageBands, ethnicity }).toEqual({
                root,
                on,
                count: expected.members,
                women: expected.women,
                foreign: expected.foreign,
                ageBands: expected.ageBands,
                ethnicity: expected.ethnicity,
              });
            }
          }
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
    }),
    { numRuns: 12, seed: Number(process.env.FACTS_SEED ?? 20261207) },
  );
  const kinds = ['admit', 'transfer', 'leave', 'readmit', 'edit', 'merge', 'split', 'move', 'dissolve'];
  expect(kinds.filter((kind) => !done.get(kind))).toEqual([]);
  console.log(`facts property: ${JSON.stringify(Object.fromEntries(done))}`);
}, 120_000);
