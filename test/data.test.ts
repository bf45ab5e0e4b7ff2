import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data.js';

describe('loadData', () => {
  it('gives lexicon objects no prototype, so an article word such as "constructor" finds nothing', () => {
    const words = loadData<Record<string, Record<string, unknown>>>('number-words');
    const tables = Object.values(words).filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(Object.getPrototypeOf(table)).toBeNull();
      expect(table['constructor']).toBeUndefined();
      expect('toString' in table).toBe(false);
    }
  });

  it('keeps arrays, numbers and strings as they are in the file', () => {
    const units = loadData<{ currencySymbols: { symbol: string }[] }>('units');
    expect(Array.isArray(units.currencySymbols)).toBe(true);
    expect(typeof units.currencySymbols[0]!.symbol).toBe('string');
  });
});
