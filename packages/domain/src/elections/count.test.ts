import { describe, expect, it } from 'vitest';
import { countElection, countProblems, winningThreshold } from './count.ts';

describe('winningThreshold: more than half of the ballots collected', () => {
  it.each([
    [18, 0.5, 10],
    [17, 0.5, 9],
    [1, 0.5, 1],
    [0, 0.5, 1],
    [100, 0.5, 51],
    [18, 2 / 3, 13],
    [30, 2 / 3, 21],
  ])('%i collected at %d → %i', (collected, fraction, expected) => {
    expect(winningThreshold(collected, fraction)).toBe(expected);
  });
});

describe('countElection', () => {
  it.each([
    [
      'the worked example: 18 collected, 2 invalid; 10 wins, 9 (exactly half) does not',
      { seats: 3, ballotsCollected: 18, invalidBallots: 2, votes: { a: 16, b: 10, c: 9, d: 12 } },
      { threshold: 10, elected: ['a', 'd', 'b'], tied: [], unfilled: 0 },
    ],
    [
      'invalid ballots count in the denominator: 8 of 16 valid is not more than half of 18',
      { seats: 1, ballotsCollected: 18, invalidBallots: 2, votes: { a: 9, b: 7 } },
      { threshold: 10, elected: [], tied: [], unfilled: 1 },
    ],
    [
      'seats fill from the top down when more pass than there are seats',
      { seats: 2, ballotsCollected: 20, invalidBallots: 0, votes: { a: 12, b: 19, c: 15, d: 3 } },
      { threshold: 11, elected: ['b', 'c'], tied: [], unfilled: 0 },
    ],
    [
      'a tie at the last seat: both tied, neither elected, one seat left',
      { seats: 2, ballotsCollected: 20, invalidBallots: 1, votes: { a: 18, b: 14, c: 14, d: 2 } },
      { threshold: 11, elected: ['a'], tied: ['b', 'c'], unfilled: 1 },
    ],
    [
      'three tied for the last two seats',
      { seats: 3, ballotsCollected: 30, invalidBallots: 0, votes: { a: 25, b: 20, c: 20, d: 20 } },
      { threshold: 16, elected: ['a'], tied: ['b', 'c', 'd'], unfilled: 2 },
    ],
    [
      'a tie inside the seats is no tie: both fit',
      { seats: 3, ballotsCollected: 30, invalidBallots: 0, votes: { a: 25, b: 20, c: 20, d: 17 } },
      { threshold: 16, elected: ['a', 'b', 'c'], tied: [], unfilled: 0 },
    ],
    [
      'a tie below the threshold does not matter',
      { seats: 2, ballotsCollected: 30, invalidBallots: 0, votes: { a: 25, b: 20, c: 10, d: 10 } },
      { threshold: 16, elected: ['a', 'b'], tied: [], unfilled: 0 },
    ],
    [
      'too few above half: the rest of the seats are unfilled',
      { seats: 5, ballotsCollected: 40, invalidBallots: 3, votes: { a: 30, b: 21, c: 20, d: 19, e: 15 } },
      { threshold: 21, elected: ['a', 'b'], tied: [], unfilled: 3 },
    ],
    [
      'nobody passes',
      { seats: 1, ballotsCollected: 10, invalidBallots: 0, votes: { a: 5, b: 5 } },
      { threshold: 6, elected: [], tied: [], unfilled: 1 },
    ],
    [
      'the Văn phòng Đoàn ĐBQH congress: 7 seats, all elected',
      {
        seats: 7,
        ballotsCollected: 25,
        invalidBallots: 0,
        votes: { a: 25, b: 24, c: 24, d: 23, e: 22, f: 21, g: 20, h: 9 },
      },
      { threshold: 13, elected: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], tied: [], unfilled: 0 },
    ],
  ])('%s', (_case, count, expected) => {
    expect(countElection(count)).toEqual(expected);
  });

  it('takes the fraction from the rules table when one is given', () => {
    const count = { seats: 1, ballotsCollected: 30, invalidBallots: 0, votes: { a: 20, b: 21 } };
    expect(countElection(count, 2 / 3)).toEqual({ threshold: 21, elected: ['b'], tied: [], unfilled: 0 });
  });
});

describe('countProblems', () => {
  const fine = {
    seats: 2,
    ballotsIssued: 20,
    ballotsCollected: 19,
    invalidBallots: 1,
    votes: { a: 18, b: 10 },
  };
  it('finds nothing wrong with a consistent count', () => {
    expect(countProblems(fine)).toEqual([]);
  });
  it.each([
    ['more collected than issued', { ballotsCollected: 21 }, 'COUNT_COLLECTED_OVER_ISSUED'],
    ['more invalid than collected', { invalidBallots: 20 }, 'COUNT_INVALID_OVER_COLLECTED'],
    ['a candidate above the valid ballots', { votes: { a: 19, b: 1 } }, 'COUNT_CANDIDATE_OVER_VALID'],
    [
      'more marks than valid ballots × seats',
      { seats: 1, votes: { a: 10, b: 10 } },
      'COUNT_MARKS_OVER_BALLOTS',
    ],
  ])('refuses %s', (_case, change, code) => {
    expect(countProblems({ ...fine, ...change }).map((problem) => problem.code)).toContain(code);
  });
});
