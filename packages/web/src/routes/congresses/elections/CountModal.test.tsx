// The count form as the counting board uses it: figures typed in, the valid ballots, the checks that catch
// a misread figure, and the result previewed by the Charter's rule before it is saved.
import { congress as congressSchema, election as electionSchema } from '@congdoan/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../../test/network.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { CountModal } from './CountModal.tsx';

/** A held congress of 100 delegates present; the fixtures pass the domain schemas, as a server answer must. */
const CONGRESS = congressSchema.parse({
  id: 9,
  unit: { id: 42, code: 'HN.LB.001', name: 'Công đoàn cơ sở Công ty May 10', type: 'grassroots' },
  cycle: '2023-2028',
  planId: null,
  status: 'held',
  kind: 'delegate',
  isPilot: false,
  scheduledOn: '2025-05-10',
  place: 'Hội trường công ty',
  heldOn: '2025-05-10',
  delegatesConvened: 105,
  delegatesPresent: 100,
  delegatesAppointed: null,
  bodies: { presidium: [], secretariat: [], credentialsBoard: [], countingBoard: [] },
  subcommittees: [],
  guests: [],
  notes: null,
  recognisedOn: null,
  recognitionDecision: null,
  checks: { members: 400, requiredKind: 'delegate', delegateCap: 150, quorumNeeded: 70, quorumMet: true },
  documents: [],
  term: { startsOn: '2025-05-10', endsOn: '2030-05-10' },
  recordedAt: '2025-04-01T00:00:00.000Z',
  updatedAt: '2025-05-10T00:00:00.000Z',
  can: {
    schedule: false,
    hold: true,
    editBodies: true,
    recognise: false,
    shiftTerm: false,
    uploadDocument: true,
    createElection: true,
    constituteCommittee: true,
  },
});

const candidate = (id: number, memberId: number, fullName: string) => ({
  id,
  memberId,
  fullName,
  unitName: 'Tổ may 1',
  unionYears: 6,
  votes: null,
  outcome: null,
});

/** Two seats of the executive committee, three candidates, not yet counted. */
const ELECTION = electionSchema.parse({
  id: 3,
  congressId: 9,
  body: 'executiveCommittee',
  round: 1,
  previousElectionId: null,
  seats: 2,
  status: 'nominating',
  candidates: [
    candidate(11, 501, 'Trần Văn An'),
    candidate(12, 502, 'Lê Thị Bình'),
    candidate(13, 503, 'Phạm Văn Cường'),
  ],
  ballotsIssued: null,
  ballotsCollected: null,
  invalidBallots: null,
  threshold: null,
  elected: [],
  tied: [],
  unfilled: null,
  countedAt: null,
  countedBy: null,
  can: { count: true, nextRound: false },
});

const HALF = { numerator: 1, denominator: 2 };

function openCount(fraction: { numerator: number; denominator: number } | null = HALF) {
  const network = mockApi();
  const onClose = vi.fn();
  const view = renderWithProviders(
    <CountModal congress={CONGRESS} election={ELECTION} fraction={fraction} onClose={onClose} />,
  );
  const modal = within(screen.getByTestId('count-modal'));
  const enter = async (figures: { collected?: number; invalid?: number; votes?: number[] }) => {
    const { user } = view;
    const set = async (field: HTMLElement, value: number) => {
      await user.clear(field);
      await user.type(field, String(value));
    };
    if (figures.collected !== undefined)
      await set(modal.getByLabelText('Số phiếu thu về'), figures.collected);
    if (figures.invalid !== undefined)
      await set(modal.getByLabelText('Số phiếu không hợp lệ'), figures.invalid);
    const names = ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'];
    for (const [index, votes] of (figures.votes ?? []).entries()) {
      await set(modal.getByLabelText(`Số phiếu của ${names[index]}`), votes);
    }
  };
  const outcomeOf = (name: string) =>
    within(modal.getByText(name).parentElement!).queryByTestId('count-preview-outcome')?.textContent ?? null;
  return { ...view, network, onClose, modal, enter, outcomeOf };
}

describe('CountModal', () => {
  it('starts from the delegates present, shows the valid ballots, and previews no result until every figure is in', async () => {
    const { modal, enter } = openCount();
    expect(modal.getByLabelText('Số phiếu phát ra')).toHaveValue('100');
    await enter({ collected: 98, invalid: 3 });
    expect(modal.getByTestId('count-valid')).toHaveTextContent('Số phiếu hợp lệ: 95');
    await enter({ votes: [80, 60] });
    expect(modal.queryByTestId('count-preview')).not.toBeInTheDocument();
    expect(modal.getByRole('button', { name: 'Lưu kết quả' })).toBeDisabled();
  });

  it('names who is elected, above half of the ballots collected, most votes first', async () => {
    const { modal, enter, outcomeOf } = openCount();
    await enter({ collected: 98, invalid: 3, votes: [60, 80, 40] });
    const preview = modal.getByTestId('count-preview');
    expect(preview).toHaveTextContent('Trúng cử khi được quá 1/2 số phiếu thu về: ít nhất 50 trên 98 phiếu.');
    expect(preview).toHaveTextContent('Trúng cử: Lê Thị Bình, Trần Văn An');
    expect(outcomeOf('Trần Văn An')).toBe('Trúng cử');
    expect(outcomeOf('Lê Thị Bình')).toBe('Trúng cử');
    expect(outcomeOf('Phạm Văn Cường')).toBeNull();
    expect(modal.getByRole('button', { name: 'Lưu kết quả' })).toBeEnabled();
  });

  it('flags a tie for the last seat and the seat it leaves unfilled', async () => {
    const { modal, enter, outcomeOf } = openCount();
    await enter({ collected: 98, invalid: 3, votes: [70, 55, 55] });
    const preview = modal.getByTestId('count-preview');
    expect(preview).toHaveTextContent('Trúng cử: Trần Văn An');
    expect(preview).toHaveTextContent('Bằng phiếu ở vị trí cuối: Lê Thị Bình, Phạm Văn Cường');
    expect(preview).toHaveTextContent('Còn thiếu 1 người so với số lượng bầu.');
    expect(outcomeOf('Lê Thị Bình')).toBe('Bằng phiếu');
    expect(outcomeOf('Phạm Văn Cường')).toBe('Bằng phiếu');
  });

  it("raises the bar to the rules table's fraction: over two thirds of 98 is 66", async () => {
    const { modal, enter, outcomeOf } = openCount({ numerator: 2, denominator: 3 });
    await enter({ collected: 98, invalid: 3, votes: [80, 60, 40] });
    const preview = modal.getByTestId('count-preview');
    expect(preview).toHaveTextContent('ít nhất 66 trên 98 phiếu');
    expect(preview).toHaveTextContent('Trúng cử: Trần Văn An');
    expect(preview).toHaveTextContent('Còn thiếu 1 người');
    expect(outcomeOf('Lê Thị Bình')).toBeNull();
  });

  it('warns of figures that cannot be right, instead of a result, and will not save them', async () => {
    const { modal, enter } = openCount();
    await enter({ collected: 120, invalid: 3, votes: [80, 118, 40] });
    const problems = modal.getByTestId('count-problems');
    expect(problems).toHaveTextContent('Số phiếu thu về (120) nhiều hơn số phiếu phát ra (100).');
    expect(problems).toHaveTextContent('Lê Thị Bình được 118 phiếu, nhiều hơn số phiếu hợp lệ (117).');
    expect(modal.queryByTestId('count-preview')).not.toBeInTheDocument();
    expect(modal.getByRole('button', { name: 'Lưu kết quả' })).toBeDisabled();
  });

  it('saves the figures as typed, each candidate by id, and closes', async () => {
    const { modal, enter, network, onClose, user } = openCount();
    network.answer('POST /api/elections/3/count', { ...ELECTION, status: 'counted' });
    await enter({ collected: 98, invalid: 3, votes: [60, 80, 40] });
    await user.click(modal.getByRole('button', { name: 'Lưu kết quả' }));
    expect(await screen.findByText('Đã lưu kết quả kiểm phiếu')).toBeInTheDocument();
    const sent = network.sentTo('POST /api/elections/3/count');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({
      ballotsIssued: 100,
      ballotsCollected: 98,
      invalidBallots: 3,
      votes: { '11': 60, '12': 80, '13': 40 },
    });
    expect(onClose).toHaveBeenCalled();
  });
});
