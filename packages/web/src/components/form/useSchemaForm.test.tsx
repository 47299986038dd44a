// The schema-driven form as a user meets it: an empty required field says so in the UI language, a
// schema's own message code reads as words, and a field the server refuses shows its message under it.
import { createRuleBody } from '@congdoan/domain';
import { Button, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import { setLanguage } from '../../i18n/index.ts';
import { mockApi, refusal } from '../../test/network.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { showServerErrors, useSchemaForm } from './useSchemaForm.ts';

/** A rule form cut to its text fields, sending through the typed client as the real one does. */
function RuleForm() {
  const form = useSchemaForm({
    schema: createRuleBody,
    initialValues: { key: '', source: '' },
    toPayload: (values) => ({
      key: values.key.trim(),
      value: 3,
      validFrom: '2026-01-01',
      source: values.source,
    }),
  });
  const save = useMutation({
    mutationFn: (body: z.input<typeof createRuleBody>) => api.rules.create({ body }),
    onError: (error) => showServerErrors(form, error),
  });
  return (
    <>
      <TextInput label="key" {...form.getInputProps('key')} />
      <TextInput label="source" {...form.getInputProps('source')} />
      <Button onClick={form.submitWith((body) => save.mutate(body))}>save</Button>
    </>
  );
}

describe('useSchemaForm', () => {
  it('says an empty required field is required, in Vietnamese and then in English', async () => {
    const network = mockApi();
    const { user } = renderWithProviders(<RuleForm />);
    await user.type(screen.getByLabelText('key'), 'dues.rate');
    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(screen.getByLabelText('source')).toHaveAccessibleDescription('Bắt buộc nhập');
    await setLanguage('en');
    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(screen.getByLabelText('source')).toHaveAccessibleDescription('Required');
    expect(network.requests).toHaveLength(0);
  });

  it("shows a schema's message code as words in the UI language, not the code", async () => {
    mockApi();
    const { user } = renderWithProviders(<RuleForm />);
    await user.type(screen.getByLabelText('key'), 'Dues Rate');
    await user.type(screen.getByLabelText('source'), 'Điều lệ 2025');
    await user.click(screen.getByRole('button', { name: 'save' }));
    const key = screen.getByLabelText('key');
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).not.toHaveAccessibleDescription(/error\.ruleKeyFormat/);
    expect(key).toHaveAccessibleDescription(/Mã quy định không đúng định dạng/);
    await setLanguage('en');
    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(screen.getByLabelText('key')).toHaveAccessibleDescription(/Malformed rule key/);
  });

  it("puts the server's field errors under the fields they name, and sends only a valid form", async () => {
    const network = mockApi({
      'POST /api/rules': refusal(400, 'INVALID_INPUT', 'Dữ liệu không hợp lệ', [
        { path: 'source', message: 'Căn cứ quá dài' },
        { path: 'somewhereElse', message: 'không thuộc biểu mẫu' },
      ]),
    });
    const { user } = renderWithProviders(<RuleForm />);
    await user.type(screen.getByLabelText('key'), 'dues.rate');
    await user.type(screen.getByLabelText('source'), 'Điều lệ 2025');
    await user.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByText('Căn cứ quá dài')).toBeInTheDocument();
    expect(screen.getByLabelText('source')).toHaveAccessibleDescription('Căn cứ quá dài');
    expect(screen.getByLabelText('key')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('không thuộc biểu mẫu')).not.toBeInTheDocument();
    expect(network.sentTo('POST /api/rules').map((request) => request.body)).toEqual([
      { key: 'dues.rate', value: 3, validFrom: '2026-01-01', source: 'Điều lệ 2025' },
    ]);
  });
});
