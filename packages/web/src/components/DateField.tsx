// A date input that reads and writes dd/mm/yyyy and speaks 'YYYY-MM-DD' to the rest of the app.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Accepts what people type: 1/12/2026, 01-12-2026, 01.12.2026 or 2026-12-01. */
export function parseDateInput(input: string): string | null {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** An ISO date; absent or null when empty (a schema form's field may start absent). */
  value?: string | null;
  onChange: (value: string | null) => void;
  testId?: string;
}

export function DateField({ value, onChange, testId, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseDateInput}
      placeholder={t('common.datePlaceholder')}
      leftSection={<IconCalendar size={16} stroke={1.6} />}
      value={value ?? null}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
      data-testid={testId}
      {...props}
    />
  );
}
