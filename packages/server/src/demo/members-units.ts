// The grassroots unions demo members belong to, read from the demo plan: when each lived, where its members
// go when it ends, what kind of workplace it is, its province on any date, and its peers for transfers.
import { GRASSROOTS_TYPES, type UnitTypeCode } from '@congdoan/domain';
import type { DemoContent } from './content.ts';
import { LONG_BIEN } from './longbien.ts';
import { shiftDays } from './members-dates.ts';
import { employerOf, type WorkplaceKind, workplaceKind } from './members-jobs.ts';
import type { SimulatedTree } from './plan.ts';
import type { Random } from './random.ts';

export interface GrassrootsLife {
  code: string;
  /** The name it last had: what members' employer column shows. */
  name: string;
  employer: string;
  kind: WorkplaceKind;
  foundedOn: string;
  /** The day it was dissolved or merged away, if it was. */
  endedOn: string | null;
  /** The union its members move to on that day (the target of a merger). */
  successor: string | null;
  /** Abbreviation of its province on the day it was founded (HN, LD …). */
  province: string;
  industrialZone: boolean;
  longBien: boolean;
}

const isGrassroots = (type: UnitTypeCode) => GRASSROOTS_TYPES.includes(type);

/** Every grassroots union the plan founds before `today`, in founding order. */
export function grassrootsLives(content: DemoContent, today: string): GrassrootsLife[] {
  const spans = new Map<string, { foundedOn: string; endedOn: string | null; successor: string | null }>();
  for (const step of content.steps) {
    if (step.kind === 'found' && isGrassroots(step.type))
      spans.set(step.code, { foundedOn: step.date, endedOn: null, successor: null });
    if (step.kind === 'merge') {
      if (step.newTarget && isGrassroots(step.newTarget.type))
        spans.set(step.newTarget.code, { foundedOn: step.date, endedOn: null, successor: null });
      const target = step.target ?? step.newTarget?.code ?? null;
      for (const source of step.sources) {
        const span = spans.get(source);
        if (!span) continue;
        span.endedOn = step.date;
        span.successor = target && spans.has(target) ? target : null;
      }
    }
    if (step.kind === 'dissolve') {
      const span = spans.get(step.code);
      if (span) span.endedOn = step.date;
    }
  }
  const tree = content.tree;
  const lives: GrassrootsLife[] = [];
  for (const [code, span] of spans) {
    if (span.foundedOn > today) continue;
    const lastDay = span.endedOn ? shiftDays(span.endedOn, -1) : today;
    const name = tree.at(code, lastDay)?.name ?? code;
    const atFounding = ancestors(tree, code, span.foundedOn);
    lives.push({
      code,
      name,
      employer: employerOf(name),
      kind: workplaceKind(name),
      ...span,
      province: provinceAt(tree, code, span.foundedOn)?.replace(/^LDLD-/u, '') ?? 'HN',
      industrialZone: atFounding.some((unit) => unit.type === 'industrial_zone'),
      longBien: span.endedOn === null && ancestors(tree, code, today).some((u) => u.code === LONG_BIEN.code),
    });
  }
  return lives;
}

function ancestors(tree: SimulatedTree, code: string, date: string) {
  const found = [];
  for (let at = tree.at(code, date); at; at = at.parent ? tree.at(at.parent, date) : undefined)
    found.push(at);
  return found;
}

/** Code of the provincial federation above a unit on a date. */
export function provinceAt(tree: SimulatedTree, code: string, date: string): string | undefined {
  return ancestors(tree, code, date).find((unit) => unit.type === 'provincial')?.code;
}

/** Picks where a member transfers to: a live union of the same province, of the same kind if there is one. */
export class TransferTargets {
  private readonly byGroup = new Map<string, GrassrootsLife[]>();
  private readonly groupOf: (province: string) => string;

  constructor(
    private readonly tree: SimulatedTree,
    lives: readonly GrassrootsLife[],
    groupOf: (province: string) => string,
  ) {
    this.groupOf = groupOf;
    for (const life of lives) {
      const group = groupOf(life.province);
      const list = this.byGroup.get(group) ?? [];
      list.push(life);
      this.byGroup.set(group, list);
    }
  }

  pick(random: Random, from: GrassrootsLife, date: string): GrassrootsLife | undefined {
    const province = provinceAt(this.tree, from.code, date);
    const alive = (this.byGroup.get(this.groupOf(from.province)) ?? []).filter(
      (life) =>
        life !== from &&
        life.foundedOn <= date &&
        (life.endedOn === null || life.endedOn > shiftDays(date, 60)) &&
        provinceAt(this.tree, life.code, date) === province,
    );
    if (alive.length === 0) return undefined;
    const sameKind = alive.filter((life) => life.kind === from.kind);
    return random.pick(sameKind.length > 0 && random.next() < 0.85 ? sameKind : alive);
  }
}
