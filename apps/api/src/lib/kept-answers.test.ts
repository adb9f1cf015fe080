import type { DB } from '@nk/db';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { KeptAnswers } from './kept-answers';

/** Only a key for the shelf: the answers here never reach a database. */
const newDb = () => ({}) as Kysely<DB>;

function counted<T>(value: T) {
  const work = {
    calls: 0,
    run: async () => {
      work.calls += 1;
      return value;
    },
  };
  return work;
}

describe('KeptAnswers', () => {
  const kept = new KeptAnswers({ most: 1000 });
  const keptAnswer = kept.answer.bind(kept);

  it('works an answer out once while the versions stand still, also when asked at once', async () => {
    const db = newDb();
    const work = counted('svar');
    const versions = { catalogue: 3, placement: 7 };
    const both = await Promise.all([
      keptAnswer(db, versions, 'a', work.run),
      keptAnswer(db, versions, 'a', work.run),
    ]);
    expect(both).toEqual(['svar', 'svar']);
    expect(await keptAnswer(db, { ...versions }, 'a', work.run)).toBe('svar');
    expect(work.calls).toBe(1);
    await keptAnswer(db, versions, 'b', work.run);
    expect(work.calls).toBe(2);
  });

  it('works it out again when either version has moved, and keeps nothing for older ones', async () => {
    const db = newDb();
    const work = counted('svar');
    await keptAnswer(db, { catalogue: 3, placement: 7 }, 'a', work.run);
    await keptAnswer(db, { catalogue: 3, placement: 8 }, 'a', work.run);
    await keptAnswer(db, { catalogue: 4, placement: 8 }, 'a', work.run);
    expect(work.calls).toBe(3);
    // A request that read the numbers before the last change: answered, not kept.
    await keptAnswer(db, { catalogue: 4, placement: 7 }, 'a', work.run);
    await keptAnswer(db, { catalogue: 4, placement: 7 }, 'a', work.run);
    expect(work.calls).toBe(5);
    await keptAnswer(db, { catalogue: 4, placement: 8 }, 'a', work.run);
    expect(work.calls).toBe(5);
  });

  it('keeps no failure, and no more than a thousand answers, dropping the least used', async () => {
    const db = newDb();
    const versions = { catalogue: 1, placement: 1 };
    const failing = keptAnswer(db, versions, 'a', () => Promise.reject(new Error('nere')));
    await expect(failing).rejects.toThrow('nere');
    const work = counted('svar');
    expect(await keptAnswer(db, versions, 'a', work.run)).toBe('svar');
    expect(work.calls).toBe(1);

    for (let i = 0; i < 999; i += 1) await keptAnswer(db, versions, `k${i}`, work.run);
    await keptAnswer(db, versions, 'a', work.run); // used again: now the most recent
    await keptAnswer(db, versions, 'k-last', work.run); // the thousand-and-first: k0 goes
    const calls = work.calls;
    await keptAnswer(db, versions, 'a', work.run);
    await keptAnswer(db, versions, 'k1', work.run);
    expect(work.calls).toBe(calls);
    await keptAnswer(db, versions, 'k0', work.run);
    expect(work.calls).toBe(calls + 1);
  });

  it('lets the least used answers go past their weight, and keeps none that alone weighs too much', async () => {
    const weighed = new KeptAnswers({
      most: 100,
      weightOf: (answer) => (answer as string).length,
      mostWeight: 10,
    });
    const db = newDb();
    const versions = { catalogue: 1, placement: 1, people: 1 };
    const work = { calls: 0 };
    const answer = (text: string) => () => {
      work.calls += 1;
      return Promise.resolve(text);
    };
    await weighed.answer(db, versions, 'a', answer('aaaa'));
    await weighed.answer(db, versions, 'b', answer('bbbb'));
    await weighed.answer(db, versions, 'a', answer('aaaa')); // a is now the most recent
    await weighed.answer(db, versions, 'c', answer('cccc')); // 12 > 10: b, the least used, goes
    expect(work.calls).toBe(3);
    await weighed.answer(db, versions, 'a', answer('aaaa'));
    await weighed.answer(db, versions, 'c', answer('cccc'));
    expect(work.calls).toBe(3);
    await weighed.answer(db, versions, 'b', answer('bbbb'));
    expect(work.calls).toBe(4);
    await weighed.answer(db, versions, 'huge', answer('x'.repeat(11)));
    await weighed.answer(db, versions, 'huge', answer('x'.repeat(11)));
    expect(work.calls).toBe(6);
    // The answers kept before it are still kept (b brought the weight to 12, so a went).
    await weighed.answer(db, versions, 'c', answer('cccc'));
    await weighed.answer(db, versions, 'b', answer('bbbb'));
    expect(work.calls).toBe(6);
    // A third number moves the shelf like the others.
    await weighed.answer(db, { ...versions, people: 2 }, 'b', answer('bbbb'));
    expect(work.calls).toBe(7);
  });
});
