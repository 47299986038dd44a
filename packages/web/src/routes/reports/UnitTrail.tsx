// The way back up from a unit a period's view has drilled into: its ancestors from where the user's view
// starts (their own unit, or the issuer), each a link that keeps the tab.
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnit } from '../../components/useUnit.ts';

/** Ancestors of the unit shown, from where the user's view starts down to it. */
export function Trail({ unitId, unitName, rootId }: { unitId: number; unitName: string; rootId?: number }) {
  const { t } = useTranslation();
  const unit = useUnit(unitId);
  const ancestors = unit.data?.ancestors ?? [];
  const start = rootId === undefined ? -1 : ancestors.findIndex((ancestor) => ancestor.id === rootId);
  const above = start >= 0 ? ancestors.slice(start) : [];
  const link = (id: number, name: string) => (
    <Anchor
      key={id}
      size="sm"
      renderRoot={(props) => (
        <Link
          {...props}
          from="/reports/$periodId"
          to="."
          search={(prev) => ({ ...prev, unitId: id === rootId ? undefined : id })}
        />
      )}
      data-testid="rollup-trail-link"
    >
      {name}
    </Anchor>
  );
  return (
    <Breadcrumbs separator="›" aria-label={t('reports.rollup.trail')} data-testid="rollup-trail">
      {above.map((ancestor) => link(ancestor.id, ancestor.name))}
      <Text size="sm" fw={600}>
        {unitName}
      </Text>
    </Breadcrumbs>
  );
}
