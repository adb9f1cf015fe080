import { describe, expect, it } from 'vitest';
import { StatementNames } from './prepared-statements';

describe('StatementNames', () => {
  it('names a text once it has run the given number of times, and keeps the name', () => {
    const names = new StatementNames({ after: 3, most: 10 });
    expect(names.nameFor('select 1')).toBeUndefined();
    expect(names.nameFor('select 1')).toBeUndefined();
    const name = names.nameFor('select 1');
    expect(name).toMatch(/^nk_\d+$/);
    expect(names.nameFor('select 1')).toBe(name);
  });

  it('gives different texts different names', () => {
    const names = new StatementNames({ after: 1, most: 10 });
    expect(names.nameFor('select 1')).not.toBe(names.nameFor('select 2'));
    expect(names.size).toBe(2);
  });

  it('names no more than the most it is given, and keeps the names it gave', () => {
    const names = new StatementNames({ after: 1, most: 2 });
    const first = names.nameFor('select 1');
    names.nameFor('select 2');
    for (let i = 0; i < 5; i++) expect(names.nameFor('select 3')).toBeUndefined();
    expect(names.size).toBe(2);
    expect(names.nameFor('select 1')).toBe(first);
  });

  it('counts a bounded number of texts, so one-off statements cannot fill memory', () => {
    const names = new StatementNames({ after: 2, most: 10 });
    names.nameFor('select 0');
    for (let i = 1; i <= 2_000; i++) names.nameFor(`select ${i}`);
    // The count started over when the 2,001st text came, so `select 0` needs two more runs.
    expect(names.nameFor('select 0')).toBeUndefined();
    expect(names.nameFor('select 0')).toMatch(/^nk_/);
  });

  it('gives a forgotten text a new name once it comes back, never an old one', () => {
    const names = new StatementNames({ after: 1, most: 10 });
    const first = names.nameFor('select 1');
    names.nameFor('select 2');
    names.forget('select 1');
    const again = names.nameFor('select 1');
    expect(again).toMatch(/^nk_/);
    expect([first, names.nameFor('select 2')]).not.toContain(again);
  });
});
