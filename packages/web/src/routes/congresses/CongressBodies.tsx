// The congress's working bodies (presidium, secretariat, credentials and counting boards), its subcommittees
// and its guests: name lists shown on the page and edited together in one form, checked by the update's
// domain schema.
import { type Congress, updateCongressBody } from '@congdoan/domain';
import {
  ActionIcon,
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
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { FormActions } from '../../components/form/FormActions.tsx';
import { showServerErrors, useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { errorUnder } from './draft.ts';

const BODIES = ['presidium', 'secretariat', 'credentialsBoard', 'countingBoard'] as const;

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

export function CongressBodies({ congress }: { congress: Congress }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="congress-bodies">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('congress.bodies.title')}
        </Title>
        {congress.can.editBodies && (
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
  const form = useSchemaForm({
    schema: updateCongressBody,
    initialValues: {
      bodies: { ...congress.bodies },
      // Each row keeps a key of its own, so removing one does not shift the others' inputs.
      subcommittees: congress.subcommittees.map((item, index) => ({ ...item, key: index })),
      guests: congress.guests,
    },
    toPayload: (values) => ({
      bodies: values.bodies,
      subcommittees: values.subcommittees
        .map((item) => ({ name: item.name.trim(), members: item.members }))
        .filter((item) => item.name),
      guests: values.guests,
    }),
  });
  const { bodies, subcommittees, guests } = form.getValues();
  const save = useMutation({
    mutationFn: (body: z.input<typeof updateCongressBody>) =>
      api.congresses.update({ params: { id: congress.id }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.bodies.saved') });
      onClose();
    },
    onError: (error) => showServerErrors(form, error),
  });
  const setSubcommittee = (key: number, next: { name?: string; members?: string[] }) =>
    form.setFieldValue(
      'subcommittees',
      subcommittees.map((item) => (item.key === key ? { ...item, ...next } : item)),
    );
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
            onChange={(names) => form.setFieldValue(`bodies.${body}`, names)}
            error={errorUnder(form.errors, `bodies.${body}`)}
            splitChars={[',', ';']}
            clearable
          />
        ))}
        <Text size="sm" fw={500}>
          {t('congress.bodies.subcommittees')}
        </Text>
        {subcommittees.map((subcommittee, index) => (
          <Paper key={subcommittee.key} withBorder radius="md" p="xs" data-testid="bodies-subcommittee">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('congress.bodies.subcommitteeName')}
                value={subcommittee.name}
                onChange={(event) => setSubcommittee(subcommittee.key, { name: event.currentTarget.value })}
                error={errorUnder(form.errors, `subcommittees.${index}.name`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('common.remove')}
                onClick={() =>
                  form.setFieldValue(
                    'subcommittees',
                    subcommittees.filter((item) => item.key !== subcommittee.key),
                  )
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
              error={errorUnder(form.errors, `subcommittees.${index}.members`)}
              splitChars={[',', ';']}
            />
          </Paper>
        ))}
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            form.setFieldValue('subcommittees', [
              ...subcommittees,
              { name: '', members: [], key: Math.max(0, ...subcommittees.map((item) => item.key + 1)) },
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
          onChange={(names) => form.setFieldValue('guests', names)}
          error={errorUnder(form.errors, 'guests')}
          splitChars={[';']}
          clearable
        />
        <FormActions
          error={save.error}
          errorTestId="bodies-error"
          pending={save.isPending}
          onCancel={onClose}
          onSave={form.submitWith((body) => save.mutate(body))}
          saveTestId="bodies-save"
        />
      </Stack>
    </Modal>
  );
}
