// A link to a unit's page that keeps the "as of" date being looked at.
import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';
import { useAsOf } from './useAsOf.ts';

export function UnitLink({
  unitId,
  children,
  testId,
  ...props
}: {
  unitId: number;
  children: ReactNode;
  testId?: string;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
} & AnchorProps) {
  const { asOf, isToday } = useAsOf();
  return (
    <Anchor
      renderRoot={(rootProps) => (
        <Link
          {...rootProps}
          to="/org/$unitId"
          params={{ unitId: String(unitId) }}
          search={{ asOf: isToday ? undefined : asOf }}
        />
      )}
      data-testid={testId}
      {...props}
    >
      {children}
    </Anchor>
  );
}
