import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aNumberSchema, formatANumber, isValidANumber, normalizeANumber } from '../../../src/domain';

describe('normalizeANumber', () => {
  it('keeps a 9-digit number with its A prefix as 9 digits', () => {
    expect(normalizeANumber('A012345678')).toBe('012345678');
    expect(normalizeANumber('A123456789')).toBe('123456789');
    expect(normalizeANumber('123456789')).toBe('123456789');
  });

  it('accepts a lower-case a, spaces, dashes and dots', () => {
    expect(normalizeANumber('a 012-345-678')).toBe('012345678');
    expect(normalizeANumber('A-012-345-678')).toBe('012345678');
    expect(normalizeANumber(' A 012 345 678 ')).toBe('012345678');
    expect(normalizeANumber('012.345.678')).toBe('012345678');
  });

  it('pads an old 8-digit number with a leading zero', () => {
    expect(normalizeANumber('12345678')).toBe('012345678');
    expect(normalizeANumber('A12345678')).toBe('012345678');
    expect(normalizeANumber('A-12-345-678')).toBe('012345678');
  });

  it('refuses too few or too many digits', () => {
    expect(normalizeANumber('1234567')).toBeNull();
    expect(normalizeANumber('A1234567')).toBeNull();
    expect(normalizeANumber('A1234567890')).toBeNull();
    expect(normalizeANumber('1234567890')).toBeNull();
    expect(normalizeANumber('')).toBeNull();
    expect(normalizeANumber('A')).toBeNull();
  });

  it('refuses letters inside the number, a second A and other prefixes', () => {
    expect(normalizeANumber('A0123B5678')).toBeNull();
    expect(normalizeANumber('A01234567O')).toBeNull();
    expect(normalizeANumber('012345678A')).toBeNull();
    expect(normalizeANumber('AA012345678')).toBeNull();
    expect(normalizeANumber('B012345678')).toBeNull();
    expect(normalizeANumber('A#012345678')).toBeNull();
    expect(normalizeANumber('A０１２３４５６７８')).toBeNull();
  });
});

describe('isValidANumber and aNumberSchema', () => {
  it('agree with normalizeANumber', () => {
    for (const [input, valid] of [
      ['A012345678', true],
      ['a 012-345-678', true],
      ['12345678', true],
      ['1234567', false],
      ['A1234567890', false],
      ['A0123B5678', false],
    ] as const) {
      expect(isValidANumber(input), input).toBe(valid);
      expect(aNumberSchema.safeParse(input).success, input).toBe(valid);
    }
  });

  it('reports the "a-number" message code', () => {
    const r = aNumberSchema.safeParse('A123');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('a-number');
  });
});

describe('formatANumber', () => {
  it('formats as A-XXX-XXX-XXX', () => {
    expect(formatANumber('A012345678')).toBe('A-012-345-678');
    expect(formatANumber('a 012-345-678')).toBe('A-012-345-678');
    expect(formatANumber('12345678')).toBe('A-012-345-678');
    expect(formatANumber('987654321')).toBe('A-987-654-321');
  });

  it('returns null for an invalid number', () => {
    expect(formatANumber('1234567')).toBeNull();
    expect(formatANumber('A1234567890')).toBeNull();
    expect(formatANumber('A0123B5678')).toBeNull();
  });

  it('is stable: formatting a formatted number gives the same text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8,9}$/), (digits) => {
        const formatted = formatANumber(digits);
        expect(formatted).toMatch(/^A-\d{3}-\d{3}-\d{3}$/);
        expect(formatANumber(formatted!)).toBe(formatted);
        expect(normalizeANumber(formatted!)).toBe(digits.padStart(9, '0'));
      }),
    );
  });
});
