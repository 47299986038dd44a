// The account form as an administrator meets it: an empty form says what is missing and sends nothing, a
// change sends only what changed, and what the server's `can` withholds cannot be touched.
import { type UserListRow, userListRow } from '@congdoan/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/network.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { UserModal } from './UserModal.tsx';

function account(can: UserListRow['can']): UserListRow {
  return userListRow.parse({
    id: 5,
    username: 'cdcs.ketoan',
    fullName: 'Trần Văn Bình',
    role: 'unit_officer',
    locale: 'vi',
    unit: { id: 42, code: 'HN.LB.001', name: 'Công đoàn cơ sở Công ty May 10', type: 'grassroots' },
    active: true,
    createdAt: '2025-01-02T03:04:05.000Z',
    lastLoginAt: null,
    can,
  });
}
const { can: _, ...saved } = account({ edit: true, resetPassword: true, deactivate: true });

async function open(user: UserListRow | null, answers: Record<string, unknown> = {}) {
  const network = mockApi(answers);
  const view = renderWithProviders(<UserModal user={user} onClose={() => undefined} />, {
    route: { path: 'users', url: '/users' },
  });
  await screen.findByTestId('user-save');
  return { ...view, network };
}

describe('UserModal', () => {
  it('says what a new account lacks and sends nothing', async () => {
    const { user, network } = await open(null);
    await user.click(screen.getByTestId('user-save'));
    expect(screen.getByTestId('user-username')).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(screen.getByTestId('user-full-name')).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(screen.getByTestId('user-password')).toHaveAccessibleDescription('Bắt buộc nhập');
    // A filled field is held to the schema's own rule, in words.
    await user.type(screen.getByTestId('user-password'), 'ngan');
    await user.click(screen.getByTestId('user-save'));
    expect(screen.getByTestId('user-password')).toHaveAccessibleDescription('Mật khẩu cần ít nhất 8 ký tự');
    expect(network.sentTo('POST /api/users')).toHaveLength(0);
  });

  it('sends only the name when only the name changed', async () => {
    const { user, network } = await open(account({ edit: true, resetPassword: true, deactivate: true }), {
      'PATCH /api/users/5': { ...saved, fullName: 'Trần Văn Bính' },
    });
    const name = screen.getByTestId('user-full-name');
    await user.clear(name);
    await user.type(name, 'Trần Văn Bính');
    await user.click(screen.getByTestId('user-save'));
    await screen.findByText('Đã lưu tài khoản');
    expect(network.sentTo('PATCH /api/users/5').map((request) => request.body)).toEqual([
      { fullName: 'Trần Văn Bính' },
    ]);
  });

  it('keeps an account on when the server says it may not be turned off', async () => {
    await open(account({ edit: true, resetPassword: true, deactivate: false }));
    expect(screen.getByTestId('user-active')).toBeDisabled();
    expect(screen.getByTestId('user-full-name')).toBeEnabled();
  });

  it('leaves every field alone on an account the administrator may not change', async () => {
    await open(account({ edit: false, resetPassword: false, deactivate: false }));
    for (const field of ['user-full-name', 'user-password', 'user-active'])
      expect(screen.getByTestId(field)).toBeDisabled();
  });
});
