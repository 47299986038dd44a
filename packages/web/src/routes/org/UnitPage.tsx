// A unit's page: who it is and where it sits, then tabs for its figures, history, clusters and congress.
import { Stack, Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconBuildingCommunity, IconChartBar, IconHistory, IconTrophy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import type { UnitTab } from '../../app/router.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { useAsOf } from '../../components/useAsOf.ts';
import { UnitCongressTab } from '../congresses/UnitCongressTab.tsx';
import { ClustersTab } from './ClustersTab.tsx';
import { UnitHeader } from './UnitHeader.tsx';
import { UnitHistory } from './UnitHistory.tsx';
import { UnitOverview } from './UnitOverview.tsx';

const route = getRouteApi('/_app/org/$unitId');

export function UnitPage() {
  const { t } = useTranslation();
  const { unitId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const { asOf } = useAsOf();
  const id = Number(unitId);
  const wide = useMediaQuery('(min-width: 30em)');
  const unit = useQuery({
    queryKey: keys.unit(id, asOf),
    queryFn: () => api.org.get({ params: { id }, query: { asOf } }),
  });

  if (unit.isPending) {
    return <PageSkeleton />;
  }
  if (unit.isError) {
    return <ErrorAlert error={unit.error} testId="unit-error" />;
  }

  const setTab = (value: string | null) =>
    void navigate({
      search: (previous) => ({ ...previous, tab: value === 'overview' ? undefined : (value as UnitTab) }),
      replace: true,
    });

  return (
    <Stack gap="md">
      <UnitHeader unit={unit.data} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="overview"
            leftSection={wide && <IconChartBar size={16} />}
            data-testid="tab-overview"
          >
            {t('org.tabOverview')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={wide && <IconHistory size={16} />} data-testid="tab-history">
            {t('org.tabHistory')}
          </Tabs.Tab>
          <Tabs.Tab
            value="clusters"
            leftSection={wide && <IconTrophy size={16} />}
            data-testid="tab-clusters"
          >
            {t('org.tabClusters')}
          </Tabs.Tab>
          <Tabs.Tab
            value="congress"
            leftSection={wide && <IconBuildingCommunity size={16} />}
            data-testid="tab-congress"
          >
            {t('congress.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <UnitOverview unit={unit.data} asOf={asOf} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <UnitHistory unitId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="clusters" pt="md">
          <ClustersTab unit={unit.data} />
        </Tabs.Panel>
        <Tabs.Panel value="congress" pt="md">
          <UnitCongressTab unit={unit.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
