// The import wizard: choose a file → dry run (mapping, counts, preview, rejected rows) → import with a
// progress bar → the result and the rejected rows to download, fix and import again.
import type { ImportResult } from '@congdoan/domain';
import { Alert, Anchor, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconEye, IconRefresh, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { keys } from '../../../api/keys.ts';
import { useCurrentUser } from '../../../app/auth.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FileDrop } from '../../../components/FileDrop.tsx';
import { type PickedUnit, UnitSearchSelect } from '../../../components/UnitSearchSelect.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportCounts, PreviewRows, RejectedDownload, RejectedRows, ResultActions } from './ImportReport.tsx';
import {
  type ColumnMapping,
  columnsOf,
  doubledFields,
  type MappingColumn,
  MappingTable,
  mappingOf,
} from './MappingTable.tsx';

const route = getRouteApi('/_app/members/import');
const STEPS = ['file', 'preview', 'run', 'result'] as const;
type Step = (typeof STEPS)[number];

/** The upload's form: the file and, when the user corrected the columns, the mapping (column → field). */
function uploadForm(file: File, mapping: ColumnMapping | undefined): FormData {
  const form = new FormData();
  if (mapping && Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

const sameMapping = (a: ColumnMapping, b: ColumnMapping) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([column, field]) => b[column] === field);

export function ImportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = route.useSearch();
  const queryClient = useQueryClient();
  const wide = useMediaQuery('(min-width: 48em)');
  const [unitId, setUnitId] = useState<number | null>(search.unitId ?? user.unit.id);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('file');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [columns, setColumns] = useState<MappingColumn[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [previewedWith, setPreviewedWith] = useState<ColumnMapping>({});
  const [jobId, setJobId] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const dryRun = useMutation({
    mutationFn: async (withMapping: ColumnMapping | undefined) => {
      const answer = await api.memberImport.upload({
        params: { id: unitId! },
        query: { dryRun: 'true' },
        body: uploadForm(file!, withMapping),
      });
      // Asked without `async`, the server answers the result itself, never a job to follow.
      if (!('errors' in answer)) throw new Error('the dry run answered a background job');
      return answer;
    },
    onSuccess: (answer) => {
      const found = mappingOf(answer);
      setPreview(answer);
      setColumns(columnsOf(answer));
      setMapping(found);
      setPreviewedWith(found);
      setStep('preview');
    },
  });

  const commit = useMutation({
    mutationFn: () =>
      api.memberImport.upload({
        params: { id: unitId! },
        query: { dryRun: 'false', async: 'true' },
        body: uploadForm(file!, mapping),
      }),
    onSuccess: (answer) => {
      // 202 {jobId}: the import runs in the background; a full answer means it ran at once.
      if ('errors' in answer) {
        void finish(answer);
      } else {
        setJobId(answer.jobId);
        setStep('run');
      }
    },
  });

  const finish = async (answer: ImportResult) => {
    setResult(answer);
    setStep('result');
    await queryClient.invalidateQueries({ queryKey: keys.members });
    await queryClient.invalidateQueries({ queryKey: keys.org });
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setJobId(null);
    setMapping({});
    setColumns([]);
    dryRun.reset();
    commit.reset();
    setStep('file');
  };

  const pickUnit = (unit: PickedUnit | null) => {
    setUnitId(unit?.id ?? null);
    if (step === 'preview') setStep('file');
  };
  const pickFile = (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    setStep('file');
  };

  const mappingChanged = preview !== null && !sameMapping(mapping, previewedWith);
  const mappingBroken = doubledFields(mapping).length > 0;
  const toImport = preview ? preview.imported + preview.updated : 0;
  const rejectedJob = result?.jobId ?? jobId ?? preview?.jobId;
  const shownResult = step === 'result' ? result : preview;

  return (
    <Stack gap="md">
      <Anchor
        renderRoot={(props) => <Link {...props} to="/members" search={{ unitId: unitId ?? undefined }} />}
        size="sm"
        data-testid="import-back"
      >
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('members.backToList')}
        </Group>
      </Anchor>
      <Title order={1} size="h2">
        {t('members.import.title')}
      </Title>
      <Stepper
        active={step === 'result' ? STEPS.length : STEPS.indexOf(step)}
        size="xs"
        allowNextStepsSelect={false}
        data-testid="import-steps"
        styles={{ content: { display: 'none' } }}
      >
        {STEPS.map((name) => (
          <Stepper.Step key={name} label={wide ? t(`members.import.steps.${name}`) : undefined} />
        ))}
      </Stepper>

      <Paper withBorder radius="md" p="sm">
        <Stack gap="sm">
          <UnitSearchSelect
            testId="import-unit"
            label={t('members.import.unit')}
            value={unitId}
            onChange={pickUnit}
            disabled={step === 'run' || step === 'result'}
            required
          />
          {(step === 'file' || step === 'preview') && (
            <FileDrop
              file={file}
              onFile={pickFile}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              label={t('members.import.file')}
              hint={t('members.import.fileHint')}
              testId="import-file"
            />
          )}
          {step === 'file' && (
            <Group justify="flex-end">
              <Button
                leftSection={<IconEye size={16} />}
                disabled={!file || !unitId}
                loading={dryRun.isPending}
                onClick={() => dryRun.mutate(undefined)}
                data-testid="import-dry-run"
              >
                {t('members.import.dryRun')}
              </Button>
            </Group>
          )}
          {dryRun.isError && <ErrorAlert error={dryRun.error} testId="import-error" />}
        </Stack>
      </Paper>

      {step === 'preview' && preview && (
        <>
          <MappingTable
            headerRow={preview.headerRow}
            columns={columns}
            mapping={mapping}
            onChange={(nextMapping, nextColumns) => {
              setMapping(nextMapping);
              setColumns(nextColumns);
            }}
          />
          {mappingChanged && (
            <Alert color="yellow" py={8} data-testid="import-mapping-changed">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('members.import.mappingChanged')}</Text>
                <Button
                  size="xs"
                  leftSection={<IconRefresh size={14} />}
                  loading={dryRun.isPending}
                  disabled={mappingBroken}
                  onClick={() => dryRun.mutate(mapping)}
                  data-testid="import-rerun"
                >
                  {t('members.import.rerun')}
                </Button>
              </Group>
            </Alert>
          )}
        </>
      )}

      {step === 'run' && jobId !== null && (
        <ImportProgress jobId={jobId} onDone={(answer) => void finish(answer)} onAbandon={restart} />
      )}

      {shownResult && step !== 'run' && (
        <Stack gap="md" data-testid={step === 'result' ? 'import-result' : 'import-dry-run-result'}>
          {step === 'result' && (
            <Alert color={shownResult.rejected > 0 ? 'yellow' : 'green'} data-testid="import-done">
              {t(shownResult.rejected > 0 ? 'members.import.doneWithRejected' : 'members.import.done', {
                count: shownResult.imported + shownResult.updated,
              })}
            </Alert>
          )}
          {step === 'preview' && (
            <Text size="sm" c="dimmed">
              {t('members.import.dryRunNote')}
            </Text>
          )}
          <ImportCounts result={shownResult} />
          {step === 'preview' && shownResult.preview && <PreviewRows preview={shownResult.preview} />}
          <RejectedRows errors={shownResult.errors} />
          {shownResult.rejected > 0 && typeof rejectedJob === 'number' && (
            <RejectedDownload jobId={rejectedJob} />
          )}
          {step === 'preview' && (
            <Stack gap="xs">
              {commit.isError && <ErrorAlert error={commit.error} testId="import-commit-error" />}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={restart} data-testid="import-reset">
                  {t('members.import.otherFile')}
                </Button>
                <Button
                  leftSection={<IconUpload size={16} />}
                  disabled={toImport === 0 || mappingChanged}
                  loading={commit.isPending}
                  onClick={() => commit.mutate()}
                  data-testid="import-commit"
                >
                  {toImport === 0
                    ? t('members.import.nothingToImport')
                    : t('members.import.commit', { count: toImport })}
                </Button>
              </Group>
            </Stack>
          )}
          {step === 'result' && (
            <ResultActions rejected={shownResult.rejected} unitId={unitId} onAgain={restart} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
