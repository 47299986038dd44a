// A row's cells are held to the member record's own limits (domain memberFields): what the admission form
// takes, the import takes, and one character, month or đồng more is refused as the form refuses it.
import { memberFields } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { readAmount, readContractMonths, readEmail, readName, readText, TEXT_LIMITS } from './fields.ts';

/** A name of exactly `length` characters, as parseFullName leaves it (capitalised words). */
const nameOf = (length: number) => `Nguyễn A${'a'.repeat(length - 'Nguyễn A'.length)}`;
/** An address of exactly `length` characters. */
const emailOf = (length: number) => `${'a'.repeat(length - '@example.vn'.length)}@example.vn`;

describe('the limits a member row is read with', () => {
  it('takes a name as long as the member form does, and no longer', () => {
    const longest = nameOf(120);
    expect(memberFields.shape.fullName.safeParse(longest).success).toBe(true);
    expect(memberFields.shape.fullName.safeParse(`${longest}a`).success).toBe(false);
    expect(readName(longest)).toEqual({ value: longest });
    expect(readName(`${longest}a`)).toEqual({ problem: 'IMPORT_ROW_TOO_LONG', params: { max: 120 } });
  });

  it('takes an email address as long as the member form does, and no longer', () => {
    const longest = emailOf(200);
    expect(memberFields.shape.email.safeParse(longest).success).toBe(true);
    expect(memberFields.shape.email.safeParse(`a${longest}`).success).toBe(false);
    expect(readEmail(longest)).toEqual({ value: longest });
    expect(readEmail(`a${longest}`)).toMatchObject({ problem: 'IMPORT_ROW_BAD_EMAIL' });
  });

  it('takes each free text as long as the member form does', () => {
    for (const [field, max] of Object.entries(TEXT_LIMITS)) {
      const schema = memberFields.shape[field as keyof typeof TEXT_LIMITS];
      expect(schema.safeParse('x'.repeat(max)).success, field).toBe(true);
      expect(schema.safeParse('x'.repeat(max + 1)).success, field).toBe(false);
      expect(readText('x'.repeat(max + 1), max)).toEqual({ problem: 'IMPORT_ROW_TOO_LONG', params: { max } });
    }
    expect(TEXT_LIMITS.employer).toBe(200);
  });

  it('takes a contract of up to 50 years and a salary of up to ten billion đồng, as the form does', () => {
    expect(readContractMonths('50 năm')).toEqual({ value: 600 });
    expect(memberFields.shape.foreignContractMonths.safeParse(601).success).toBe(false);
    expect(readContractMonths(601)).toMatchObject({ problem: 'IMPORT_ROW_BAD_CONTRACT' });
    expect(readAmount('10.000.000.000 đ')).toEqual({ value: 10_000_000_000 });
    expect(memberFields.shape.salaryBasis.safeParse(10_000_000_001).success).toBe(false);
    expect(readAmount(10_000_000_001)).toMatchObject({ problem: 'IMPORT_ROW_BAD_AMOUNT' });
    expect(readAmount('100.000.000.000')).toMatchObject({ problem: 'IMPORT_ROW_BAD_AMOUNT' });
  });
});
