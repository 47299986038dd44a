// The organisation drawn as a tree: a unit's children are fetched only when it is opened.
import type { OrgUnitSummary } from '@congdoan/domain';
import { ActionIcon, Box, Button, Group, Loader, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import { errorMessage } from './errors.ts';
import { UnitLink } from './UnitLink.tsx';
import { UnitTypeBadge } from './UnitTypeBadge.tsx';

/** Children shown at first under one node; more on request, so a province of thousands stays quick. */
const PAGE = 100;

interface TreeState {
  asOf: string;
  selectedId: number | undefined;
  expanded: Set<number>;
  toggle: (id: number) => void;
}

const TreeContext = createContext<TreeState | null>(null);
const useTree = () => useContext(TreeContext)!;

export interface UnitTreeProps {
  roots: OrgUnitSummary[];
  asOf: string;
  selectedId?: number;
  /** Ids from the root down to a unit to reveal (its ancestors are opened). */
  revealPath?: number[];
}

export function UnitTree({ roots, asOf, selectedId, revealPath }: UnitTreeProps) {
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set(roots.map((unit) => unit.id)));
  const reveal = revealPath?.slice(0, -1).join('.') ?? '';

  useEffect(() => {
    if (!reveal) return;
    setExpanded((current) => new Set([...current, ...reveal.split('.').map(Number)]));
  }, [reveal]);

  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <TreeContext.Provider value={{ asOf, selectedId, expanded, toggle }}>
      <Box component="ul" data-testid="org-tree" m={0} p={0} style={{ listStyle: 'none' }}>
        {roots.map((unit) => (
          <TreeNode key={unit.id} unit={unit} />
        ))}
      </Box>
    </TreeContext.Provider>
  );
}

function TreeNode({ unit }: { unit: OrgUnitSummary }) {
  const { t } = useTranslation();
  const { expanded, toggle, selectedId } = useTree();
  const open = expanded.has(unit.id);
  const hasChildren = unit.childCount > 0;
  const selected = unit.id === selectedId;
  const row = useRef<HTMLDivElement>(null);
  // Bring the unit being looked at into view once the tree has opened down to it.
  useEffect(() => {
    if (selected) row.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li data-testid="tree-node" data-unit-id={unit.id} data-unit-code={unit.code}>
      <Group ref={row} className="tree-row" data-selected={selected} gap={6} wrap="nowrap" px={4} py={3}>
        {hasChildren ? (
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            onClick={() => toggle(unit.id)}
            aria-label={t('org.expand')}
            aria-expanded={open}
            data-testid="tree-toggle"
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        ) : (
          <Box w={22} style={{ flexShrink: 0 }} />
        )}
        <UnitLink
          unitId={unit.id}
          testId="tree-node-link"
          size="sm"
          c="dark"
          fw={selected ? 600 : 400}
          style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {unit.name}
        </UnitLink>
        <UnitTypeBadge type={unit.type} size="xs" />
        {hasChildren && (
          <Text
            size="xs"
            c="dimmed"
            miw={18}
            ta="right"
            title={t('org.childCount', { count: unit.childCount })}
          >
            {unit.childCount}
          </Text>
        )}
      </Group>
      {open && hasChildren && <TreeChildren parentId={unit.id} />}
    </li>
  );
}

function TreeChildren({ parentId }: { parentId: number }) {
  const { t } = useTranslation();
  const { asOf } = useTree();
  const [shown, setShown] = useState(PAGE);
  const children = useQuery({
    queryKey: keys.children(parentId, asOf),
    queryFn: () => api.org.children({ params: { id: parentId }, query: { asOf } }),
  });
  if (children.isPending) return <Loader size="xs" ml={36} my={4} />;
  if (children.isError)
    return (
      <Text size="xs" c="red" ml={36}>
        {errorMessage(children.error, t)}
      </Text>
    );
  const rest = children.data.length - shown;
  return (
    <ul className="tree-children" style={{ listStyle: 'none' }}>
      {children.data.slice(0, shown).map((child) => (
        <TreeNode key={child.id} unit={child} />
      ))}
      {rest > 0 && (
        <li>
          <Button variant="subtle" size="compact-xs" onClick={() => setShown(shown + PAGE)}>
            {t('org.showMore', { count: Math.min(rest, PAGE) })}
          </Button>
        </li>
      )}
    </ul>
  );
}
