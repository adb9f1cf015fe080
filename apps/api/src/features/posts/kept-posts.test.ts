import { describe, expect, it } from 'vitest';
import { keepPosts, RowBudget } from './kept-posts';

/** An answer whose rows have been read (the rows themselves do not matter to the budget). */
function readAnswer(name: string) {
  const kept = keepPosts([name], '2026-12-01');
  kept.read = Promise.resolve({ rows: [], people: { ids: [], stamps: [] } });
  return kept;
}

describe('RowBudget', () => {
  it('lets the least recently used answers go once the rows pass the budget', () => {
    const budget = new RowBudget(100);
    const a = readAnswer('a');
    const b = readAnswer('b');
    const c = readAnswer('c');
    budget.keep(a, 40);
    budget.keep(b, 40);
    budget.markUsed(a);
    budget.keep(c, 40);
    expect(budget.rows).toBe(80);
    expect(b.read).toBeUndefined();
    expect(a.read).toBeDefined();
    expect(c.read).toBeDefined();
  });

  it('never keeps an answer larger than the whole budget, and counts an answer kept again once', () => {
    const budget = new RowBudget(100);
    const small = readAnswer('small');
    const large = readAnswer('large');
    budget.keep(small, 30);
    budget.keep(large, 101);
    expect(large.read).toBeUndefined();
    expect(small.read).toBeDefined();
    budget.keep(small, 50);
    expect(budget.rows).toBe(50);
    budget.letGo(small);
    expect(budget.rows).toBe(0);
    expect(small.read).toBeUndefined();
  });
});
