// What the tree tells the rest of the system when it is restructured, so that org imports none of the
// modules that follow it. Each event (events/*.ts) publishes what happened once the tree has its new shape;
// subscribers (members, committees, every later capability) act inside the same transaction, in the order
// they subscribed, and a refusal from one rolls the whole event back.
import type { UnitTypeCode } from '@congdoan/domain';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';

/** A unit named in an event, as it stood on the effective date. */
export interface UnitRef {
  unitId: number;
  name: string;
}

/** A unit's own fields that a rename or retype changes. */
export interface UnitLabel {
  name: string;
  shortName: string | null;
  type: UnitTypeCode;
}

interface EventBase {
  eventId: number;
  effectiveDate: string;
  reason: string;
  documentNumber: string | null;
  /** Who recorded it; null for the system (demo seeding). */
  actor: Actor | null;
  /** The units that ceased on the effective date. */
  ended: UnitRef[];
}

export type RestructureEvent = EventBase &
  (
    | { kind: 'found'; unit: UnitRef; parent: UnitRef }
    | { kind: 'rename' | 'retype'; unit: UnitRef; before: UnitLabel; after: UnitLabel }
    | { kind: 'move'; unit: UnitRef; fromParent: UnitRef; toParent: UnitRef }
    /** The sources end, deepest first; their children and members go to the target. */
    | { kind: 'merge' | 'consolidate'; sources: UnitRef[]; target: UnitRef }
    /** New parts take some children; the source's members go to `membersTo` when the caller named one. */
    | { kind: 'split'; source: UnitRef; keepSource: boolean; parts: UnitRef[]; membersTo: UnitRef | null }
    /** The unit ends; its members go to `membersTo`, or with none their memberships end that day. */
    | { kind: 'dissolve'; unit: UnitRef; childrenTo: UnitRef | null; membersTo: UnitRef | null }
  );

export type RestructureHandler = (tx: Tx, event: RestructureEvent) => Promise<void>;

// A set: subscribing twice (an app built again in the same process) keeps one subscription, in its place.
const handlers = new Set<RestructureHandler>();

/** Subscribes to every restructuring event; called once per module at app build. */
export function onRestructure(handler: RestructureHandler): void {
  handlers.add(handler);
}

/** Runs every subscriber on the event, in subscription order, inside the event's transaction. */
export async function publishRestructure(tx: Tx, event: RestructureEvent): Promise<void> {
  for (const handler of handlers) await handler(tx, event);
}
