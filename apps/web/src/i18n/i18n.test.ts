import { describe, expect, it } from 'vitest';
import { translate } from './dictionaries';
import { en } from './en';
import { sv } from './sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('has exactly the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('has no empty strings in either language', () => {
    for (const dictionary of [sv, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('fills placeholders with the given values', () => {
    expect(translate('sv', 'post.vacantSince', { date: '1 juli 2025' })).toBe(
      'Vakant sedan 1 juli 2025',
    );
  });
});
