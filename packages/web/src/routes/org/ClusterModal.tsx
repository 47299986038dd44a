// Create or edit an emulation cluster: its name and member units (peers directly under this unit).
import { createClusterBody, type EmulationCluster, type OrgUnitDetail } from '@congdoan/domain';
import { Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { accentFreeFilter } from '../../components/accentFreeFilter.ts';
import { FormActions } from '../../components/form/FormActions.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
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
  // Creating and changing a cluster take the same name and members: both are checked by the creation's schema.
  const form = useSchemaForm({
    schema: createClusterBody,
    initialValues: { name: cluster?.name ?? '', memberIds: cluster?.members.map((m) => String(m.id)) ?? [] },
    toPayload: (values) => ({
      parentUnitId: unit.id,
      year,
      name: values.name.trim(),
      memberIds: values.memberIds.map(Number),
    }),
  });
  // Peers as they stood in that year: at its end for a past year, today otherwise.
  const date = `${year}-12-31` < today ? `${year}-12-31` : today;
  const children = useQuery({
    queryKey: keys.children(unit.id, date),
    queryFn: () => api.org.children({ params: { id: unit.id }, query: { asOf: date } }),
  });
  const options = new Map<string, string>();
  for (const member of cluster?.members ?? []) options.set(String(member.id), member.name);
  for (const child of children.data ?? []) options.set(String(child.id), child.name);

  const save = useMutation({
    mutationFn: ({ name, memberIds }: z.input<typeof createClusterBody>) =>
      cluster
        ? api.clusters.update({ params: { id: cluster.id }, body: { name, memberIds } })
        : api.clusters.create({ body: { parentUnitId: unit.id, year, name, memberIds } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['clusters'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({ color: 'green', message: t('clusters.saved') });
      onClose();
    },
    onError: (error) => showServerErrors(form, error),
  });

  const submit = form.submitWith((body) => {
    const unchanged =
      cluster?.name === body.name &&
      cluster.members.map((member) => member.id).join() === (body.memberIds ?? []).join();
    if (unchanged) onClose();
    else save.mutate(body);
  });

  return (
    <Modal opened onClose={onClose} title={cluster ? t('clusters.edit') : t('clusters.create')} size="lg">
      <Stack gap="sm">
        <TextInput
          data-testid="cluster-name"
          label={t('clusters.name')}
          {...form.getInputProps('name')}
          withAsterisk
        />
        <MultiSelect
          data-testid="cluster-members"
          label={t('clusters.members')}
          description={t('clusters.membersHint', { parent: unit.name })}
          data={[...options].map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('memberIds')}
          searchable
          filter={accentFreeFilter}
          comboboxProps={{ withinPortal: true }}
        />
        <FormActions
          error={save.error}
          errorTestId="cluster-error"
          pending={save.isPending}
          onCancel={onClose}
          onSave={submit}
          saveTestId="cluster-save"
        />
      </Stack>
    </Modal>
  );
}
