// Recording that a congress was held: the date, all-member or delegate, and delegates convened, present and
// appointed. The server's checks (members, required kind, delegate cap, quorum) are shown while typing; the
// quorum is worked out live from the rule on the date, and a refusal comes back in the server's words.
import { type Congress, quorumOf, todayInVietnam } from '@congdoan/domain';
import {
  Alert,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { congressesApi } from '../../api/congresses.ts';
import { keys } from '../../api/keys.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { CongressChecks } from './CongressFacts.tsx';
import { congressKindLabel, fractionOf } from './labels.ts';

type Kind = Congress['kind'];
const count = (value: string | number) => (typeof value === 'number' ? value : null);

export function HoldModal({ congress, onClose }: { congress: Congress; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [heldOn, setHeldOn] = useState<string | null>(
    congress.heldOn ?? congress.scheduledOn ?? todayInVietnam(),
  );
  const [place, setPlace] = useState(congress.place ?? '');
  const [kind, setKind] = useState<Kind>(congress.heldOn ? congress.kind : congress.checks.requiredKind);
  const [convened, setConvened] = useState<string | number>(congress.delegatesConvened ?? '');
  const [present, setPresent] = useState<string | number>(congress.delegatesPresent ?? '');
  const [appointed, setAppointed] = useState<string | number>(congress.delegatesAppointed ?? '');
  const date = heldOn ?? todayInVietnam();
  const quorumRule = useQuery({
    queryKey: keys.ruleValue('congress.quorum', date),
    queryFn: () => congressesApi.quorumRule(date),
    staleTime: 10 * 60_000,
  });
  const fraction = fractionOf(quorumRule.data?.value);
  const convenedCount = count(convened);
  const presentCount = count(present);
  const needed = fraction && convenedCount !== null ? quorumOf(convenedCount, fraction) : null;
  const quorumShort = needed !== null && presentCount !== null && presentCount < needed;
  const overCap =
    kind === 'delegate' &&
    congress.checks.delegateCap !== null &&
    convenedCount !== null &&
    convenedCount > congress.checks.delegateCap;
  const future = heldOn !== null && heldOn > todayInVietnam();
  const n = (value: number) => formatNumber(value, language);

  return (
    <StepModal
      title={t('congress.hold.title')}
      testId="hold-modal"
      onClose={onClose}
      validate={() => Boolean(heldOn) && !future && convenedCount !== null && presentCount !== null}
      summary={() =>
        t('congress.hold.confirm', {
          unit: congress.unit.name,
          date: formatDate(heldOn),
          kind: congressKindLabel(t, kind).toLowerCase(),
          convened: n(convenedCount ?? 0),
          present: n(presentCount ?? 0),
        })
      }
      submit={() =>
        congressesApi.update(congress.id, {
          heldOn,
          place: place.trim() || null,
          kind,
          delegatesConvened: convenedCount,
          delegatesPresent: presentCount,
          delegatesAppointed: kind === 'delegate' ? count(appointed) : null,
        })
      }
      done={t('congress.hold.done')}
    >
      {(showErrors) => (
        <Stack gap="sm">
          <Paper bg="gray.0" radius="md" p="xs">
            <CongressChecks checks={congress.checks} />
          </Paper>
          <DateField
            testId="hold-held-on"
            label={t('congress.heldOn')}
            value={heldOn}
            onChange={setHeldOn}
            error={
              showErrors && !heldOn ? t('common.required') : future ? t('congress.hold.notFuture') : undefined
            }
            withAsterisk
          />
          <TextInput
            data-testid="hold-place"
            label={t('congress.place')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('congress.kindLabel')}
            </Text>
            <SegmentedControl
              data-testid="hold-kind"
              fullWidth
              value={kind}
              onChange={(value) => setKind(value as Kind)}
              data={(['allMember', 'delegate'] as const).map((value) => ({
                value,
                label: congressKindLabel(t, value),
              }))}
            />
            {kind !== congress.checks.requiredKind && (
              <Text size="xs" c="orange.8" mt={4} data-testid="hold-kind-warning">
                {t('congress.checks.kindDiffers', {
                  kind: congressKindLabel(t, congress.checks.requiredKind),
                })}
              </Text>
            )}
          </div>
          <SimpleGrid cols={{ base: 1, xs: kind === 'delegate' ? 3 : 2 }} spacing="sm">
            <NumberInput
              data-testid="hold-convened"
              label={t(kind === 'delegate' ? 'congress.convened' : 'congress.convenedMembers')}
              value={convened}
              onChange={setConvened}
              min={0}
              allowDecimal={false}
              thousandSeparator={language === 'vi' ? '.' : ','}
              decimalSeparator={language === 'vi' ? ',' : '.'}
              error={
                showErrors && convenedCount === null
                  ? t('common.required')
                  : overCap
                    ? t('congress.checks.overCap', { cap: n(congress.checks.delegateCap ?? 0) })
                    : undefined
              }
              withAsterisk
            />
            <NumberInput
              data-testid="hold-present"
              label={t('congress.present')}
              value={present}
              onChange={setPresent}
              min={0}
              allowDecimal={false}
              thousandSeparator={language === 'vi' ? '.' : ','}
              decimalSeparator={language === 'vi' ? ',' : '.'}
              error={showErrors && presentCount === null ? t('common.required') : undefined}
              withAsterisk
            />
            {kind === 'delegate' && (
              <NumberInput
                data-testid="hold-appointed"
                label={t('congress.appointed')}
                value={appointed}
                onChange={setAppointed}
                min={0}
                allowDecimal={false}
              />
            )}
          </SimpleGrid>
          {needed !== null && fraction && (
            <Alert
              color={quorumShort ? 'red' : 'green'}
              p="xs"
              data-testid="hold-quorum"
              data-met={!quorumShort && presentCount !== null}
            >
              <Text size="sm">
                {t('congress.hold.quorumLive', {
                  needed: n(needed),
                  fraction: `${fraction.numerator}/${fraction.denominator}`,
                  convened: n(convenedCount ?? 0),
                })}
                {quorumShort ? ` ${t('congress.checks.quorumNotMet')}` : ''}
              </Text>
            </Alert>
          )}
        </Stack>
      )}
    </StepModal>
  );
}
