/**
 * Dates, numbers and lists in the page language (src/ui/format.ts). The formatters are made once
 * per locale and kind (issue 17: making one costs about a millisecond): switching language back
 * and forth must still give each language its own words.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatList, formatNumber } from '../../src/ui/format';

describe('format', () => {
  it('gives each language its own words, whatever was formatted before', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDate('2026-11-23', 'en-US')).toBe('November 23, 2026');
      expect(formatDate('2026-11-23', 'es-US')).toBe('23 de noviembre de 2026');
      expect(formatDate('2020-11', 'en-US')).toBe('November 2020');
      expect(formatDate('2020-11', 'es-US')).toBe('noviembre de 2020');
      expect(formatNumber(12345, 'en-US')).toBe('12,345');
      expect(formatList(['a', 'b', 'c'], 'en-US')).toBe('a, b, and c');
      expect(formatList(['a', 'b', 'c'], 'es-US')).toBe('a, b y c');
    }
    expect(formatDate('undated, ~2025', 'en-US')).toBe('undated, ~2025');
  });

  it('makes the date formatters ahead: formatDate then makes none', async () => {
    vi.resetModules();
    const fresh = await import('../../src/ui/format');
    const Real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      fresh.prepareDateFormats('es-US');
      expect(made).toBe(2);
      expect(fresh.formatDate('2026-11-23', 'es-US')).toBe('23 de noviembre de 2026');
      expect(fresh.formatDate('2020-11', 'es-US')).toBe('noviembre de 2020');
      expect(made).toBe(2);
      // Another locale's are its own.
      expect(fresh.formatDate('2026-11-23', 'en-US')).toBe('November 23, 2026');
      expect(made).toBe(3);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
