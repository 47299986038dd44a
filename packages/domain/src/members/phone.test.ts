import { describe, expect, it } from 'vitest';
import { phoneForStorage } from './phone.ts';

describe('phoneForStorage', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['  024 3826 1234 ', '02438261234'],
  ])('%s → %s', (raw, stored) => {
    expect(phoneForStorage(raw)).toBe(stored);
  });
});
