// Recording that a congress was held: the date, all-member or delegate, and delegates convened, present and
// appointed. The server's checks (members, required kind, delegate cap, quorum) are shown while typing; the
// quorum is worked out live from the rule on the date, and a refusal comes back in the server's words.
import { type Congress, holdCongressBody, quorumOf, todayInVietnam } from '@congdoan/domain';
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
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useSchemaForm } from '../../components/form/useSchemaForm.ts';
import { formatDate, formatNumber } from '../../components/format.ts';
import { StepModal } from '../../components/StepModal.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { CongressChecks } from './CongressFacts.tsx';
import type { Draft } from './draft.ts';
import { congressKindLabel } from './labels.ts';
import { useRuleFraction } from './useRuleFraction.ts';

type Kind = Congress['kind'];
type HoldDraft = Draft<z.input<typeof holdCongressBody>, 'heldOn' | 'delegatesConvened' | 'delegatesPresent'>;
/** A number input's value: a number, or '' while it is empty. */
const count = (value: string | number) => (typeof value === 'number' ? value : undefined);

export function HoldModal({ congress, onClose }: { congress: Congress; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = useSchemaForm({
    schema: holdCongressBody,
    initialValues: {
      heldOn: (congress.heldOn ?? congress.scheduledOn ?? todayInVietnam()) as string | null,
      place: congress.place ?? '',
      kind: (congress.heldOn ? congress.kind : congress.checks.requiredKind) as Kind,
      delegatesConvened: (congress.delegatesConvened ?? '') as string | number,
      delegatesPresent: (congress.delegatesPresent ?? '') as string | number,
      delegatesAppointed: (congress.delegatesAppointed ?? '') as string | number,
    },
    toPayload: (values): HoldDraft => ({
      heldOn: values.heldOn ?? undefined,
      place: values.place.trim() || null,
      kind: values.kind,
      delegatesConvened: count(values.delegatesConvened),
      delegatesPresent: count(values.delegatesPresent),
      delegatesAppointed: values.kind === 'delegate' ? (count(values.delegatesAppointed) ?? null) : null,
    }),
  });
  const { heldOn, kind } = form.getValues();
  const { delegatesConvened: convened, delegatesPresent: present } = form.getTransformedValues();
  const fraction = useRuleFraction('congress.quorum', heldOn ?? todayInVietnam());
  const needed = fraction && convened !== undefined ? quorumOf(convened, fraction) : null;
  const quorumShort = needed !== null && present !== undefined && present < needed;
  const overCap =
    kind === 'delegate' &&
    congress.checks.delegateCap !== null &&
    convened !== undefined &&
    convened > congress.checks.delegateCap;
  // The server refuses a congress held in the future; the field says so before it is sent.
  const future = heldOn !== null && heldOn > todayInVietnam();
  const n = (value: number) => formatNumber(value, language);
  const numberProps = {
    min: 0,
    allowDecimal: false,
    thousandSeparator: language === 'vi' ? '.' : ',',
    decimalSeparator: language === 'vi' ? ',' : '.',
  };

  return (
    <StepModal
      title={t('congress.hold.title')}
      testId="hold-modal"
      onClose={onClose}
      form={form}
      validate={() => !future}
      summary={() =>
        t('congress.hold.confirm', {
          unit: congress.unit.name,
          date: formatDate(heldOn),
          kind: congressKindLabel(t, kind).toLowerCase(),
          convened: n(convened ?? 0),
          present: n(present ?? 0),
        })
      }
      submit={() =>
        api.congresses.update({
          params: { id: congress.id },
          body: holdCongressBody.parse(form.getTransformedValues()),
        })
      }
      done={t('congress.hold.done')}
    >
      {() => (
        <Stack gap="sm">
          <Paper bg="gray.0" radius="md" p="xs">
            <CongressChecks checks={congress.checks} />
          </Paper>
          <DateField
            testId="hold-held-on"
            label={t('congress.heldOn')}
            {...form.getInputProps('heldOn')}
            error={form.errors.heldOn ?? (future ? t('congress.hold.notFuture') : undefined)}
            withAsterisk
          />
          <TextInput data-testid="hold-place" label={t('congress.place')} {...form.getInputProps('place')} />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('congress.kindLabel')}
            </Text>
            <SegmentedControl
              data-testid="hold-kind"
              fullWidth
              {...form.getInputProps('kind')}
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
              {...form.getInputProps('delegatesConvened')}
              {...numberProps}
              error={
                form.errors.delegatesConvened ??
                (overCap
                  ? t('congress.checks.overCap', { cap: n(congress.checks.delegateCap ?? 0) })
                  : undefined)
              }
              withAsterisk
            />
            <NumberInput
              data-testid="hold-present"
              label={t('congress.present')}
              {...form.getInputProps('delegatesPresent')}
              {...numberProps}
              withAsterisk
            />
            {kind === 'delegate' && (
              <NumberInput
                data-testid="hold-appointed"
                label={t('congress.appointed')}
                {...form.getInputProps('delegatesAppointed')}
                {...numberProps}
              />
            )}
          </SimpleGrid>
          {needed !== null && fraction && (
            <Alert
              color={quorumShort ? 'red' : 'green'}
              p="xs"
              data-testid="hold-quorum"
              data-met={!quorumShort && present !== undefined}
            >
              <Text size="sm">
                {t('congress.hold.quorumLive', {
                  needed: n(needed),
                  fraction: `${fraction.numerator}/${fraction.denominator}`,
                  convened: n(convened ?? 0),
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
