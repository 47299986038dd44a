// Create or edit an emulation cluster: its name and member units (peers directly under this unit).
import type { EmulationCluster, OrgUnitDetail } from '@congdoan/domain';
import { Alert, Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clustersApi } from '../../api/clusters.ts';
import { keys } from '../../api/keys.ts';
import { orgApi } from '../../api/org.ts';
import { accentFreeFilter } from '../../components/accentFreeFilter.ts';
import { errorMessage } from '../../components/errors.ts';
import { useAsOf } from '../../components/useAsOf.ts';

export interface ClusterModalProps {
  unit: OrgUnitDetail;
  year: number;
  cluster: EmulationCluster | null;
  onClose: () => void;
}

export function ClusterModal({ unit, year, cluster, onClose }: ClusterModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { today } = useAsOf();
  const [name, setName] = useState(cluster?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(cluster?.members.map((m) => String(m.id)) ?? []);
  const [touched, setTouched] = useState(false);
  // Peers as they stood in that year: at its end for a past year, today otherwise.
  const date = `${year}-12-31` < today ? `${year}-12-31` : today;
  const children = useQuery({
    queryKey: keys.children(unit.id, date),
    queryFn: () => orgApi.children(unit.id, date),
  });
  const options = new Map<string, string>();
  for (const member of cluster?.members ?? []) options.set(String(member.id), member.name);
  for (const child of children.data ?? []) options.set(String(child.id), child.name);

  const save = useMutation({
    mutationFn: () => {
      const ids = memberIds.map(Number);
      return cluster
        ? clustersApi.update(cluster.id, { name: name.trim(), memberIds: ids })
        : clustersApi.create({ parentUnitId: unit.id, year, name: name.trim(), memberIds: ids });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['clusters'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('clusters.saved') });
      onClose();
    },
  });

  return (
    <Modal opened onClose={onClose} title={cluster ? t('clusters.edit') : t('clusters.create')} size="lg">
      <Stack gap="sm">
        <TextInput
          data-testid="cluster-name"
          label={t('clusters.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={touched && !name.trim() ? t('common.required') : undefined}
          withAsterisk
        />
        <MultiSelect
          data-testid="cluster-members"
          label={t('clusters.members')}
          description={t('clusters.membersHint', { parent: unit.name })}
          data={[...options].map(([value, label]) => ({ value, label }))}
          value={memberIds}
          onChange={setMemberIds}
          searchable
          filter={accentFreeFilter}
          comboboxProps={{ withinPortal: true }}
        />
        {save.isError && (
          <Alert color="red" data-testid="cluster-error">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            data-testid="cluster-save"
            loading={save.isPending}
            onClick={() => {
              setTouched(true);
              const unchanged =
                cluster?.name === name.trim() &&
                cluster.members.map((member) => String(member.id)).join() === memberIds.join();
              if (unchanged) onClose();
              else if (name.trim()) save.mutate();
            }}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
