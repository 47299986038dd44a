import { describe, expect, it } from 'vitest';
import { normalizeForSearch, toNfc } from './normalize.ts';

describe('normalizeForSearch', () => {
  it.each([
    ['Liên đoàn Lao động quận Long Biên', 'lien doan lao dong quan long bien'],
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐOÀN  Thị   Hương', 'doan thi huong'],
    ['Công đoàn các KCN-KCX Hà Nội', 'cong doan cac kcn-kcx ha noi'],
    // decomposed input (as pasted from some Excel exports) normalises the same way
    ['Nguye\u0302\u0303n', 'nguyen'],
    ['  Hoàng Mai ', 'hoang mai'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});

describe('toNfc', () => {
  it('composes decomposed text and folds white space', () => {
    const decomposed = 'Nguye\u0302\u0303n   Văn'.normalize('NFD');
    expect(toNfc(decomposed)).toBe('Nguyễn Văn');
    expect(toNfc(decomposed)).not.toBe(decomposed);
  });
});
