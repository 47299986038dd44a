// A period's cut-off and due date, the due date in red once it has passed.

import { todayInVietnam } from '@congdoan/domain';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';

export function PeriodDates({ cutOff, dueOn }: { cutOff: string; dueOn: string }) {
  const { t } = useTranslation();
  const overdue = todayInVietnam() > dueOn;
  return (
    <>
      <Text size="sm">
        {t('reports.cutOff')}:{' '}
        <Text span fw={600} data-testid="report-period-cut-off">
          {formatDate(cutOff)}
        </Text>
      </Text>
      <Text size="sm">
        {t('reports.dueOn')}:{' '}
        <Text span fw={600} c={overdue ? 'red.7' : undefined} data-testid="report-period-due-on">
          {formatDate(dueOn)}
        </Text>
      </Text>
    </>
  );
}
