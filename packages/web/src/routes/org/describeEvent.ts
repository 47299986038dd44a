// A history event in words, from the unit's point of view ("Chuyển từ A sang B", "Sáp nhập vào C").
import { type Locale, type OrgEvent, UNIT_TYPE_CODES, type UnitTypeCode } from '@congdoan/domain';
import type { TFunction } from 'i18next';
import { joinNames } from '../../components/format.ts';
import { eventKindLabel, unitTypeLabel } from '../../components/labels.ts';

type Details = Record<string, unknown>;

const isUnitType = (value: unknown): value is UnitTypeCode =>
  typeof value === 'string' && (UNIT_TYPE_CODES as readonly string[]).includes(value);

/** The name in a detail: a string, or an object carrying `name`. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string')
    return value.name;
  return undefined;
}

function namesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(nameOf).filter((name): name is string => Boolean(name));
}

/** A type in a detail: a type code, or an object carrying `type`. */
function typeOf(value: unknown, t: TFunction): string | undefined {
  if (isUnitType(value)) return unitTypeLabel(t, value);
  if (value && typeof value === 'object' && 'type' in value && isUnitType(value.type)) {
    return unitTypeLabel(t, value.type);
  }
  return undefined;
}

export function describeEvent(event: OrgEvent, unitId: number, t: TFunction, language: Locale): string {
  const main = describeUnitChange(event, unitId, t, language);
  const members = describeMembers(event, unitId, t);
  return members ? `${main}; ${members}` : main;
}

/** What a merge, split or dissolution did with the members, for the unit that ended or received them. */
function describeMembers(event: OrgEvent, unitId: number, t: TFunction): string | null {
  const details: Details = event.details ?? {};
  const count = (value: unknown) => (typeof value === 'number' ? value : 0);
  const ended = count(details.membershipsEnded);
  if (event.kind === 'dissolve' && event.role === 'subject' && ended > 0) {
    return t('history.membershipsEnded', { count: ended });
  }
  // A merge counts each source's members apart; the target received them all.
  const bySource = details.membersBySource as Record<string, unknown> | undefined;
  const moved =
    event.role === 'source' && bySource ? count(bySource[String(unitId)]) : count(details.membersMoved);
  if (moved === 0 || event.role === 'child') return null;
  const membersTo = details.membersTo as Details | null | undefined;
  const receiver =
    nameOf(membersTo) ??
    (event.kind === 'merge' || event.kind === 'consolidate' ? nameOf(details.target) : undefined);
  if (event.role === 'target' || (event.role === 'part' && membersTo?.id === unitId)) {
    return t('history.membersReceived', { count: moved });
  }
  if (event.role === 'source' || event.role === 'subject') {
    return receiver ? t('history.membersMoved', { count: moved, to: receiver }) : null;
  }
  return null;
}

function describeUnitChange(event: OrgEvent, unitId: number, t: TFunction, language: Locale): string {
  const details: Details = event.details ?? {};
  const unknown = t('org.unknownUnit');
  const list = (value: unknown) => joinNames(namesOf(value), language) || unknown;
  switch (event.kind) {
    case 'found': {
      const parent = nameOf(details.parent);
      return parent ? t('history.found', { parent }) : t('history.foundPlain');
    }
    case 'rename':
    case 'retype': {
      const parts: string[] = [];
      const [before, after] = [nameOf(details.before), nameOf(details.after)];
      if (before !== after) {
        parts.push(t('history.rename', { before: before ?? unknown, after: after ?? unknown }));
      }
      const [typeBefore, typeAfter] = [typeOf(details.before, t), typeOf(details.after, t)];
      if (typeBefore !== typeAfter) {
        parts.push(t('history.retype', { before: typeBefore ?? unknown, after: typeAfter ?? unknown }));
      }
      return parts.join('; ') || eventKindLabel(t, event.kind);
    }
    case 'move':
      if (event.role === 'child') return childMoved(event, unitId, t, unknown);
      return t('history.move', {
        from: nameOf(details.fromParent) ?? unknown,
        to: nameOf(details.toParent) ?? unknown,
      });
    case 'merge':
    case 'consolidate': {
      const prefix = event.kind === 'merge' ? 'merge' : 'consolidate';
      if (event.role === 'source')
        return t(`history.${prefix}Source`, { target: nameOf(details.target) ?? unknown });
      if (event.role === 'child') return childMoved(event, unitId, t, unknown);
      return t(`history.${prefix}Target`, { sources: list(details.sources) });
    }
    case 'split':
      if (event.role === 'part') return t('history.splitPart', { source: nameOf(details.source) ?? unknown });
      if (event.role === 'child') return childMoved(event, unitId, t, unknown);
      return t(details.keepSource ? 'history.splitSourceKept' : 'history.splitSource', {
        parts: list(details.parts),
      });
    case 'dissolve': {
      if (event.role === 'child') return childMoved(event, unitId, t, unknown);
      const to = nameOf(details.childrenTo);
      return to ? t('history.dissolveChildren', { to }) : t('history.dissolve');
    }
    default:
      return t('history.generic', { kind: eventKindLabel(t, event.kind) });
  }
}

/** A unit that changed place because its parent was merged, split or dissolved. */
function childMoved(event: OrgEvent, unitId: number, t: TFunction, unknown: string): string {
  const children = Array.isArray(event.details.children) ? event.details.children : [];
  const entry = children.find(
    (child): child is Details => Boolean(child) && typeof child === 'object' && child.id === unitId,
  );
  const cause =
    event.kind === 'dissolve' || event.kind === 'split' || event.kind === 'consolidate'
      ? event.kind
      : 'merge';
  return t('history.childMoved', {
    from: nameOf(entry?.fromParent) ?? unknown,
    to:
      nameOf(entry?.toParent) ?? nameOf(event.details.childrenTo) ?? nameOf(event.details.target) ?? unknown,
    cause: t(`history.cause.${cause}`),
  });
}
