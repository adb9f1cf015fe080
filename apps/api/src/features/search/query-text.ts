/**
 * What the user typed, read the way a Swede means it: a phone number in any formatting, an e-mail
 * address, or words (names in any order, prefixes, role abbreviations).
 */
export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'phone'; digits: string; text: string }
  | { kind: 'email'; text: string }
  | { kind: 'words'; words: string[]; text: string };

const maxWords = 8;
// Control characters (NUL among them) cannot reach PostgreSQL; lone surrogates cannot be encoded.
const unusable = /[\p{Cc}\p{Cs}]/gu;

export function parseQuery(raw: string | undefined): ParsedQuery {
  const text = (raw ?? '').normalize('NFC').replace(unusable, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'empty' };
  if (/^\+?[\d\s()/-]+$/.test(text)) {
    const digits = nationalDigits(text);
    if (digits.length >= 3) return { kind: 'phone', digits, text };
  }
  if (text.includes('@') && !text.includes(' ')) return { kind: 'email', text: text.toLowerCase() };
  const words = text
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '')
    .slice(0, maxWords);
  return words.length === 0 ? { kind: 'empty' } : { kind: 'words', words, text };
}

/** `+46 70-123 45 67`, `0046701234567` and `070-123 45 67` all become `0701234567`. */
export function nationalDigits(text: string): string {
  return text
    .replace(/[^\d+]/g, '')
    .replace(/^(\+|00)46/, '0')
    .replace(/\D/g, '');
}

/**
 * The first text after every text that starts with `prefix`, in byte-wise ("C") order, which is
 * the order of code points: the prefix with its last character one code point on. `undefined`
 * when no such text exists (nothing but U+10FFFF), so only the lower bound applies.
 */
export function prefixEnd(prefix: string): string | undefined {
  const characters = Array.from(prefix);
  while (characters.length > 0) {
    const next = (characters.pop()?.codePointAt(0) ?? 0) + 1;
    // Surrogates are not characters: the code point after U+D7FF is U+E000.
    if (next <= 0x10ffff)
      return characters.join('') + String.fromCodePoint(next === 0xd800 ? 0xe000 : next);
  }
  return undefined;
}

/** Escapes `%`, `_` and `\` so user text is literal inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const special: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** Folded characters beyond ASCII, kept as they are met; a bound stops hostile text from growing it. */
const folds = new Map<string, string>();
const maxFolds = 4096;

/** Folds one character the way the database's `nk_fold` (unaccent + lower) does. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
  let folded = folds.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    folded = special[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (folds.size < maxFolds) folds.set(ch, folded);
  }
  return folded;
}

/**
 * Where the folded words occur in `value`, as `[start, end)` ranges of the original string, so
 * that `sjoqvist` highlights "Sjöqvist". Word starts are preferred; with `anywhere` a word may
 * also match inside another.
 */
export function matchRanges(value: string, foldedWords: string[], anywhere = true) {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const piece = foldChar(value[i] as string);
    for (const c of piece) {
      folded += c;
      origin.push(i);
    }
  }
  origin.push(value.length);
  const ranges: [number, number][] = [];
  for (const word of foldedWords) {
    if (word === '') continue;
    let at = -1;
    for (let from = folded.indexOf(word); from !== -1; from = folded.indexOf(word, from + 1)) {
      const before = folded[from - 1];
      if (from === 0 || before === ' ' || before === '-' || before === '.' || before === '@') {
        at = from;
        break;
      }
      if (anywhere && at === -1) at = from;
    }
    if (at === -1) continue;
    const start = origin[at] as number;
    const last = origin[at + word.length - 1] as number;
    ranges.push([start, last + 1]);
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
