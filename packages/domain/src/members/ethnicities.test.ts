import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../text/normalize.ts';
import { ETHNICITIES, parseEthnicity } from './ethnicities.ts';

describe('ETHNICITIES', () => {
  it('lists the 54 recognised groups once each, Kinh first, in NFC', () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(new Set(ETHNICITIES).size).toBe(54);
    expect(new Set(ETHNICITIES.map((name) => normalizeForSearch(name).replace(/[^a-z]/gu, ''))).size).toBe(
      54,
    );
    expect(ETHNICITIES[0]).toBe('Kinh');
    for (const name of ETHNICITIES) expect(name).toBe(name.normalize('NFC'));
  });

  it.each(ETHNICITIES.map((name) => [name]))(
    '%s reads back as itself, also without accents or case',
    (name) => {
      expect(parseEthnicity(name)).toBe(name);
      expect(parseEthnicity(normalizeForSearch(name))).toBe(name);
      expect(parseEthnicity(name.toUpperCase())).toBe(name);
      expect(parseEthnicity(name.normalize('NFD'))).toBe(name);
    },
  );
});

describe('parseEthnicity', () => {
  it.each([
    ['kinh', 'Kinh'],
    ['KINH', 'Kinh'],
    [' Kinh ', 'Kinh'],
    ['Việt', 'Kinh'],
    ['Kinh (Việt)', 'Kinh'],
    ['Dân tộc Kinh', 'Kinh'],
    ['người Tày', 'Tày'],
    ['Tay', 'Tày'],
    ['Thai', 'Thái'],
    ['muong', 'Mường'],
    ['Khơ-me', 'Khmer'],
    ['Khơ Me', 'Khmer'],
    ['Mông', 'Mông'],
    ["H'Mông", 'Mông'],
    ['H Mông', 'Mông'],
    ['H’mông', 'Mông'],
    ['Hmong', 'Mông'],
    ['HMÔNG', 'Mông'],
    ['Ê-đê', 'Ê Đê'],
    ['Ê đê', 'Ê Đê'],
    ['Ede', 'Ê Đê'],
    ['Êđê', 'Ê Đê'],
    ['Gia-rai', 'Gia Rai'],
    ['Jrai', 'Gia Rai'],
    ['Ba-na', 'Ba Na'],
    ['Bahnar', 'Ba Na'],
    ['Xơ-đăng', 'Xơ Đăng'],
    ['Cơ-ho', 'Cơ Ho'],
    ["K'Ho", 'Cơ Ho'],
    ['Ra-glai', 'Ra Glai'],
    ['Raglai', 'Ra Glai'],
    ["M'nông", 'Mnông'],
    ['Xtiêng', 'Stiêng'],
    ['Khơ-mú', 'Khơ Mú'],
    ['Khơ mú', 'Khơ Mú'],
    ['Khmu', 'Khơ Mú'],
    ['Bru Vân Kiều', 'Bru-Vân Kiều'],
    ['Bru - Vân Kiều', 'Bru-Vân Kiều'],
    ['Vân Kiều', 'Bru-Vân Kiều'],
    ['Cơ-tu', 'Cơ Tu'],
    ['Tà-ôi', 'Tà Ôi'],
    ['Gié-Triêng', 'Giẻ-Triêng'],
    ['Giẻ Triêng', 'Giẻ-Triêng'],
    ['Chơ-ro', 'Chơ Ro'],
    ['Xinh-mun', 'Xinh Mun'],
    ['Chu-ru', 'Chu Ru'],
    ['Cơ Lao', 'Cờ Lao'],
    ['Ơ-đu', 'Ơ Đu'],
    ['Rơ-măm', 'Rơ Măm'],
    ['Hoa (Hán)', 'Hoa'],
    ['Hrê', 'Hrê'],
    ["H're", 'Hrê'],
    ['Co', 'Co'],
    ['Mạ', 'Mạ'],
    ['Mảng', 'Mảng'],
  ])('%j → %s', (input, expected) => {
    expect(parseEthnicity(input)).toBe(expected);
  });

  it.each([[''], ['  '], ['Pháp'], ['Kinh tế'], ['Anh'], ['khác'], ['x'], ['54'], [null], [1], [undefined]])(
    '%j → null',
    (input) => {
      expect(parseEthnicity(input)).toBeNull();
    },
  );
});
