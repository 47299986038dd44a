// Choosing one file: a large target to tap (phone) or drop onto (PC), around a real file input.
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type DragEvent, useRef, useState } from 'react';
import { currentLanguage } from '../i18n/index.ts';
import { formatNumber } from './format.ts';

interface Props {
  file: File | null;
  onFile: (file: File) => void;
  accept: string;
  label: string;
  hint?: string;
  /** On the input itself, so a browser test can set its files. */
  testId: string;
}

function size(bytes: number): string {
  const language = currentLanguage();
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language)} MB`;
}

export function FileDrop({ file, onFile, accept, label, hint, testId }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <UnstyledButton
      onClick={() => input.current?.click()}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      p="lg"
      w="100%"
      style={{
        border: `2px dashed var(--mantine-color-${over ? 'union-6' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: over ? 'var(--mantine-color-union-0)' : 'var(--mantine-color-gray-0)',
      }}
      data-testid={`${testId}-target`}
    >
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          if (chosen) onFile(chosen);
          event.currentTarget.value = '';
        }}
      />
      <Group gap="md" wrap="nowrap">
        {file ? (
          <IconFileSpreadsheet size={36} color="var(--mantine-color-green-7)" style={{ flexShrink: 0 }} />
        ) : (
          <IconUpload size={36} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
        )}
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid={`${testId}-name`}>
            {file ? `${file.name} (${size(file.size)})` : label}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
