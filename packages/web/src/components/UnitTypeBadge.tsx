// A unit's type as a coloured badge: short label, full label on hover; colour by level of the tree.
import type { UnitTypeCode } from '@congdoan/domain';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unitTypeColor, unitTypeLabel, unitTypeShortLabel } from './labels.ts';

export function UnitTypeBadge({
  type,
  full = false,
  ...props
}: { type: UnitTypeCode; full?: boolean } & Omit<BadgeProps, 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={unitTypeColor(type)}
      radius="sm"
      title={unitTypeLabel(t, type)}
      data-testid="unit-type-badge"
      data-type={type}
      style={{ flexShrink: 0 }}
      {...props}
    >
      {full ? unitTypeLabel(t, type) : unitTypeShortLabel(t, type)}
    </Badge>
  );
}
