import { describe, expect, it } from 'vitest';
import { quorumOf } from './quorum.ts';

const twoThirds = { numerator: 2, denominator: 3 };
const half = { numerator: 1, denominator: 2 };

describe('quorumOf', () => {
  it.each([
    [150, twoThirds, 100],
    [30, twoThirds, 20],
    [31, twoThirds, 21],
    [3, twoThirds, 2],
    [1, twoThirds, 1],
    [0, twoThirds, 0],
    [15, half, 8],
    [16, half, 8],
    [7, { numerator: 1, denominator: 1 }, 7],
  ])('%i convened at %o needs %i present', (convened, fraction, needed) =>
    expect(quorumOf(convened, fraction)).toBe(needed),
  );
});
