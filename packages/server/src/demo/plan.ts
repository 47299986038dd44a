// The demo as a list of dated restructuring steps keyed by unit code, built before anything touches the
// database, so the content can be checked on its own and then replayed through the org service in date order.
import { DEFAULT_UNIT_TYPES, type UnitTypeCode } from '@congdoan/domain';
import { ROOT_UNIT } from '../modules/org/index.ts';

export interface StepEvent {
  date: string;
  reason: string;
  documentNumber?: string;
}

export interface NewUnit {
  code: string;
  name: string;
  shortName?: string;
  type: UnitTypeCode;
  /** Code of the parent unit. */
  parent: string;
}

export type PlanStep =
  | (StepEvent & NewUnit & { kind: 'found' })
  | (StepEvent & { kind: 'update'; code: string; name?: string; shortName?: string; type?: UnitTypeCode })
  | (StepEvent & { kind: 'move'; code: string; parent: string })
  | (StepEvent & { kind: 'merge'; sources: string[]; target?: string; newTarget?: NewUnit })
  | (StepEvent & { kind: 'dissolve'; code: string; childrenTo?: string });

/** Collects steps in any order; `ordered()` hands them out by date, keeping the order of a day as added. */
export class DemoPlan {
  private readonly steps: PlanStep[] = [];

  add(step: PlanStep): void {
    this.steps.push(step);
  }

  found(event: StepEvent, unit: NewUnit): string {
    this.add({ kind: 'found', ...event, ...unit });
    return unit.code;
  }

  move(event: StepEvent, code: string, parent: string): void {
    this.add({ kind: 'move', ...event, code, parent });
  }

  /** Ends a unit; its remaining children, if any, go to `childrenTo` in the same event. */
  dissolve(event: StepEvent, code: string, childrenTo?: string): void {
    this.add({ kind: 'dissolve', ...event, code, ...(childrenTo ? { childrenTo } : {}) });
  }

  ordered(): PlanStep[] {
    return this.steps
      .map((step, index) => ({ step, index }))
      .sort((a, b) => (a.step.date === b.step.date ? a.index - b.index : a.step.date < b.step.date ? -1 : 1))
      .map(({ step }) => step);
  }
}

interface SimVersion {
  from: string;
  to: string | null;
  name: string;
  type: UnitTypeCode;
  parent: string | null;
}

export interface SimUnit {
  code: string;
  name: string;
  type: UnitTypeCode;
  parent: string | null;
}

const typeConfig = new Map(DEFAULT_UNIT_TYPES.map((type) => [type.code, type]));

/**
 * Replays the steps in memory with the rules the org service enforces (parents alive, allowed parent
 * types, no closed type founded, no cycles, nothing done to an ended unit), so a mistake in the demo
 * content shows up in a fast test, and answers "what did the tree look like on a date".
 */
export class SimulatedTree {
  private readonly versions = new Map<string, SimVersion[]>();

  constructor(steps: readonly PlanStep[] = []) {
    this.versions.set(ROOT_UNIT.code, [
      { from: ROOT_UNIT.foundedOn, to: null, name: ROOT_UNIT.name, type: 'national', parent: null },
    ]);
    let last = '';
    for (const step of steps) {
      if (step.date < last) throw new Error(`steps out of date order at ${describe(step)}`);
      last = step.date;
      this.apply(step);
    }
  }

  /** The unit as of a date, or undefined when it did not exist then. */
  at(code: string, date: string): SimUnit | undefined {
    const version = this.versions.get(code)?.find((v) => v.from <= date && (v.to === null || v.to > date));
    return version && { code, name: version.name, type: version.type, parent: version.parent };
  }

  unitsAt(date: string): SimUnit[] {
    const units: SimUnit[] = [];
    for (const code of this.versions.keys()) {
      const unit = this.at(code, date);
      if (unit) units.push(unit);
    }
    return units;
  }

  childrenAt(code: string, date: string): SimUnit[] {
    return this.unitsAt(date).filter((unit) => unit.parent === code);
  }

  /** Every code that ever existed, in the order it was founded. */
  codes(): string[] {
    return [...this.versions.keys()];
  }

  private current(code: string, date: string, step: PlanStep): SimVersion {
    const list = this.versions.get(code);
    const latest = list?.[list.length - 1];
    if (!latest || latest.to !== null)
      throw new Error(`${code} does not exist or has ended: ${describe(step)}`);
    if (latest.from > date) throw new Error(`${code} changed after ${date}: ${describe(step)}`);
    return latest;
  }

  private change(code: string, date: string, step: PlanStep, patch: Partial<SimVersion>): void {
    const latest = this.current(code, date, step);
    const next = { ...latest, ...patch, from: date, to: null };
    if (next.parent) this.checkParent(next.type, next.parent, date, step, code);
    const list = this.versions.get(code)!;
    if (latest.from === date) list[list.length - 1] = next;
    else {
      latest.to = date;
      list.push(next);
    }
  }

  private end(code: string, date: string, step: PlanStep): void {
    const latest = this.current(code, date, step);
    if (this.childrenAt(code, date).length > 0)
      throw new Error(`${code} still has children: ${describe(step)}`);
    if (latest.from === date) this.versions.get(code)!.pop();
    else latest.to = date;
  }

  private moveChildren(from: string, to: string, step: PlanStep): void {
    for (const child of this.childrenAt(from, step.date))
      this.change(child.code, step.date, step, { parent: to });
  }

  private checkParent(type: UnitTypeCode, parent: string, date: string, step: PlanStep, code?: string): void {
    const parentUnit = this.current(parent, date, step);
    if (!typeConfig.get(type)?.allowedParentTypes.includes(parentUnit.type))
      throw new Error(`${type} may not sit under ${parentUnit.type}: ${describe(step)}`);
    for (let at: string | null = parent; at; at = this.at(at, date)?.parent ?? null) {
      if (at === code) throw new Error(`${code} would sit under its own descendant: ${describe(step)}`);
    }
  }

  private create(unit: NewUnit, date: string, step: PlanStep): void {
    if (this.versions.has(unit.code)) throw new Error(`duplicate code ${unit.code}`);
    const closedFrom = typeConfig.get(unit.type)?.closedFrom;
    if (closedFrom && date >= closedFrom) throw new Error(`type ${unit.type} is closed: ${describe(step)}`);
    this.checkParent(unit.type, unit.parent, date, step);
    this.versions.set(unit.code, [
      { from: date, to: null, name: unit.name, type: unit.type, parent: unit.parent },
    ]);
  }

  private apply(step: PlanStep): void {
    switch (step.kind) {
      case 'found':
        this.create(step, step.date, step);
        return;
      case 'update':
        this.change(step.code, step.date, step, {
          ...(step.name ? { name: step.name } : {}),
          ...(step.type ? { type: step.type } : {}),
        });
        return;
      case 'move':
        this.change(step.code, step.date, step, { parent: step.parent });
        return;
      case 'dissolve':
        if (step.childrenTo) this.moveChildren(step.code, step.childrenTo, step);
        this.end(step.code, step.date, step);
        return;
      case 'merge': {
        if (step.newTarget) this.create(step.newTarget, step.date, step);
        const target = step.target ?? step.newTarget?.code;
        if (!target) throw new Error(`merge without a target: ${describe(step)}`);
        // a merged unit's children follow it into the receiving unit
        for (const source of step.sources) {
          this.moveChildren(source, target, step);
          this.end(source, step.date, step);
        }
        return;
      }
    }
  }
}

function describe(step: PlanStep): string {
  const subject = 'code' in step ? step.code : step.sources.join('+');
  return `${step.kind} ${subject} on ${step.date}`;
}

/** Numbers deciding documents in sequence, e.g. "Quyết định số 1581/QĐ-LĐLĐ". */
export class DecisionNumbers {
  constructor(private next = 101) {}

  decision(issuer = 'LĐLĐ'): string {
    return `Quyết định số ${this.next++}/QĐ-${issuer}`;
  }
}

/** 1/7/2025: districts, local sector and civil servants' unions closed, commune unions opened, 63 provinces became 34. */
export const RESTRUCTURING_DATE = '2025-07-01';
export const RESTRUCTURING_REASON = 'Sắp xếp tổ chức công đoàn theo mô hình chính quyền địa phương hai cấp';
export const PROVINCE_MERGER_DOCUMENT = 'Nghị quyết 202/2025/QH15';
