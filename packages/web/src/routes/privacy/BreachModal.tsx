// Recording a personal-data breach, or updating it as it is handled: when it was discovered, what data and
// how many people, which units, the measures taken, and whom was notified when.
import type { Breach } from '@congdoan/domain';
import { NumberInput, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyApi } from '../../api/privacy.ts';
import { formatDateTime } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { type PickedUnit, UnitMultiSearchSelect } from '../../components/UnitSearchSelect.tsx';

/** An instant as the datetime-local input shows it, in the browser's time zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
const toInstant = (local: string): string | null => (local ? new Date(local).toISOString() : null);

export function BreachModal({ breach, onClose }: { breach: Breach | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [discoveredAt, setDiscoveredAt] = useState(
    toLocalInput(breach?.discoveredAt ?? new Date().toISOString()),
  );
  const [description, setDescription] = useState(breach?.description ?? '');
  const [categories, setCategories] = useState<string[]>(breach?.dataCategories ?? []);
  const [people, setPeople] = useState<number | string>(breach?.peopleAffected ?? '');
  const [units, setUnits] = useState<PickedUnit[]>(
    breach?.units.map((unit) => ({ ...unit, code: '', type: 'grassroots' as const })) ?? [],
  );
  const [measures, setMeasures] = useState(breach?.measures ?? '');
  const [authorityAt, setAuthorityAt] = useState(toLocalInput(breach?.authorityNotifiedAt ?? null));
  const [subjectsAt, setSubjectsAt] = useState(toLocalInput(breach?.subjectsNotifiedAt ?? null));
  const [parties, setParties] = useState(breach?.notifiedParties ?? '');

  const body = () => ({
    discoveredAt: toInstant(discoveredAt)!,
    description: description.trim(),
    dataCategories: categories,
    peopleAffected: Number(people),
    unitIds: units.map((unit) => unit.id),
    measures: measures.trim(),
    authorityNotifiedAt: toInstant(authorityAt),
    subjectsNotifiedAt: toInstant(subjectsAt),
    notifiedParties: parties.trim(),
  });
  const valid = () =>
    Boolean(discoveredAt && description.trim() && categories.length > 0) &&
    people !== '' &&
    Number(people) >= 0;

  return (
    <StepModal
      title={t(breach ? 'privacy.breaches.editTitle' : 'privacy.breaches.newTitle')}
      testId="breach-modal"
      onClose={onClose}
      validate={valid}
      summary={() =>
        t('privacy.breaches.confirm', {
          when: formatDateTime(toInstant(discoveredAt)),
          count: Number(people),
        })
      }
      submit={() => (breach ? privacyApi.updateBreach(breach.id, body()) : privacyApi.recordBreach(body()))}
      done={t('privacy.breaches.saved')}
    >
      {(showErrors) => {
        const required = (empty: boolean) => (showErrors && empty ? t('common.required') : undefined);
        return (
          <>
            <TextInput
              type="datetime-local"
              data-testid="breach-discovered"
              label={t('privacy.breaches.discoveredAt')}
              value={discoveredAt}
              onChange={(event) => setDiscoveredAt(event.currentTarget.value)}
              error={required(!discoveredAt)}
              withAsterisk
            />
            <Textarea
              data-testid="breach-description"
              label={t('privacy.breaches.description')}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              error={required(!description.trim())}
              withAsterisk
              autosize
              minRows={2}
            />
            <TagsInput
              data-testid="breach-categories"
              label={t('privacy.breaches.categories')}
              description={t('privacy.breaches.categoriesHint')}
              value={categories}
              onChange={setCategories}
              error={required(categories.length === 0)}
              withAsterisk
            />
            <NumberInput
              data-testid="breach-people"
              label={t('privacy.breaches.people')}
              value={people}
              onChange={setPeople}
              min={0}
              allowDecimal={false}
              error={required(people === '')}
              withAsterisk
            />
            <UnitMultiSearchSelect
              testId="breach-units"
              label={t('privacy.breaches.units')}
              value={units}
              onChange={setUnits}
            />
            <Textarea
              data-testid="breach-measures"
              label={t('privacy.breaches.measures')}
              value={measures}
              onChange={(event) => setMeasures(event.currentTarget.value)}
              autosize
              minRows={2}
            />
            <TextInput
              type="datetime-local"
              data-testid="breach-authority-at"
              label={t('privacy.breaches.authorityNotifiedAt')}
              description={t('privacy.breaches.authorityHint')}
              value={authorityAt}
              onChange={(event) => setAuthorityAt(event.currentTarget.value)}
            />
            <TextInput
              type="datetime-local"
              data-testid="breach-subjects-at"
              label={t('privacy.breaches.subjectsNotifiedAt')}
              value={subjectsAt}
              onChange={(event) => setSubjectsAt(event.currentTarget.value)}
            />
            <Textarea
              data-testid="breach-parties"
              label={t('privacy.breaches.notifiedParties')}
              value={parties}
              onChange={(event) => setParties(event.currentTarget.value)}
              autosize
              minRows={2}
            />
          </>
        );
      }}
    </StepModal>
  );
}
