// A member's card, the size of a real one, with a print button; printing leaves only the card on the page.
import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { MemberCardView } from '../../components/MemberCardView.tsx';
import { MemberLink } from '../../components/MemberLink.tsx';

const route = getRouteApi('/_app/members/$memberId/card');

export function MemberCardPage() {
  const { t } = useTranslation();
  const { memberId } = route.useParams();
  const id = Number(memberId);
  const card = useQuery({
    queryKey: keys.memberCard(id),
    queryFn: () => api.members.card({ params: { id } }),
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" className="no-print">
        <MemberLink memberId={memberId} size="sm" testId="card-back">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('members.card.backToMember')}
          </Group>
        </MemberLink>
        <Button
          leftSection={<IconPrinter size={16} />}
          onClick={() => window.print()}
          disabled={!card.data}
          data-testid="card-print"
        >
          {t('members.card.print')}
        </Button>
      </Group>
      <Title order={1} size="h3" className="no-print">
        {t('members.card.title')}
      </Title>
      {card.isPending && <Loader />}
      {card.isError && (
        <Alert color="red" data-testid="card-error">
          {errorMessage(card.error, t)}
        </Alert>
      )}
      {card.data && (
        <>
          <div className="card-print-area">
            <Center py="md">
              <MemberCardView card={card.data} />
            </Center>
          </div>
          <Text size="xs" c="dimmed" ta="center" className="no-print" style={{ overflowWrap: 'anywhere' }}>
            {t('members.card.verifyAt')}{' '}
            <Anchor href={card.data.verifyUrl} target="_blank" size="xs" data-testid="card-verify-url">
              {card.data.verifyUrl}
            </Anchor>
          </Text>
        </>
      )}
    </Stack>
  );
}
