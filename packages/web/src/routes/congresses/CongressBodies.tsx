// The congress's working bodies (presidium, secretariat, credentials and counting boards), its subcommittees
// and its guests: name lists shown on the page and edited together in one form.
import type { Congress } from '@congdoan/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { congressesApi } from '../../api/congresses.ts';
import { errorMessage } from '../../components/errors.ts';

const BODIES = ['presidium', 'secretariat', 'credentialsBoard', 'countingBoard'] as const;
type BodyKey = (typeof BODIES)[number];

function NameList({ label, names, testId }: { label: string; names: string[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{names.length ? names.join(', ') : t('congress.bodies.empty')}</Text>
    </div>
  );
}

export function CongressBodies({ congress, canWrite }: { congress: Congress; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="congress-bodies">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('congress.bodies.title')}
        </Title>
        {canWrite && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            data-testid="bodies-edit"
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        {BODIES.map((body) => (
          <NameList
            key={body}
            label={t(`congress.bodies.${body}`)}
            names={congress.bodies[body]}
            testId={`body-${body}`}
          />
        ))}
      </SimpleGrid>
      <Stack gap="xs" mt="sm">
        {congress.subcommittees.map((subcommittee) => (
          <NameList
            key={subcommittee.name}
            label={t('congress.bodies.subcommittee', { name: subcommittee.name })}
            names={subcommittee.members}
            testId="congress-subcommittee"
          />
        ))}
        <NameList label={t('congress.bodies.guests')} names={congress.guests} testId="congress-guests" />
      </Stack>
      {editing && <BodiesModal congress={congress} onClose={() => setEditing(false)} />}
    </Paper>
  );
}

function BodiesModal({ congress, onClose }: { congress: Congress; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const [bodies, setBodies] = useState<Record<BodyKey, string[]>>({ ...congress.bodies });
  // Each row keeps a key of its own, so removing one does not shift the others' inputs.
  const [subcommittees, setSubcommittees] = useState(() =>
    congress.subcommittees.map((item, index) => ({ ...item, key: index })),
  );
  const [guests, setGuests] = useState(congress.guests);
  const save = useMutation({
    mutationFn: () =>
      congressesApi.update(congress.id, {
        bodies,
        subcommittees: subcommittees
          .map((item) => ({ name: item.name.trim(), members: item.members }))
          .filter((item) => item.name),
        guests,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.bodies.saved') });
      onClose();
    },
  });
  const setSubcommittee = (key: number, next: { name?: string; members?: string[] }) =>
    setSubcommittees((list) => list.map((item) => (item.key === key ? { ...item, ...next } : item)));
  return (
    <Modal opened onClose={onClose} title={t('congress.bodies.title')} size="lg" fullScreen={phone}>
      <Stack gap="sm" data-testid="bodies-modal">
        <Text size="xs" c="dimmed">
          {t('congress.bodies.hint')}
        </Text>
        {BODIES.map((body) => (
          <TagsInput
            key={body}
            data-testid={`bodies-${body}`}
            label={t(`congress.bodies.${body}`)}
            value={bodies[body]}
            onChange={(names) => setBodies((previous) => ({ ...previous, [body]: names }))}
            splitChars={[',', ';']}
            clearable
          />
        ))}
        <Text size="sm" fw={500}>
          {t('congress.bodies.subcommittees')}
        </Text>
        {subcommittees.map((subcommittee) => (
          <Paper key={subcommittee.key} withBorder radius="md" p="xs" data-testid="bodies-subcommittee">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('congress.bodies.subcommitteeName')}
                value={subcommittee.name}
                onChange={(event) => setSubcommittee(subcommittee.key, { name: event.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('common.remove')}
                onClick={() =>
                  setSubcommittees((list) => list.filter((item) => item.key !== subcommittee.key))
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <TagsInput
              mt={4}
              label={t('congress.bodies.subcommitteeMembers')}
              value={subcommittee.members}
              onChange={(members) => setSubcommittee(subcommittee.key, { members })}
              splitChars={[',', ';']}
            />
          </Paper>
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            setSubcommittees((list) => [
              ...list,
              { name: '', members: [], key: Math.max(0, ...list.map((item) => item.key + 1)) },
            ])
          }
          data-testid="bodies-add-subcommittee"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('congress.bodies.addSubcommittee')}
        </Button>
        <TagsInput
          data-testid="bodies-guests"
          label={t('congress.bodies.guests')}
          value={guests}
          onChange={setGuests}
          splitChars={[';']}
          clearable
        />
        {save.isError && (
          <Alert color="red" data-testid="bodies-error">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()} data-testid="bodies-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
