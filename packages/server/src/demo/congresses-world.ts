// The demo's units and members as the congress generator needs them, read once from the database after the
// tree and the members are in: each unit's versions (to place it on any date), each member's periods (to
// count a unit's members on a congress date and to judge a nominee the way the elections module does).
import { type CongressLevel, congressLevelOfTier, type UnitTypeCode } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import type { UnitSize } from '../modules/congresses/checks.ts';
import type { NomineeFacts } from '../modules/elections/eligibility.ts';
import { unitVersions } from '../modules/org/index.ts';
import { LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';
import { PINNED_MEMBER } from './members-plan.ts';

export interface UnitVersion {
  unitId: number;
  code: string;
  name: string;
  type: UnitTypeCode;
  tier: number;
  parentId: number | null;
  /** unit ids from the root down to the unit itself */
  path: number[];
  from: string;
  to: string | null;
}

export interface Period {
  memberId: number;
  unitId: number;
  from: string;
  to: string | null;
}

export interface WorldMember {
  id: number;
  fullName: string;
  nationality: string;
  joinedOn: string | null;
  active: boolean;
  /** the browser tests' member, who holds no office */
  pinned: boolean;
  /** periods in date order */
  periods: Period[];
}

const covers = (from: string, to: string | null, date: string) => from <= date && (to === null || to > date);

export class DemoWorld {
  readonly versions = new Map<number, UnitVersion[]>();
  readonly idOf = new Map<string, number>();
  readonly members = new Map<number, WorldMember>();
  private readonly periodsByUnit = new Map<number, Period[]>();
  private readonly liveCache = new Map<string, UnitVersion[]>();

  constructor(
    readonly today: string,
    versions: UnitVersion[],
    members: WorldMember[],
  ) {
    for (const version of versions) {
      const list = this.versions.get(version.unitId) ?? [];
      list.push(version);
      this.versions.set(version.unitId, list);
      this.idOf.set(version.code, version.unitId);
    }
    for (const list of this.versions.values()) list.sort((a, b) => (a.from < b.from ? -1 : 1));
    for (const member of members) {
      this.members.set(member.id, member);
      for (const period of member.periods) {
        const list = this.periodsByUnit.get(period.unitId) ?? [];
        list.push(period);
        this.periodsByUnit.set(period.unitId, list);
      }
    }
  }

  /** The unit as it stood on a date, or undefined when it did not exist then. */
  at(unitId: number, date: string): UnitVersion | undefined {
    return this.versions.get(unitId)?.find((version) => covers(version.from, version.to, date));
  }

  latest(unitId: number): UnitVersion {
    const list = this.versions.get(unitId);
    if (!list) throw new Error(`demo congresses: no unit ${unitId}`);
    return list[list.length - 1]!;
  }

  foundedOn(unitId: number): string {
    return this.versions.get(unitId)![0]!.from;
  }

  /** The day the unit ceased to exist, or null while it lives. */
  endedOn(unitId: number): string | null {
    return this.latest(unitId).to;
  }

  id(code: string): number {
    const id = this.idOf.get(code);
    if (id === undefined) throw new Error(`demo congresses: no unit ${code}`);
    return id;
  }

  /** Every unit version in force on a date. */
  liveOn(date: string): UnitVersion[] {
    let live = this.liveCache.get(date);
    if (!live) {
      live = [];
      for (const list of this.versions.values()) {
        const version = list.find((v) => covers(v.from, v.to, date));
        if (version) live.push(version);
      }
      this.liveCache.set(date, live);
    }
    return live;
  }

  /** Units of the subtree of `unitId` on a date (the unit itself included). */
  subtreeOn(unitId: number, date: string): UnitVersion[] {
    return this.liveOn(date).filter((version) => version.path.includes(unitId));
  }

  inSubtree(unitId: number, ancestorId: number, date: string): boolean {
    return this.at(unitId, date)?.path.includes(ancestorId) ?? false;
  }

  levelOf(version: UnitVersion): CongressLevel | null {
    return congressLevelOfTier(version.tier);
  }

  /** As unitSizeOn counts: membership periods open on the date in the subtree, and its grassroots unions. */
  sizeOn(unitId: number, date: string): UnitSize {
    let members = 0;
    let grassroots = 0;
    for (const version of this.subtreeOn(unitId, date)) {
      if (version.tier === 3 && version.unitId !== unitId) grassroots += 1;
      for (const period of this.periodsByUnit.get(version.unitId) ?? []) {
        if (covers(period.from, period.to, date)) members += 1;
      }
    }
    return { members, grassroots };
  }

  /** Members with a period open on the date in the subtree (the people at the congress). */
  presentOn(unitId: number, date: string): WorldMember[] {
    const found: WorldMember[] = [];
    for (const version of this.subtreeOn(unitId, date)) {
      for (const period of this.periodsByUnit.get(version.unitId) ?? []) {
        if (covers(period.from, period.to, date)) found.push(this.members.get(period.memberId)!);
      }
    }
    return found;
  }

  /**
   * Members who may take an office of `unitId` from `date` and keep it to `until` (today, or the day the
   * unit ends): Vietnamese, active today, not the pinned member, in a period that began by `date` and is
   * still open, in a unit of the subtree on both days.
   */
  officeHoldersOn(unitId: number, date: string, until: string): WorldMember[] {
    const found: WorldMember[] = [];
    for (const version of this.subtreeOn(unitId, date)) {
      if (!this.inSubtree(version.unitId, unitId, until)) continue;
      for (const period of this.periodsByUnit.get(version.unitId) ?? []) {
        if (period.to !== null || period.from > date) continue;
        const member = this.members.get(period.memberId)!;
        if (member.active && member.nationality === 'VN' && !member.pinned) found.push(member);
      }
    }
    return found.sort((a, b) => a.id - b.id);
  }

  /** What nomineeFacts reads from the records about a member on a congress date (same walk, in memory). */
  factsOn(member: WorldMember, unitId: number, date: string): NomineeFacts {
    const periods = member.periods.filter((period) => period.from <= date);
    const current = periods.find((period) => period.to === null || period.to > date);
    let chainStart = current?.from ?? null;
    if (current) {
      let index = periods.indexOf(current);
      while (index > 0 && periods[index - 1]?.to === periods[index]?.from) index -= 1;
      chainStart = periods[index]?.from ?? chainStart;
    }
    const unit = current ? this.at(current.unitId, date) : undefined;
    return {
      memberId: member.id,
      name: member.fullName,
      nationality: member.nationality,
      active: current !== undefined,
      inUnit: unit?.path.includes(unitId) ?? false,
      unitName: unit?.name ?? '',
      unionSince: member.joinedOn ?? periods[0]?.from ?? null,
      continuousSince: chainStart,
    };
  }
}

/** Reads the tree and the members (about 50,000 with their periods at the default size) in three queries. */
export async function loadWorld(tx: Tx, today: string): Promise<DemoWorld> {
  const versions = await queryRows<Omit<UnitVersion, 'path'> & { path: string }>(
    tx,
    sql`select v.unit_id as "unitId", u.code, v.name, v.type, t.tier, v.parent_id as "parentId",
          v.path::text as path, v.valid_from::text as "from", v.valid_to::text as "to"
        from ${unitVersions()} v join org_units u on u.id = v.unit_id join unit_types t on t.code = v.type`,
  );
  const members = await queryRows<{
    id: number;
    fullName: string;
    nationality: string;
    joinedOn: string | null;
    active: boolean;
    code: string;
  }>(
    tx,
    sql`select m.id, m.full_name as "fullName", m.nationality, m.joined_union_on::text as "joinedOn",
          m.status = 'active' as active, u.code
        from members m join org_units u on u.id = m.unit_id order by m.id`,
  );
  const periods = await queryRows<Period>(
    tx,
    sql`select member_id as "memberId", unit_id as "unitId", valid_from::text as "from", valid_to::text as "to"
        from memberships order by member_id, valid_from, id`,
  );
  const byMember = new Map<number, Period[]>();
  for (const period of periods) {
    const list = byMember.get(period.memberId) ?? [];
    list.push(period);
    byMember.set(period.memberId, list);
  }
  return new DemoWorld(
    today,
    versions.map((version) => ({ ...version, path: version.path.split('.').map(Number) })),
    members.map((member) => ({
      id: member.id,
      fullName: member.fullName,
      nationality: member.nationality,
      joinedOn: member.joinedOn,
      active: member.active,
      pinned: member.code === LONG_BIEN_ACCOUNT_GRASSROOTS && member.fullName === PINNED_MEMBER,
      periods: byMember.get(member.id) ?? [],
    })),
  );
}
