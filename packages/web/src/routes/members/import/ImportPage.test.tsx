// The column mapping of a member import as an officer corrects it: the headers the server recognised are
// shown mapped to member fields, a change asks for a new preview and is sent with it, a field read from two
// columns is caught before sending, and a mapping without the name column is refused with the server's words.
import { type ImportResult, importResult } from '@congdoan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, refusal, type SentRequest } from '../../../test/network.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ImportPage } from './ImportPage.tsx';

const UPLOAD = 'POST /api/org-units/42/members/import';

/** The unit the import goes to (the signed-in user's), as the unit picker looks it up to show its name. */
const UNIT = {
  id: 42,
  code: 'HN.LB.001',
  name: 'Công đoàn cơ sở Công ty May 10',
  shortName: null,
  type: 'grassroots',
  parentId: 1,
  path: [0, 1, 42],
  validFrom: '2010-01-01',
  validTo: null,
  childCount: 0,
  asOf: '2026-01-01',
  foundedOn: '2010-01-01',
  dissolvedOn: null,
  status: 'active',
  ancestors: [],
  can: {
    update: true,
    found: true,
    move: false,
    merge: false,
    split: false,
    dissolve: false,
    manageClusters: false,
    manageUsers: true,
  },
};

/** A sheet whose header (row 3) names the sequence, the name, the birth date and the ID; column E is unknown. */
const PREVIEW: ImportResult = importResult.parse({
  rows: 10,
  imported: 8,
  updated: 1,
  unchanged: 1,
  rejected: 0,
  errors: [],
  headerRow: 3,
  columns: [
    { column: 'A', header: 'STT', field: 'sequence' },
    { column: 'B', header: 'Họ và tên', field: 'fullName' },
    { column: 'C', header: 'Ngày, tháng, năm sinh', field: 'dateOfBirth' },
    { column: 'D', header: 'Số CCCD', field: 'nationalId' },
    { column: 'E', header: 'Mã thẻ CĐ', field: null },
  ],
});

function formOf(request: SentRequest | undefined): FormData {
  if (!(request?.body instanceof FormData)) throw new Error('the upload was not sent as a form');
  return request.body;
}

/** The import page with a file chosen and its dry run shown. */
async function previewed() {
  const network = mockApi({ 'GET /api/org-units/42': UNIT, [UPLOAD]: PREVIEW });
  const view = renderWithProviders(<ImportPage />, {
    route: { path: 'members/import', url: '/members/import' },
  });
  const file = new File(['STT,Họ và tên'], 'danh-sach.csv', { type: 'text/csv' });
  // The change a browser fires once a file is picked (happy-dom would recurse on the drop target's click).
  fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [file] } });
  await view.user.click(screen.getByRole('button', { name: 'Xem trước' }));
  await screen.findByTestId('import-mapping');
  // By test id and the list the field controls: role queries over every column's 23 options are slow.
  const fieldOf = (column: string) => screen.getByTestId(`mapping-field-${column}`);
  const choose = async (column: string, field: string) => {
    const select = fieldOf(column);
    await view.user.click(select);
    const options = document.getElementById(select.getAttribute('aria-controls') ?? '');
    await view.user.click(within(options!).getByRole('option', { name: field }));
  };
  return { ...view, network, fieldOf, choose };
}

describe('ImportPage column mapping', () => {
  it('shows each column of the header with the member field the server recognised it as', async () => {
    const { fieldOf, network } = await previewed();
    expect(screen.getByTestId('import-header-row')).toHaveTextContent('Dòng tiêu đề: dòng 3');
    expect(fieldOf('A')).toHaveValue('Số thứ tự');
    expect(fieldOf('B')).toHaveValue('Họ và tên');
    expect(fieldOf('C')).toHaveValue('Ngày sinh');
    expect(fieldOf('D')).toHaveValue('Số CCCD/CMND');
    expect(fieldOf('E')).toHaveValue('(Bỏ qua cột này)');
    const rowE = screen.getAllByTestId('mapping-row').find((row) => row.dataset.column === 'E')!;
    expect(within(rowE).getByText('Mã thẻ CĐ')).toBeInTheDocument();
    expect(screen.getByTestId('import-commit')).toBeEnabled();
    expect(screen.getByTestId('import-commit')).toHaveTextContent('Nhập 9 dòng');
    // The first dry run lets the server find the columns itself.
    expect(formOf(network.sentTo(UPLOAD)[0]).get('mapping')).toBeNull();
    expect(network.sentTo(UPLOAD)[0]!.query.get('dryRun')).toBe('true');
  });

  it('asks for a new preview after a change, holds the import until then, and sends the corrected mapping', async () => {
    const { choose, fieldOf, network, user } = await previewed();
    await choose('E', 'Số thẻ đoàn viên');
    expect(fieldOf('E')).toHaveValue('Số thẻ đoàn viên');
    expect(screen.getByTestId('import-mapping-changed')).toHaveTextContent('Xem trước lại');
    expect(screen.getByTestId('import-commit')).toBeDisabled();
    await user.click(screen.getByTestId('import-rerun'));
    await waitFor(() => expect(network.sentTo(UPLOAD)).toHaveLength(2));
    expect(JSON.parse(String(formOf(network.sentTo(UPLOAD)[1]).get('mapping')))).toEqual({
      A: 'sequence',
      B: 'fullName',
      C: 'dateOfBirth',
      D: 'nationalId',
      E: 'cardNumber',
    });
  });

  it('catches a field read from two columns before anything is sent', async () => {
    const { choose, fieldOf, network } = await previewed();
    await choose('E', 'Họ và tên');
    expect(screen.getByTestId('mapping-doubled')).toHaveTextContent('Nhiều cột cùng đọc vào: Họ và tên');
    expect(fieldOf('B')).toHaveAttribute('aria-invalid', 'true');
    expect(fieldOf('E')).toHaveAttribute('aria-invalid', 'true');
    expect(fieldOf('C')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('import-rerun')).toBeDisabled();
    expect(network.sentTo(UPLOAD)).toHaveLength(1);
  });

  it("shows the server's refusal of a mapping that leaves out the required name column", async () => {
    const { choose, network, user } = await previewed();
    const message = 'Chưa xác định được cột "Họ và tên" (dòng tiêu đề 3); hãy chọn cột họ tên khi ghép cột';
    network.answer(UPLOAD, refusal(400, 'IMPORT_NAME_COLUMN_MISSING', message));
    await choose('B', '(Bỏ qua cột này)');
    await user.click(screen.getByTestId('import-rerun'));
    expect(await screen.findByTestId('import-error')).toHaveTextContent(message);
    expect(JSON.parse(String(formOf(network.sentTo(UPLOAD)[1]).get('mapping')))).not.toHaveProperty('B');
  });
});
