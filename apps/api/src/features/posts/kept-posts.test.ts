import { describe, expect, it } from 'vitest';
import { type KeptPosts, keepPosts, MemoryBudget, type PostsRead } from './kept-posts';
import type { PostRow } from './repository';

/** A kept row weighs 1,200 bytes; what is in it does not matter to the budget. */
const rowBytes = 1_200;

/** An answer and a read of `rows` rows for it (not yet kept). */
function readAnswer(name: string, rows: number): { kept: KeptPosts; read: PostsRead } {
  const kept = keepPosts([name], '2026-12-01');
  const read: PostsRead = {
    rows: Array.from({ length: rows }, () => ({}) as PostRow),
    people: { ids: [], stamps: [], contacts: [] },
    seenAt: 0,
    shown: new Map(),
  };
  kept.read = Promise.resolve(read);
  return { kept, read };
}

describe('MemoryBudget', () => {
  it('lets the least recently used answers go once their reads pass the budget', () => {
    const budget = new MemoryBudget(100 * rowBytes);
    const a = readAnswer('a', 40);
    const b = readAnswer('b', 40);
    const c = readAnswer('c', 40);
    budget.keep(a.kept, a.read);
    budget.keep(b.kept, b.read);
    budget.markUsed(a.kept);
    budget.keep(c.kept, c.read);
    expect(budget.bytes).toBe(80 * rowBytes);
    expect(b.kept.read).toBeUndefined();
    expect(a.kept.read).toBeDefined();
    expect(c.kept.read).toBeDefined();
  });

  it('never keeps a read larger than the whole budget, and counts one kept again once', () => {
    const budget = new MemoryBudget(100 * rowBytes);
    const small = readAnswer('small', 30);
    const large = readAnswer('large', 101);
    budget.keep(small.kept, small.read);
    budget.keep(large.kept, large.read);
    expect(large.kept.read).toBeUndefined();
    expect(small.kept.read).toBeDefined();
    budget.keep(small.kept, small.read);
    expect(budget.bytes).toBe(30 * rowBytes);
    budget.letGo(small.kept);
    expect(budget.bytes).toBe(0);
    expect(small.kept.read).toBeUndefined();
  });

  it('weighs the answers made from a read with it, and lets others go when they grow', () => {
    const budget = new MemoryBudget(100 * rowBytes);
    const a = readAnswer('a', 40);
    const b = readAnswer('b', 40);
    budget.keep(a.kept, a.read);
    budget.keep(b.kept, b.read);
    b.read.shown.set('admin', Buffer.alloc(10 * rowBytes));
    budget.grew(b.kept, b.read);
    expect(budget.bytes).toBe(90 * rowBytes);
    b.read.shown.set('inside', Buffer.alloc(15 * rowBytes));
    budget.grew(b.kept, b.read);
    expect(a.kept.read).toBeUndefined();
    expect(budget.bytes).toBe(65 * rowBytes);
  });

  it('does not count a read that is no longer the one kept for its answer', () => {
    const budget = new MemoryBudget(100 * rowBytes);
    const { kept, read: earlier } = readAnswer('a', 20);
    budget.keep(kept, earlier);
    const { read: later } = readAnswer('a', 30);
    budget.keep(kept, later);
    earlier.shown.set('admin', Buffer.alloc(50 * rowBytes));
    budget.grew(kept, earlier);
    expect(budget.bytes).toBe(30 * rowBytes);
  });
});
