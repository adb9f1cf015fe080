import { describe, expect, it } from 'vitest';
import { todayInSweden } from './dates';

describe('todayInSweden', () => {
  it('turns the date at midnight in Stockholm, summer and winter, whatever it answered before', () => {
    const cases: [string, string][] = [
      ['2026-06-30T21:59:00.000Z', '2026-06-30'],
      ['2026-06-30T21:59:59.999Z', '2026-06-30'],
      ['2026-06-30T22:00:00.000Z', '2026-07-01'],
      ['2026-06-30T21:59:30.000Z', '2026-06-30'],
      ['2026-01-01T22:59:59.999Z', '2026-01-01'],
      ['2026-01-01T23:00:00.000Z', '2026-01-02'],
      ['2026-01-01T23:00:59.999Z', '2026-01-02'],
      ['2026-01-01T22:59:00.000Z', '2026-01-01'],
      // The autumn change: 03:00 summer time becomes 02:00 again, the date stays.
      ['2026-10-25T00:59:59.000Z', '2026-10-25'],
      ['2026-10-25T01:00:00.000Z', '2026-10-25'],
    ];
    for (const [instant, date] of cases) {
      expect(todayInSweden(new Date(instant)), instant).toBe(date);
    }
  });
});
