// The "as of" picker of the organisation pages: the date a user picks goes into the address (?asOf=), so a
// link or a reload shows the same day; today is the address without it, and "back to today" clears it.
import { todayInVietnam } from '@congdoan/domain';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../test/network.ts';
import { renderWithProviders } from '../test/render.tsx';
import { AsOfPicker } from './AsOfPicker.tsx';

const shown = (isoDate: string) => isoDate.split('-').reverse().join('/');

async function openAt(url: string) {
  mockApi();
  const view = renderWithProviders(<AsOfPicker />, { route: { path: 'org/$unitId', url } });
  const input = await screen.findByLabelText('Tính đến ngày');
  const search = () => new URLSearchParams(view.router!.state.location.searchStr);
  return { ...view, input, search };
}

describe('AsOfPicker', () => {
  it('shows today with nothing in the address, and no way back to today', async () => {
    const { input, search } = await openAt('/org/5');
    expect(input).toHaveValue(shown(todayInVietnam()));
    expect(search().has('asOf')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Về hôm nay' })).not.toBeInTheDocument();
  });

  it('writes a typed date into the address, keeping the rest of it, and offers the way back', async () => {
    const { user, input, search } = await openAt('/org/5?tab=history');
    await user.clear(input);
    await user.paste('15/01/2024');
    await user.tab();
    await waitFor(() => expect(search().get('asOf')).toBe('2024-01-15'));
    expect(search().get('tab')).toBe('history');
    expect(input).toHaveValue('15/01/2024');
    expect(screen.getByRole('button', { name: 'Về hôm nay' })).toBeInTheDocument();
  });

  it('writes a day picked on the calendar into the address', async () => {
    const { user, input, search } = await openAt('/org/5?asOf=2020-05-01');
    await user.click(input);
    await user.click(await screen.findByRole('button', { name: /^20 tháng 5/ }));
    await waitFor(() => expect(search().get('asOf')).toBe('2020-05-20'));
    expect(input).toHaveValue('20/05/2020');
  });

  it('reads the date from the address, and "back to today" takes it out again', async () => {
    const { user, input, search } = await openAt('/org/5?asOf=2020-05-01');
    expect(input).toHaveValue('01/05/2020');
    await user.click(screen.getByRole('button', { name: 'Về hôm nay' }));
    await waitFor(() => expect(search().has('asOf')).toBe(false));
    expect(input).toHaveValue(shown(todayInVietnam()));
    expect(screen.queryByRole('button', { name: 'Về hôm nay' })).not.toBeInTheDocument();
  });

  it("leaves the address clean when the date chosen is today's", async () => {
    const { user, input, search } = await openAt('/org/5?asOf=2020-05-01');
    await user.clear(input);
    await user.paste(shown(todayInVietnam()));
    await user.tab();
    await waitFor(() => expect(search().has('asOf')).toBe(false));
    expect(input).toHaveValue(shown(todayInVietnam()));
  });
});
