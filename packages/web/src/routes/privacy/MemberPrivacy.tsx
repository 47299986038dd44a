// On a member's page: their personal data at the officer's hand — the export answering their access request
// (JSON or Excel, logged by the server), a correction request to record, and the requests made so far.
import { apiContract, type MemberDetail } from '@congdoan/domain';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconPencilCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hrefOf } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { CorrectionRequestModal } from './CorrectionRequestModal.tsx';
import { CorrectionsTable } from './CorrectionsTable.tsx';

export function MemberPrivacy({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const [requesting, setRequesting] = useState(false);
  const params = { memberId: member.id };
  const requests = useQuery({
    queryKey: keys.privacyCorrections(params),
    queryFn: () => api.privacy.corrections({ query: params }),
  });
  return (
    <Paper withBorder radius="md" p="md" data-testid="member-privacy">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('privacy.member.title')}
        </Title>
        {member.hiddenFields && member.hiddenFields.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="member-hidden-note">
            {t('privacy.member.hiddenNote')}
          </Text>
        )}
        {(member.can.exportData || member.can.requestCorrection) && (
          <Group gap="xs">
            {member.can.exportData && (
              <>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={14} />}
                  component="a"
                  href={hrefOf(apiContract.privacy.exportMember, { params: { id: member.id } })}
                  download
                  data-testid="member-export-json"
                >
                  {t('privacy.member.exportJson')}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconFileSpreadsheet size={14} />}
                  component="a"
                  href={hrefOf(apiContract.privacy.exportMemberXlsx, {
                    params: { id: member.id },
                    query: { lang: currentLanguage() },
                  })}
                  download
                  data-testid="member-export-xlsx"
                >
                  {t('privacy.member.exportXlsx')}
                </Button>
              </>
            )}
            {member.can.requestCorrection && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencilCheck size={14} />}
                onClick={() => setRequesting(true)}
                data-testid="member-request-correction"
              >
                {t('privacy.member.requestCorrection')}
              </Button>
            )}
          </Group>
        )}
        {requests.isPending && <Skeleton h={40} />}
        {requests.isError && <Alert color="red">{errorMessage(requests.error, t)}</Alert>}
        {requests.data && <CorrectionsTable requests={requests.data} showMember={false} />}
      </Stack>
      {requesting && <CorrectionRequestModal member={member} onClose={() => setRequesting(false)} />}
    </Paper>
  );
}
