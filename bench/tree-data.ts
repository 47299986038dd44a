// Builds, in memory, an organisation tree of 130,000 units shaped like what the org service writes:
// ids in ltree paths, accent-free names, one version per state, one event per change, and a 1/7/2025
// restructuring of a share of the district federations so that many units have two versions.
import { normalizeForSearch } from '@congdoan/domain';
import { COMMON_PLACE_NAMES, grassrootsName } from '../packages/server/src/demo/names.ts';
import { PROVINCES_2025 } from '../packages/server/src/demo/provinces-data.ts';
import { seededRandom } from '../packages/server/src/demo/random.ts';

export const TOTAL_UNITS = 130_000;
export const PROVINCES = 34;
export const DISTRICTS_PER_PROVINCE = 36;
/** The superior unit whose subtree the benchmark moves: itself and 3,999 grassroots unions. */
export const MOVED_SUBTREE_SIZE = 4_000;
export const RESTRUCTURING = '2025-07-01';

/** Column-wise rows of one table, with the PostgreSQL array type each column is sent as. */
/** Two districts in five give way to commune unions on 1/7/2025. */
const isRestructured = (district: number) => district % 5 < 2;

export class Rows {
  readonly values: unknown[][];
  constructor(
    readonly table: string,
    readonly columns: { name: string; type: string; cast?: string }[],
  ) {
    this.values = columns.map(() => []);
  }
  push(...row: unknown[]): void {
    row.forEach((value, index) => {
      this.values[index]!.push(value);
    });
  }
  get length(): number {
    return this.values[0]!.length;
  }
}

export interface GeneratedTree {
  units: Rows;
  events: Rows;
  versions: Rows;
  eventUnits: Rows;
  provinceIds: number[];
  /** The industrial-zone union with a 4,000-unit subtree, and the province it will be moved to. */
  movedUnitId: number;
  moveTargetId: number;
}

interface Start {
  rootId: number;
  firstUnitId: number;
  firstEventId: number;
}

export function generateTree({ rootId, firstUnitId, firstEventId }: Start): GeneratedTree {
  const random = seededRandom(130_000);
  const units = new Rows('org_units', [
    { name: 'id', type: 'int' },
    { name: 'code', type: 'text' },
    { name: 'founded_on', type: 'date' },
    { name: 'ended_on', type: 'date' },
  ]);
  const events = new Rows('org_events', [
    { name: 'id', type: 'int' },
    { name: 'kind', type: 'text' },
    { name: 'effective_date', type: 'date' },
    { name: 'reason', type: 'text' },
    { name: 'details', type: 'text', cast: 'jsonb' },
  ]);
  const versions = new Rows('org_unit_versions', [
    { name: 'unit_id', type: 'int' },
    { name: 'valid_from', type: 'date' },
    { name: 'valid_to', type: 'date' },
    { name: 'name', type: 'text' },
    { name: 'name_normalized', type: 'text' },
    { name: 'type', type: 'text' },
    { name: 'parent_id', type: 'int' },
    { name: 'path', type: 'text', cast: 'ltree' },
    { name: 'depth', type: 'int' },
    { name: 'event_id', type: 'int' },
  ]);
  const eventUnits = new Rows('org_event_units', [
    { name: 'event_id', type: 'int' },
    { name: 'unit_id', type: 'int' },
    { name: 'role', type: 'text' },
  ]);
  let nextUnit = firstUnitId;
  let nextEvent = firstEventId;

  const event = (kind: string, date: string, unitId: number, details: object) => {
    const id = nextEvent++;
    events.push(id, kind, date, 'benchmark', JSON.stringify(details));
    eventUnits.push(id, unitId, 'subject');
    return id;
  };
  const version = (
    unitId: number,
    code: string,
    from: string,
    to: string | null,
    name: string,
    type: string,
    parent: { id: number; path: string },
    eventId: number,
  ) => {
    const path = `${parent.path}.${unitId}`;
    versions.push(
      unitId,
      from,
      to,
      name,
      normalizeForSearch(`${name}  ${code}`),
      type,
      parent.id,
      path,
      path.split('.').length - 1,
      eventId,
    );
    return { id: unitId, path, name, row: versions.length - 1 };
  };
  /** A unit founded on `date` under `parent`, with the rows of its identity and first version. */
  const found = (
    code: string,
    name: string,
    type: string,
    date: string,
    parent: { id: number; path: string; name: string },
  ) => {
    const id = nextUnit++;
    units.push(id, code, date, null);
    const eventId = event('found', date, id, {
      parent: { id: parent.id, name: parent.name },
      name,
      type,
      code,
    });
    return { ...version(id, code, date, null, name, type, parent, eventId), unitRow: units.length - 1 };
  };

  const root = { id: rootId, path: String(rootId), name: 'Tổng Liên đoàn Lao động Việt Nam' };
  const restructuredDistricts = Array.from({ length: DISTRICTS_PER_PROVINCE }, (_, d) => d).filter(
    isRestructured,
  ).length;
  // the root (already there), each province with its districts and the commune unions that replace some
  const fixedUnits = 1 + PROVINCES * (1 + DISTRICTS_PER_PROVINCE + restructuredDistricts * 2);
  const spreadGrassroots = TOTAL_UNITS - fixedUnits - MOVED_SUBTREE_SIZE;
  const districtCount = PROVINCES * DISTRICTS_PER_PROVINCE;
  let districtIndex = 0;
  const provinceIds: number[] = [];
  let movedUnitId = 0;

  PROVINCES_2025.slice(0, PROVINCES).forEach(({ survivor }, p) => {
    const province = found(
      `B-${survivor.abbreviation}`,
      `Liên đoàn Lao động tỉnh ${survivor.name}`,
      'provincial',
      '1976-03-01',
      root,
    );
    provinceIds.push(province.id);
    if (p === 0) {
      const zone = found(
        `B-${survivor.abbreviation}-KCN`,
        `Công đoàn các Khu công nghiệp tỉnh ${survivor.name}`,
        'industrial_zone',
        '2001-06-15',
        province,
      );
      movedUnitId = zone.id;
      for (let g = 1; g < MOVED_SUBTREE_SIZE; g++) {
        const name = grassrootsName(random, {
          district: `tỉnh ${survivor.name}`,
          places: COMMON_PLACE_NAMES,
        });
        found(`B-G${nextUnit}`, name, 'grassroots', random.date('2002-01-01', '2024-12-31'), zone);
      }
    }
    for (let d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
      const place = `${COMMON_PLACE_NAMES[d % COMMON_PLACE_NAMES.length]}${d >= COMMON_PLACE_NAMES.length ? ` ${d}` : ''}`;
      const restructured = isRestructured(d);
      const founded = random.date('1980-01-01', '1999-12-31');
      const district = found(
        `B-${survivor.abbreviation}-D${d}`,
        `Liên đoàn Lao động huyện ${place}`,
        'district',
        founded,
        province,
      );
      const count =
        Math.floor(spreadGrassroots / districtCount) +
        (districtIndex++ < spreadGrassroots % districtCount ? 1 : 0);
      const grassroots: { id: number; code: string; name: string; row: number }[] = [];
      for (let g = 0; g < count; g++) {
        const code = `B-G${nextUnit}`;
        const name = grassrootsName(random, {
          district: `huyện ${place}`,
          places: [place, random.pick(COMMON_PLACE_NAMES)],
        });
        const unit = found(code, name, 'grassroots', random.date('2000-06-01', '2024-12-31'), district);
        grassroots.push({ id: unit.id, code, name, row: unit.row });
      }
      if (!restructured) continue;
      // 1/7/2025: two commune unions take the district's grassroots unions, then the district is dissolved
      const communes = [0, 1].map((c) =>
        found(
          `B-${survivor.abbreviation}-C${d}-${c}`,
          `Công đoàn xã ${place} ${c + 1}`,
          'commune',
          RESTRUCTURING,
          province,
        ),
      );
      grassroots.forEach((unit, index) => {
        const commune = communes[index % 2]!;
        versions.values[2]![unit.row] = RESTRUCTURING;
        const eventId = event('move', RESTRUCTURING, unit.id, {
          fromParent: { id: district.id, name: district.name },
          toParent: { id: commune.id, name: commune.name },
        });
        version(unit.id, unit.code, RESTRUCTURING, null, unit.name, 'grassroots', commune, eventId);
      });
      event('dissolve', RESTRUCTURING, district.id, { childrenTo: null, movedChildren: 0, children: [] });
      versions.values[2]![district.row] = RESTRUCTURING;
      units.values[3]![district.unitRow] = RESTRUCTURING;
    }
  });
  return { units, events, versions, eventUnits, provinceIds, movedUnitId, moveTargetId: provinceIds[1]! };
}
