// A member's status as a coloured badge (active, transferred out, left, expelled, deceased).
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { memberStatusColor, memberStatusLabel } from './memberLabels.ts';

export function MemberStatusBadge({
  status,
  testId = 'member-status',
  ...props
}: { status: string; testId?: string } & Omit<BadgeProps, 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === 'active' ? 'light' : 'filled'}
      color={memberStatusColor(status)}
      data-testid={testId}
      data-status={status}
      {...props}
    >
      {memberStatusLabel(t, status)}
    </Badge>
  );
}
