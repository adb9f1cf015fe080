import { describe, expect, it } from 'vitest';
import { freshReads } from './fresh-reads';

/** Reads that end when the test says, numbered in the order they began. */
function controlledReads() {
  const pending: { resolve: (n: number) => void; reject: (e: Error) => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  const settle = async (i: number, error?: Error) => {
    const one = pending[i - 1];
    if (!one) throw new Error(`read ${i} has not begun`);
    if (error) one.reject(error);
    else one.resolve(i);
    // Let the callbacks of the read that ended run.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { read, settle, begun: () => pending.length };
}

describe('freshReads', () => {
  it('answers calls made during a read with the next read, one for all of them', async () => {
    const reads = controlledReads();
    const now = freshReads(reads.read);
    const first = now();
    expect(reads.begun()).toBe(1);
    const during = [now(), now(), now()];
    expect(reads.begun()).toBe(1);
    await reads.settle(1);
    expect(await first).toBe(1);
    expect(reads.begun()).toBe(2);
    const duringSecond = now();
    await reads.settle(2);
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    expect(reads.begun()).toBe(3);
    await reads.settle(3);
    expect(await duringSecond).toBe(3);
    // Nothing on its way: a call begins a read of its own at once.
    const alone = now();
    expect(reads.begun()).toBe(4);
    await reads.settle(4);
    expect(await alone).toBe(4);
  });

  it('gives a failed read to its own callers only, and reads again for the others', async () => {
    const reads = controlledReads();
    const now = freshReads(reads.read);
    const first = now();
    const waiting = now();
    await reads.settle(1, new Error('nere'));
    await expect(first).rejects.toThrow('nere');
    await reads.settle(2);
    expect(await waiting).toBe(2);
  });
});
