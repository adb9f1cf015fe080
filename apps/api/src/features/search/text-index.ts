/**
 * Which of many folded texts may hold a search word, without reading them all: every
 * three-letter run of each text, and the first one and two letters of each of its words, point
 * to the entries that have them. A text holding a word of three letters or more holds each of
 * its runs; one with a word starting with a shorter word has that start. What comes back is a
 * superset, to be tested with the search's own rules; hyphens count as spaces on both sides.
 */
export class TextIndex<T> {
  private readonly byRun = new Map<string, T[]>();
  private readonly byWordStart = new Map<string, T[]>();

  constructor(entries: Iterable<T>, textOf: (entry: T) => string) {
    for (const entry of entries) {
      const text = spaced(textOf(entry));
      const keys = new Set<string>();
      for (let i = 0; i + 3 <= text.length; i += 1) keys.add(text.slice(i, i + 3));
      for (const key of keys) push(this.byRun, key, entry);
      const starts = new Set<string>();
      for (const word of text.split(' ')) {
        if (word.length >= 1) starts.add(word.slice(0, 1));
        if (word.length >= 2) starts.add(word.slice(0, 2));
      }
      for (const start of starts) push(this.byWordStart, start, entry);
    }
  }

  /**
   * The entries that may hold every word (inside a text, or at the start of one of its words
   * when shorter than three letters), the shortest list the words point to; undefined when no
   * word narrows the entries down.
   */
  candidates(words: readonly string[]): readonly T[] | undefined {
    let shortest: readonly T[] | undefined;
    for (const word of words) {
      for (const list of this.listsOf(spaced(word))) {
        if (!shortest || list.length < shortest.length) shortest = list;
      }
    }
    return shortest;
  }

  private listsOf(word: string): (readonly T[])[] {
    if (word.length >= 3) {
      const lists: (readonly T[])[] = [];
      for (let i = 0; i + 3 <= word.length; i += 1) {
        lists.push(this.byRun.get(word.slice(i, i + 3)) ?? []);
      }
      return lists;
    }
    if (word.length === 0 || word.includes(' ')) return [];
    return [this.byWordStart.get(word) ?? []];
  }
}

/** Hyphens as spaces, as search reads names (`Nyström-Åberg` has the words nyström, åberg). */
export const spaced = (text: string) => text.replaceAll('-', ' ');

function push<T>(lists: Map<string, T[]>, key: string, entry: T) {
  const list = lists.get(key);
  if (list) list.push(entry);
  else lists.set(key, [entry]);
}
