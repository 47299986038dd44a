// The rules page: every rule key with the value in force today and its history; administrators add values.
import { normalizeForSearch, todayInVietnam } from '@congdoan/domain';
import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';
import { useCan } from '../../app/auth.ts';
import { errorMessage } from '../../components/errors.ts';
import { RuleModal } from './RuleModal.tsx';
import { type RulePreset, RulesTable } from './RulesTable.tsx';
import { groupByKey } from './ruleValue.ts';

export function RulesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState<RulePreset | 'new' | null>(null);
  const rules = useQuery({ queryKey: keys.rules, queryFn: () => api.rules.list() });
  const needle = normalizeForSearch(filter);
  const groups = groupByKey(rules.data ?? []).filter(
    ([key, rows]) => !needle || normalizeForSearch(`${key} ${rows[0]?.source ?? ''}`).includes(needle),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('rules.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('rules.intro')}
          </Text>
        </div>
        {can.editRules && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding('new')}
            data-testid="rule-add-new"
          >
            {t('rules.add')}
          </Button>
        )}
      </Group>
      <TextInput
        data-testid="rules-filter"
        placeholder={t('rules.filter')}
        leftSection={<IconSearch size={16} />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
      />
      {rules.isError && <Alert color="red">{errorMessage(rules.error, t)}</Alert>}
      {rules.isPending && <Loader />}
      {rules.data && (
        <Paper withBorder radius="md">
          <RulesTable groups={groups} today={todayInVietnam()} canEdit={can.editRules} onAdd={setAdding} />
        </Paper>
      )}
      {adding && <RuleModal preset={adding === 'new' ? null : adding} onClose={() => setAdding(null)} />}
    </Stack>
  );
}
