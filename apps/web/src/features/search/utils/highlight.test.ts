import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks the matched family name in a full name', () => {
    expect(highlightSegments('Elin Sjöqvist', [[5, 13]])).toEqual([
      { text: 'Elin ', match: false },
      { text: 'Sjöqvist', match: true },
    ]);
  });

  it('merges overlapping and touching ranges given in any order', () => {
    expect(
      highlightSegments('Anna Eriksson', [
        [5, 8],
        [0, 2],
        [1, 4],
        [8, 9],
      ]),
    ).toEqual([
      { text: 'Anna', match: true },
      { text: ' ', match: false },
      { text: 'Erik', match: true },
      { text: 'sson', match: false },
    ]);
  });

  it('clamps ranges outside the text and ignores empty ones', () => {
    expect(
      highlightSegments('Gnesta', [
        [-3, 2],
        [4, 40],
        [3, 3],
      ]),
    ).toEqual([
      { text: 'Gn', match: true },
      { text: 'es', match: false },
      { text: 'ta', match: true },
    ]);
  });

  it('returns the whole text unmarked without ranges', () => {
    expect(highlightSegments('Trosa kommun', [])).toEqual([{ text: 'Trosa kommun', match: false }]);
  });
});
