// Correcting a member's record: the same fields as admission; only what changed is sent, and checked.
import { type MemberDetail, memberCorrections } from '@congdoan/domain';
import { Alert, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { FormActions } from '../../components/form/FormActions.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { MemberFieldsForm } from './MemberFieldsForm.tsx';
import { changedFields, memberFieldsOf, memberFormFrom, showMemberServerErrors } from './memberForm.ts';

export function EditMemberModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const [original] = useState(() => memberFieldsOf(memberFormFrom(member)));
  const [nothing, setNothing] = useState(false);
  const form = useSchemaForm({
    schema: memberCorrections,
    initialValues: memberFormFrom(member),
    toPayload: (values) => changedFields(original, memberFieldsOf(values)),
    onValuesChange: () => {
      if (save.isError) save.reset();
    },
  });

  const save = useMutation({
    mutationFn: (changes: z.input<typeof memberCorrections>) =>
      api.members.update({ params: { id: member.id }, body: changes }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.members });
      notifications.show({ color: 'green', message: t('members.saved') });
      onClose();
    },
    onError: (error) => showMemberServerErrors(form, error),
  });

  const submit = form.submitWith((changes) => {
    const empty = Object.keys(changes).length === 0;
    setNothing(empty);
    if (!empty) save.mutate(changes);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('members.editTitle', { name: member.fullName })}
      size="xl"
      fullScreen={phone}
    >
      <Stack gap="md" data-testid="edit-modal">
        <MemberFieldsForm form={form} />
        {nothing && (
          <Alert color="gray" data-testid="edit-nothing">
            {t('error.nothingToChange')}
          </Alert>
        )}
        <FormActions
          error={save.error}
          errorTestId="edit-error"
          pending={save.isPending}
          onCancel={onClose}
          onSave={submit}
          saveTestId="edit-save"
        />
      </Stack>
    </Modal>
  );
}
