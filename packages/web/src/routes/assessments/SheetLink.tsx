// A link to a grassroots union's assessment sheet for a year.
import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function SheetLink({
  unitId,
  year,
  children,
  testId,
  ...props
}: { unitId: number; year: number; children: ReactNode; testId?: string } & AnchorProps) {
  return (
    <Anchor
      renderRoot={(rootProps) => (
        <Link
          {...rootProps}
          to="/assessments/$unitId/$year"
          params={{ unitId: String(unitId), year: String(year) }}
        />
      )}
      data-testid={testId}
      {...props}
    >
      {children}
    </Anchor>
  );
}
