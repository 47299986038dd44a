// The emulation clusters a unit runs among the units under it, for a chosen year.
import { type EmulationClusterRow, type OrgUnitView, todayInVietnam } from '@congdoan/domain';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { UnitLink } from '../../components/UnitLink.tsx';
import { ClusterModal } from './ClusterModal.tsx';

export function ClustersTab({ unit }: { unit: OrgUnitView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<EmulationClusterRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<EmulationClusterRow | null>(null);
  const clusters = useQuery({
    queryKey: keys.clusters(unit.id, year),
    queryFn: () => api.clusters.list({ query: { parentId: unit.id, year } }),
  });
  const remove = useMutation({
    mutationFn: (cluster: EmulationClusterRow) => api.clusters.remove({ params: { id: cluster.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['clusters'] });
      notifications.show({ color: 'green', message: t('clusters.deleted') });
      setDeleting(null);
    },
  });
  const years = Array.from({ length: 8 }, (_, index) => String(thisYear + 1 - index));

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Select
          data-testid="cluster-year"
          label={t('clusters.year')}
          data={years}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={120}
        />
        {unit.can.manageClusters && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="cluster-create"
            mt="lg"
          >
            {t('clusters.create')}
          </Button>
        )}
      </Group>
      {clusters.isPending && <Loader size="sm" />}
      {clusters.isError && <Text c="red">{errorMessage(clusters.error, t)}</Text>}
      {clusters.data?.length === 0 && <Text c="dimmed">{t('clusters.none', { year })}</Text>}
      {clusters.data?.map((cluster) => (
        <Paper key={cluster.id} withBorder radius="md" p="sm" data-testid="cluster-item">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={6} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Title order={3} size="h5">
                  {cluster.name}
                </Title>
                <Badge variant="light">{t('clusters.memberCount', { count: cluster.members.length })}</Badge>
              </Group>
              <Group gap={6}>
                {cluster.members.map((member) => (
                  <Badge key={member.id} variant="outline" color="gray" radius="sm">
                    <UnitLink unitId={member.id} size="xs" c="dark">
                      {member.name}
                    </UnitLink>
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Group gap={4} wrap="nowrap">
              {cluster.can.update && (
                <ActionIcon
                  variant="subtle"
                  aria-label={t('clusters.edit')}
                  onClick={() => setEditing(cluster)}
                  data-testid="cluster-edit"
                >
                  <IconPencil size={16} />
                </ActionIcon>
              )}
              {cluster.can.remove && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('clusters.delete')}
                  onClick={() => setDeleting(cluster)}
                  data-testid="cluster-delete"
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          </Group>
        </Paper>
      ))}
      {editing && (
        <ClusterModal
          unit={unit}
          year={year}
          cluster={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal opened={Boolean(deleting)} onClose={() => setDeleting(null)} title={t('clusters.delete')}>
        <Stack>
          <Text>{t('clusters.deleteConfirm', { name: deleting?.name ?? '' })}</Text>
          {remove.isError && <Alert color="red">{errorMessage(remove.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => deleting && remove.mutate(deleting)}
              data-testid="cluster-delete-confirm"
            >
              {t('common.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
