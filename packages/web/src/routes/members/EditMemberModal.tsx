// Correcting a member's record: the same fields as admission; only what changed is sent.
import type { MemberDetail } from '@congdoan/domain';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/keys.ts';
import { membersApi } from '../../api/members.ts';
import { errorMessage } from '../../components/errors.ts';
import { MemberFieldsForm } from './MemberFieldsForm.tsx';
import {
  changedFields,
  memberFieldsOf,
  memberFormFrom,
  memberFormProblems,
  serverFieldProblems,
} from './memberForm.ts';

export function EditMemberModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const [original] = useState(() => memberFieldsOf(memberFormFrom(member)));
  const [form, setForm] = useState(() => memberFormFrom(member));
  const [touched, setTouched] = useState(false);
  const [nothing, setNothing] = useState(false);
  const problems = memberFormProblems(form, t);

  const save = useMutation({
    mutationFn: (changes: ReturnType<typeof changedFields>) => membersApi.update(member.id, changes),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.members });
      notifications.show({ color: 'green', message: t('members.saved') });
      onClose();
    },
  });

  const submit = () => {
    setTouched(true);
    if (Object.keys(problems).length > 0) return;
    const changes = changedFields(original, memberFieldsOf(form));
    setNothing(Object.keys(changes).length === 0);
    if (Object.keys(changes).length > 0) save.mutate(changes);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('members.editTitle', { name: member.fullName })}
      size="xl"
      fullScreen={phone}
    >
      <Stack gap="md" data-testid="edit-modal">
        <MemberFieldsForm
          value={form}
          onChange={(next) => {
            setForm(next);
            if (save.isError) save.reset();
          }}
          problems={{ ...(touched ? problems : {}), ...serverFieldProblems(save.error) }}
        />
        {nothing && (
          <Alert color="gray" data-testid="edit-nothing">
            {t('error.nothingToChange')}
          </Alert>
        )}
        {save.isError && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="edit-error">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="edit-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
