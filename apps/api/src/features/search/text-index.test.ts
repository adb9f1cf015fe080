import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextIndex } from './text-index';

// The rules the index must never hide a match from (catalogue-matches.ts): a word of three
// letters or more anywhere in the text, a shorter one at the start of a word; hyphens as spaces.
const spaced = (text: string) => text.replaceAll('-', ' ');
const holds = (text: string, word: string) =>
  word.length >= 3 ? text.includes(word) : ` ${spaced(text)} `.includes(` ${spaced(word)}`);

const texts = ['nykopings kommun', 'region sormland', 'malarsjukhuset', 'vard-och omsorg', 'sso'];

describe('TextIndex', () => {
  it('narrows to the texts holding a word, or to none', () => {
    const index = new TextIndex(texts, (t) => t);
    expect(index.candidates(['kommun'])).toEqual(['nykopings kommun']);
    expect(index.candidates(['sjukhus'])).toEqual(['malarsjukhuset']);
    expect(index.candidates(['om'])).toEqual(['vard-och omsorg']);
    expect(index.candidates(['och-om'])).toEqual(['vard-och omsorg']);
    expect(index.candidates(['xyz'])).toEqual([]);
    expect(index.candidates([])).toBeUndefined();
  });

  it('never leaves out a text that holds every word', () => {
    const letter = fc.constantFrom('a', 'b', 'o', 'ö', ' ', '-');
    const text = fc.array(letter, { minLength: 0, maxLength: 12 }).map((l) => l.join(''));
    const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((l) => l.join('').trim());
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 20 }),
        fc.array(word, { maxLength: 3 }),
        (all, words) => {
          const candidates = new TextIndex(all, (t) => t).candidates(words) ?? all;
          for (const t of all) {
            if (words.every((w) => holds(t, w))) expect(candidates).toContain(t);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
