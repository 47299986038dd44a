// The documents kept with a congress (political report, personnel plan, resolution, …): list, download,
// upload with its kind, and delete.
import {
  apiContract,
  CONGRESS_DOCUMENT_KINDS,
  type Congress,
  type CongressDocument,
  type CongressDocumentKind,
} from '@congdoan/domain';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hrefOf } from '../../api/client.ts';
import { errorMessage } from '../../components/errors.ts';
import { FileDrop } from '../../components/FileDrop.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { documentKindLabel } from './labels.ts';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png';

const kb = (bytes: number) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)), currentLanguage())} KB`;

/** The upload's multipart body: the kind, then the file. */
function uploadForm(kind: CongressDocumentKind, file: File): FormData {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  return form;
}

export function CongressDocuments({ congress }: { congress: Congress }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<CongressDocumentKind>('politicalReport');
  const [file, setFile] = useState<File | null>(null);
  const [deleting, setDeleting] = useState<CongressDocument | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      api.congresses.uploadDocument({ params: { id: congress.id }, body: uploadForm(kind, chosen) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.documents.uploaded') });
      setFile(null);
    },
  });
  const remove = useMutation({
    mutationFn: (document: CongressDocument) =>
      api.congresses.deleteDocument({ params: { id: congress.id, documentId: document.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      notifications.show({ color: 'green', message: t('congress.documents.deleted') });
      setDeleting(null);
    },
  });
  return (
    <Paper withBorder radius="md" p="sm" data-testid="congress-documents">
      <Title order={3} size="h5" mb="xs">
        {t('congress.documents.title')}
      </Title>
      {congress.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('congress.documents.none')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {congress.documents.map((document) => (
              <Table.Tr key={document.id} data-testid="congress-document" data-kind={document.kind}>
                <Table.Td>
                  <Anchor
                    size="sm"
                    href={hrefOf(apiContract.congresses.document, {
                      params: { id: congress.id, documentId: document.id },
                    })}
                    download={document.fileName}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {document.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[
                      documentKindLabel(t, document.kind),
                      kb(document.size),
                      formatDateTime(document.uploadedAt),
                      document.uploadedBy,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                {document.can.delete && (
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('common.remove')}
                      onClick={() => {
                        remove.reset();
                        setDeleting(document);
                      }}
                      data-testid="document-delete"
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {congress.can.uploadDocument && (
        <Stack gap="xs" mt="sm">
          <Select
            data-testid="document-kind"
            label={t('congress.documents.kind')}
            data={CONGRESS_DOCUMENT_KINDS.map((value) => ({ value, label: documentKindLabel(t, value) }))}
            value={kind}
            onChange={(value) => value && setKind(value as CongressDocumentKind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <FileDrop
            file={file}
            onFile={setFile}
            accept={ACCEPT}
            label={t('congress.documents.choose')}
            hint={t('congress.documents.hint')}
            testId="document-file"
          />
          {upload.isError && (
            <Alert color="red" data-testid="document-error">
              {errorMessage(upload.error, t)}
            </Alert>
          )}
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file && upload.mutate(file)}
            data-testid="document-upload"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('congress.documents.upload')}
          </Button>
        </Stack>
      )}
      {deleting && (
        <Modal opened onClose={() => setDeleting(null)} title={t('congress.documents.deleteTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('congress.documents.deleteConfirm', { name: deleting.fileName })}</Text>
            {remove.isError && <Alert color="red">{errorMessage(remove.error, t)}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(deleting)}
                data-testid="document-delete-confirm"
              >
                {t('common.remove')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}
