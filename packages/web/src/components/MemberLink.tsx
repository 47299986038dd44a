// A link to a member's page.
import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';

export function MemberLink({
  memberId,
  children,
  testId,
  ...props
}: {
  memberId: number | string;
  children: ReactNode;
  testId?: string;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
} & AnchorProps) {
  return (
    <Anchor
      renderRoot={(rootProps) => (
        <Link {...rootProps} to="/members/$memberId" params={{ memberId: String(memberId) }} />
      )}
      data-testid={testId}
      {...props}
    >
      {children}
    </Anchor>
  );
}
