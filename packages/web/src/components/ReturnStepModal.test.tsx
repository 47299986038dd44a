// Returning a report as the reviewer meets it: the reason is checked by the payload's own schema (required,
// its length limit), the confirmation repeats it as it will be sent, and a refusal naming the reason shows
// under it.
import { returnReportBody } from '@congdoan/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { renderWithProviders } from '../test/render.tsx';
import { ReturnStepModal } from './ReturnStepModal.tsx';

function renderModal(submit: (body: { comment: string }) => Promise<unknown>) {
  return renderWithProviders(
    <ReturnStepModal
      schema={returnReportBody}
      field="comment"
      title="Trả lại báo cáo"
      testId="return-modal"
      reasonTestId="return-comment"
      label="Lý do trả lại"
      summary="Trả lại báo cáo để sửa."
      submit={submit}
      done="Đã trả lại báo cáo"
      onClose={() => {}}
    />,
  );
}

describe('ReturnStepModal', () => {
  it('will not go on without a reason, and a reason of spaces alone is none', async () => {
    const sent: unknown[] = [];
    const { user } = renderModal(async (body) => sent.push(body));
    await user.click(screen.getByTestId('return-modal-next'));
    expect(screen.getByTestId('return-comment')).toHaveAccessibleDescription('Bắt buộc nhập');
    await user.type(screen.getByTestId('return-comment'), '   ');
    await user.click(screen.getByTestId('return-modal-next'));
    expect(screen.getByTestId('return-comment')).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(screen.getByTestId('return-modal')).toHaveAttribute('data-step', 'form');
    expect(sent).toEqual([]);
  });

  it("takes no more than the schema's limit, repeats the reason trimmed and sends it so", async () => {
    const sent: unknown[] = [];
    const { user } = renderModal(async (body) => sent.push(body));
    expect(screen.getByTestId('return-comment')).toHaveAttribute('maxlength', '2000');
    await user.type(screen.getByTestId('return-comment'), '  Số lao động chưa khớp  ');
    await user.click(screen.getByTestId('return-modal-next'));
    expect(screen.getByTestId('return-modal')).toHaveAttribute('data-step', 'confirm');
    expect(screen.getByText('Số lao động chưa khớp')).toBeInTheDocument();
    await user.click(screen.getByTestId('return-modal-confirm'));
    expect(await screen.findByText('Đã trả lại báo cáo')).toBeInTheDocument();
    expect(sent).toEqual([{ comment: 'Số lao động chưa khớp' }]);
  });

  it("shows the server's refusal of the reason under the reason", async () => {
    const { user } = renderModal(async () => {
      throw new ApiError(400, 'INVALID_INPUT', 'Dữ liệu không hợp lệ', [
        { path: 'comment', message: 'Lý do quá dài' },
      ]);
    });
    await user.type(screen.getByTestId('return-comment'), 'Thiếu số liệu');
    await user.click(screen.getByTestId('return-modal-next'));
    await user.click(screen.getByTestId('return-modal-confirm'));
    expect(await screen.findByText('Lý do quá dài')).toBeInTheDocument();
    expect(screen.getByTestId('return-modal')).toHaveAttribute('data-step', 'form');
    expect(screen.getByTestId('return-comment')).toHaveAccessibleDescription('Lý do quá dài');
  });
});
