// The restructuring buttons of a unit's page: those the server's `can` allows on this unit.
import type { OrgUnitView } from '@congdoan/domain';
import { Button, Group, Text } from '@mantine/core';
import {
  IconArrowsSplit,
  IconArrowsTransferUp,
  IconCirclePlus,
  IconGitMerge,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DissolveUnitModal } from './DissolveUnitModal.tsx';
import { FoundUnitModal } from './FoundUnitModal.tsx';
import { MergeUnitsModal } from './MergeUnitsModal.tsx';
import { MoveUnitModal } from './MoveUnitModal.tsx';
import { SplitUnitModal } from './SplitUnitModal.tsx';
import { UpdateUnitModal } from './UpdateUnitModal.tsx';

const ACTIONS = {
  found: { icon: IconCirclePlus, modal: FoundUnitModal },
  update: { icon: IconPencil, modal: UpdateUnitModal },
  move: { icon: IconArrowsTransferUp, modal: MoveUnitModal },
  merge: { icon: IconGitMerge, modal: MergeUnitsModal },
  split: { icon: IconArrowsSplit, modal: SplitUnitModal },
  dissolve: { icon: IconTrash, modal: DissolveUnitModal },
} as const;

type ActionKey = keyof typeof ACTIONS;

export function UnitActions({ unit }: { unit: OrgUnitView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionKey | null>(null);
  const allowed = (Object.keys(ACTIONS) as ActionKey[]).filter((key) => unit.can[key]);
  if (allowed.length === 0) {
    // A dissolved unit takes no change, whatever one's rights: say why there is nothing to do.
    return unit.status === 'dissolved' ? (
      <Text size="sm" c="dimmed">
        {t('actions.dissolvedNote')}
      </Text>
    ) : null;
  }
  const Modal = open ? ACTIONS[open].modal : null;
  return (
    <>
      <Group gap={6} data-testid="unit-actions">
        {allowed.map((key) => {
          const Icon = ACTIONS[key].icon;
          return (
            <Button
              key={key}
              size="xs"
              variant={key === 'found' ? 'filled' : 'light'}
              color={key === 'dissolve' ? 'red' : undefined}
              leftSection={<Icon size={16} />}
              onClick={() => setOpen(key)}
              data-testid={`action-${key}`}
            >
              {t(`actions.${key}`)}
            </Button>
          );
        })}
      </Group>
      {Modal && <Modal unit={unit} onClose={() => setOpen(null)} />}
    </>
  );
}
