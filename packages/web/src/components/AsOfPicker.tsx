// The "as of" date picker: the tree, a unit and its counts are shown as they stood on this date.
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField.tsx';
import { useAsOf } from './useAsOf.ts';

export function AsOfPicker({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const { asOf, isToday, setAsOf } = useAsOf();
  return (
    <Group gap={4} wrap="nowrap" style={fullWidth ? { flex: 1 } : undefined}>
      <DateField
        testId="as-of-picker"
        aria-label={t('asOf.label')}
        title={t('asOf.label')}
        size="xs"
        w={fullWidth ? undefined : 150}
        style={fullWidth ? { flex: 1 } : undefined}
        value={asOf}
        onChange={(value) => void setAsOf(value)}
        popoverProps={{ position: 'bottom-end' }}
      />
      {!isToday && (
        <Tooltip label={t('asOf.reset')}>
          <ActionIcon
            variant="light"
            aria-label={t('asOf.reset')}
            data-testid="as-of-reset"
            onClick={() => void setAsOf(null)}
          >
            <IconRestore size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
