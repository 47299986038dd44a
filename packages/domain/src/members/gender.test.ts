import { describe, expect, it } from 'vitest';
import { parseGender } from './gender.ts';

describe('parseGender', () => {
  it.each([
    ['Nam', 'male'],
    ['nam', 'male'],
    ['NAM', 'male'],
    [' Nam ', 'male'],
    ['M', 'male'],
    ['m', 'male'],
    ['male', 'male'],
    ['Male', 'male'],
    ['Nam giới', 'male'],
    ['Nữ', 'female'],
    ['nữ', 'female'],
    ['NỮ', 'female'],
    ['Nu', 'female'],
    ['nu', 'female'],
    ['F', 'female'],
    ['female', 'female'],
    ['Female', 'female'],
    ['Nữ giới', 'female'],
    ['Nu\u031B', 'female'],
    ['N\u01B0\u0303'.normalize('NFD'), 'female'],
    ['Nữ.', 'female'],
  ])('%j → %s', (input, expected) => {
    expect(parseGender(input)).toBe(expected);
  });

  it.each([
    [''],
    ['x'],
    ['Năm'],
    ['Nâm'],
    ['Nam/Nữ'],
    ['khác'],
    ['1'],
    [0],
    [1],
    [null],
    [undefined],
    [true],
  ])('%j → null', (input) => {
    expect(parseGender(input)).toBeNull();
  });
});
