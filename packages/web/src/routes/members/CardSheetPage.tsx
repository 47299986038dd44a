// A printable A4 sheet of member cards (2 × 5 per page) for the members chosen in the list, or a unit's.

import type { MemberCard } from '@congdoan/domain';
import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { errorMessage } from '../../components/errors.ts';
import { MemberCardView } from '../../components/MemberCardView.tsx';
import { parseIds } from './search.ts';

const route = getRouteApi('/_app/org/$unitId/cards');
const PER_SHEET = 10;

function sheets(cards: MemberCard[]): MemberCard[][] {
  const pages: MemberCard[][] = [];
  for (let start = 0; start < cards.length; start += PER_SHEET)
    pages.push(cards.slice(start, start + PER_SHEET));
  return pages;
}

export function CardSheetPage() {
  const { t } = useTranslation();
  const { unitId } = route.useParams();
  const search = route.useSearch();
  const id = Number(unitId);
  const ids = parseIds(search.ids);
  const cards = useQuery({
    queryKey: keys.memberCards(id, ids),
    queryFn: () =>
      api.members.cards({ params: { id }, query: { ids: ids.length > 0 ? ids.join(',') : undefined } }),
  });
  const count = cards.data?.length ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" className="no-print">
        <Anchor
          renderRoot={(props) => <Link {...props} to="/members" search={{ unitId: id }} />}
          size="sm"
          data-testid="sheet-back"
        >
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('members.backToList')}
          </Group>
        </Anchor>
        <Button
          leftSection={<IconPrinter size={16} />}
          onClick={() => window.print()}
          disabled={count === 0}
          data-testid="sheet-print"
        >
          {t('members.card.print')}
        </Button>
      </Group>
      <div className="no-print">
        <Title order={1} size="h3">
          {t('members.card.sheetTitle', { count })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('members.card.sheetHint')}
        </Text>
      </div>
      {cards.isPending && <Loader />}
      {cards.isError && (
        <Alert color="red" className="no-print" data-testid="sheet-error">
          {errorMessage(cards.error, t)}
        </Alert>
      )}
      {cards.data && count === 0 && (
        <Alert color="gray" className="no-print" data-testid="sheet-empty">
          {t('members.card.sheetEmpty')}
        </Alert>
      )}
      {cards.data && count > 0 && (
        <div className="card-sheets" data-testid="card-sheet">
          {sheets(cards.data).map((page) => (
            <div className="card-sheet" key={page[0]!.member.id}>
              {page.map((card) => (
                <MemberCardView key={card.member.id} card={card} />
              ))}
            </div>
          ))}
        </div>
      )}
    </Stack>
  );
}
