// The demo content checked in memory, before any database: the trees of 2024 and of today, and the checker
// that stands in for the org service's rules.
import { todayInVietnam } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { buildDemoContent } from './content.ts';
import { HANOI } from './hanoi-data.ts';
import { LONG_BIEN, LONG_BIEN_ACCOUNT_GRASSROOTS, LONG_BIEN_EDUCATION } from './longbien.ts';
import { type PlanStep, SimulatedTree } from './plan.ts';

const content = buildDemoContent(5);
const tree = content.tree;
const today = todayInVietnam();
const countOfType = (date: string, type: string) => tree.unitsAt(date).filter((u) => u.type === type).length;

describe('demo content', () => {
  it('has 63 provincial federations until 30/6/2025 and 34 from 1/7/2025', () => {
    expect(countOfType('2024-12-31', 'provincial')).toBe(63);
    expect(countOfType('2025-06-30', 'provincial')).toBe(63);
    expect(countOfType('2025-07-01', 'provincial')).toBe(34);
    expect(countOfType(today, 'provincial')).toBe(34);
  });

  it('closes every district federation but Long Biên, and the civil servants’ and sector unions', () => {
    expect(countOfType('2025-06-30', 'district')).toBeGreaterThan(50);
    expect(
      tree
        .unitsAt(today)
        .filter((u) => u.type === 'district')
        .map((u) => u.code),
    ).toEqual([LONG_BIEN.code]);
    expect(countOfType(today, 'civil_servants')).toBe(0);
    expect(
      tree
        .unitsAt(today)
        .filter((u) => u.type === 'local_sector')
        .map((u) => u.code),
    ).toEqual([LONG_BIEN_EDUCATION.code]);
    expect(countOfType(today, 'commune')).toBeGreaterThan(countOfType('2025-06-30', 'commune'));
  });

  it('moves Hoàng Mai’s grassroots unions under its ward unions', () => {
    const before = tree.childrenAt('LDLD-HN-HM', '2024-12-31');
    expect(before.length).toBeGreaterThanOrEqual(7);
    expect(tree.at('LDLD-HN-HM', today)).toBeUndefined();
    for (const unit of before)
      expect(tree.at(tree.at(unit.code, today)!.parent!, today)?.type).toBe('commune');
    expect(tree.childrenAt('CD-HN-HOANGMAI', today).length).toBeGreaterThan(0);
  });

  it('gives the cdcs account a grassroots union under Long Biên with siblings, and Long Biên an education union', () => {
    expect(tree.at(LONG_BIEN_ACCOUNT_GRASSROOTS, today)?.parent).toBe(LONG_BIEN.code);
    const siblings = tree.childrenAt(LONG_BIEN.code, today).filter((u) => u.type === 'grassroots');
    expect(siblings.length).toBeGreaterThanOrEqual(6);
    expect(tree.childrenAt(LONG_BIEN_EDUCATION.code, today).length).toBeGreaterThanOrEqual(5);
    expect(tree.at(LONG_BIEN.code, today)?.parent).toBe(HANOI.code);
  });

  it('has seven clusters for Hà Nội in each of 2024, 2025 and 2026, a unit in at most one a year', () => {
    for (const year of [2024, 2025, 2026]) {
      const clusters = content.clusters.filter((c) => c.year === year);
      expect(clusters.map((c) => c.name)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Cụm thi đua số ${n}`));
      const members = clusters.flatMap((c) => c.members);
      expect(new Set(members).size).toBe(members.length);
    }
  });

  it('gives every unit an ASCII code and every grassroots union its own name, the same on every run', () => {
    for (const code of tree.codes()) expect(code).toMatch(/^[A-Za-z0-9._-]{2,40}$/u);
    const names = tree
      .unitsAt('2024-12-31')
      .filter((u) => u.type === 'grassroots')
      .map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(buildDemoContent(5).steps).toEqual(content.steps);
  });

  it('scales the generated provinces with the size asked', () => {
    const grassroots = (size: number) =>
      buildDemoContent(size)
        .tree.unitsAt('2024-12-31')
        .filter((u) => u.type === 'grassroots').length;
    expect(grassroots(10) - grassroots(5)).toBe(33 * 5);
  });
});

const event = { reason: 'test' };
const found = (
  code: string,
  parent: string,
  date: string,
  type: 'district' | 'grassroots' = 'district',
): PlanStep => ({
  kind: 'found',
  ...event,
  date,
  code,
  name: code,
  type,
  parent,
});

describe('the in-memory checker refuses what the org service refuses', () => {
  const province = found('P', 'VGCL', '2000-01-01');
  const provincial: PlanStep = { ...province, type: 'provincial' } as PlanStep;
  it.each<[string, PlanStep[]]>([
    [
      'a unit under its own descendant',
      [
        provincial,
        found('D', 'P', '2001-01-01'),
        { kind: 'move', ...event, date: '2002-01-01', code: 'P', parent: 'D' },
      ],
    ],
    [
      'a type under a parent it may not have',
      [provincial, found('G', 'P', '2001-01-01', 'grassroots'), found('D', 'G', '2002-01-01')],
    ],
    [
      'a unit founded under a dissolved one',
      [
        provincial,
        found('D', 'P', '2001-01-01'),
        { kind: 'dissolve', ...event, date: '2002-01-01', code: 'D' },
        found('G', 'D', '2003-01-01', 'grassroots'),
      ],
    ],
    [
      'a unit dissolved with children left',
      [
        provincial,
        found('D', 'P', '2001-01-01'),
        found('G', 'D', '2002-01-01', 'grassroots'),
        { kind: 'dissolve', ...event, date: '2003-01-01', code: 'D' },
      ],
    ],
    ['a district founded after the type closed', [provincial, found('D', 'P', '2025-07-01')]],
    ['steps out of date order', [provincial, found('D', 'P', '2001-01-01'), found('E', 'P', '2000-06-01')]],
    ['a code used twice', [provincial, found('D', 'P', '2001-01-01'), found('D', 'P', '2002-01-01')]],
  ])('%s', (_name, steps) => {
    expect(() => new SimulatedTree(steps)).toThrow();
  });

  it('accepts a valid history', () => {
    const steps: PlanStep[] = [
      provincial,
      found('D', 'P', '2001-01-01'),
      found('G', 'D', '2002-01-01', 'grassroots'),
    ];
    expect(new SimulatedTree(steps).at('G', '2003-01-01')?.parent).toBe('D');
  });
});
