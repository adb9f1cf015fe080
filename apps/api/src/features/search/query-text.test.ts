import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRanges, prefixEnd } from './query-text';

// What PostgreSQL's "C" collation does: compare the UTF-8 bytes.
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('prefixEnd', () => {
  it('bounds exactly the texts that start with the prefix', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 6 });
    fc.assert(
      fc.property(text, text, text, (prefix, rest, other) => {
        const end = prefixEnd(prefix);
        const inRange = (t: string) =>
          byBytes(t, prefix) >= 0 && (end === undefined || byBytes(t, end) < 0);
        expect(inRange(prefix + rest)).toBe(true);
        expect(inRange(other)).toBe(other.startsWith(prefix));
      }),
      { numRuns: 5000 },
    );
  });

  it('moves the last character one code point on', () => {
    expect(prefixEnd('anna')).toBe('annb');
    expect(prefixEnd('sjöberg ')).toBe('sjöberg!');
    expect(prefixEnd('a\u{d7ff}')).toBe('a\u{e000}');
    expect(prefixEnd('b\u{10ffff}')).toBe('c');
    expect(prefixEnd('\u{10ffff}')).toBeUndefined();
  });
});

describe('matchRanges', () => {
  it('finds folded words in the text as written, the same every time it is asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(matchRanges('Malin SJÖQVIST', ['sjoqvist'])).toEqual([[6, 14]]);
      expect(matchRanges('Åke Östergren', ['ake', 'ostergren'])).toEqual([
        [0, 3],
        [4, 13],
      ]);
      expect(matchRanges('Søren Ærø-Müller', ['soren', 'aero', 'muller'])).toEqual([
        [0, 5],
        [6, 9],
        [10, 16],
      ]);
      expect(matchRanges('ANNA', ['anna'])).toEqual([[0, 4]]);
      expect(matchRanges('Anna-Lena Zé', ['lena', 'ze'])).toEqual([
        [5, 9],
        [10, 12],
      ]);
    }
  });
});
