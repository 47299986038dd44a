// Labels for the congress codes (status, level, kind, bodies, positions, documents) and how a cycle is written.
import {
  type CongressLevel,
  type CongressStatus,
  type ElectedBody,
  type Fraction,
  fractionValue,
} from '@congdoan/domain';
import type { TFunction } from 'i18next';

export const congressStatusLabel = (t: TFunction, status: CongressStatus) => t(`congressStatus.${status}`);
export const congressLevelLabel = (t: TFunction, level: CongressLevel) => t(`congressLevel.${level}`);
export const congressKindLabel = (t: TFunction, kind: 'allMember' | 'delegate') => t(`congress.kind.${kind}`);
export const electedBodyLabel = (t: TFunction, body: ElectedBody) => t(`electedBody.${body}`);
export const positionLabel = (t: TFunction, position: 'chair' | 'viceChair' | 'standingMember' | 'member') =>
  t(`congress.position.${position}`);
export const documentKindLabel = (
  t: TFunction,
  kind: 'politicalReport' | 'personnelPlan' | 'resolution' | 'minutes' | 'other',
) => t(`congress.documentKind.${kind}`);

const STATUS_COLORS: Record<CongressStatus, string> = {
  planned: 'gray',
  scheduled: 'blue',
  held: 'teal',
  recognised: 'green',
};
export const congressStatusColor = (status: CongressStatus) => STATUS_COLORS[status];

/** "2023-2028" as it is written on screen: "2023–2028". */
export const formatCycle = (cycle: string) => cycle.replace('-', '–');

/** A rule's fraction as words use it: 1/2, 2/3. */
export function fractionOf(value: unknown): Fraction | null {
  const parsed = fractionValue.safeParse(value);
  return parsed.success ? parsed.data : null;
}
