import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PgliteClient, pgliteClient } from './pglite-statements';
import { StatementNames } from './prepared-statements';

let pglite: PGlite;
let client: PgliteClient;

beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`
    CREATE TABLE things (id uuid PRIMARY KEY, name text NOT NULL, born date, tags text[],
      extra jsonb, active boolean, seen timestamptz, n int);
    INSERT INTO things VALUES
      ('00000000-0000-4000-8000-000000000001', 'Åsa', '1970-01-02', '{a,b}', '{"k": 1}', true,
       '2026-01-01T10:00:00Z', 1),
      ('00000000-0000-4000-8000-000000000002', 'Örjan', NULL, '{}', NULL, false, NULL, 2);`);
  client = pgliteClient(pglite, new StatementNames({ after: 3, most: 10 }));
}, 60_000);
afterAll(() => pglite.close());

const select =
  'SELECT * FROM things WHERE name = ANY($1) AND (born IS NULL OR born < $2) ORDER BY n';
const preparedTexts = async () =>
  (
    await pglite.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')
  ).rows.map((row) => row.statement);

describe('pgliteClient', () => {
  it('answers as PGlite.query does, with values of every kind', async () => {
    const params = [['Åsa', 'Örjan'], '2000-01-01'];
    const ours = await client.query(select, params);
    const theirs = await pglite.query(select, params);
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.rows).toHaveLength(2);
    expect(ours.rows[0]).toMatchObject({ name: 'Åsa', tags: ['a', 'b'], extra: { k: 1 } });
  });

  it('passes dates, objects, booleans and nulls as parameters', async () => {
    const id = '00000000-0000-4000-8000-000000000003';
    const inserted = await client.query(
      'INSERT INTO things VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *',
      [
        id,
        'Per',
        '1980-05-06',
        ['x'],
        { nested: [1, 2] },
        true,
        new Date('2026-02-03T04:05:06Z'),
        null,
      ],
    );
    expect(inserted.rows[0]).toMatchObject({
      name: 'Per',
      tags: ['x'],
      extra: { nested: [1, 2] },
      active: true,
      seen: new Date('2026-02-03T04:05:06Z'),
      n: null,
    });
    const updated = await client.query('UPDATE things SET n = 3 WHERE id = $1', [id]);
    expect(updated.affectedRows).toBe(1);
  });

  it('runs a statement that comes back as a named one, and only then', async () => {
    const text = 'SELECT name FROM things WHERE n = $1';
    await client.query(text, [1]);
    await client.query(text, [2]);
    expect(await preparedTexts()).not.toContain(text);
    const third = await client.query(text, [2]);
    expect(third.rows).toEqual([{ name: 'Örjan' }]);
    expect(await preparedTexts()).toContain(text);
    expect((await client.query(text, [1])).rows).toEqual([{ name: 'Åsa' }]);
  });

  it('fails a statement with the database error and goes on answering', async () => {
    const text = 'SELECT name FROM things WHERE id = $1';
    for (let i = 0; i < 3; i++) await client.query(text, ['00000000-0000-4000-8000-000000000001']);
    await expect(client.query(text, ['not a uuid'])).rejects.toMatchObject({ code: '22P02' });
    await expect(client.query('SELEC 1')).rejects.toMatchObject({ code: '42601' });
    const again = await client.query(text, ['00000000-0000-4000-8000-000000000002']);
    expect(again.rows).toEqual([{ name: 'Örjan' }]);
  });

  it('keeps a transaction open across statements and rolls it back', async () => {
    await client.query('BEGIN');
    await client.query('DELETE FROM things');
    expect((await client.query('SELECT count(*)::int AS n FROM things')).rows).toEqual([{ n: 0 }]);
    await client.query('ROLLBACK');
    expect((await client.query('SELECT count(*)::int AS n FROM things')).rows).toEqual([{ n: 3 }]);
  });

  it("sends a transaction's begin in the exchange of its first statement, which it governs", async () => {
    const exchanges = vi.spyOn(pglite, 'execProtocol');
    try {
      await client.query('begin');
      expect(exchanges).not.toHaveBeenCalled();
      await client.query("SET LOCAL statement_timeout = '1234ms'");
      expect(exchanges).toHaveBeenCalledTimes(1);
      const inside = await client.query('SHOW statement_timeout');
      expect(inside.rows).toEqual([{ statement_timeout: '1234ms' }]);
      await client.query('commit');
      expect(exchanges).toHaveBeenCalledTimes(3);
    } finally {
      exchanges.mockRestore();
    }
    const after = await client.query('SHOW statement_timeout');
    expect(after.rows).not.toEqual([{ statement_timeout: '1234ms' }]);
  });

  it('sends nothing for a transaction that ends before its first statement', async () => {
    const exchanges = vi.spyOn(pglite, 'execProtocol');
    try {
      await client.query('begin');
      await client.query('commit');
      await client.query('begin');
      await client.query('rollback');
      expect(exchanges).not.toHaveBeenCalled();
    } finally {
      exchanges.mockRestore();
    }
  });

  it('rolls back what a failed first statement of a transaction began', async () => {
    await client.query('begin');
    await expect(client.query('DELETE FROM things WHERE n = 1 / 0')).rejects.toMatchObject({
      code: '22012',
    });
    await client.query('rollback');
    await client.query('begin');
    await client.query('DELETE FROM things');
    await client.query('rollback');
    expect((await client.query('SELECT count(*)::int AS n FROM things')).rows).toEqual([{ n: 3 }]);
  });

  it('answers a named statement again once a column is added to what it reads', async () => {
    await pglite.exec('CREATE TABLE widened (a int); INSERT INTO widened VALUES (1);');
    for (let i = 0; i < 4; i++) {
      expect((await client.query('SELECT * FROM widened')).rows).toEqual([{ a: 1 }]);
    }
    await pglite.exec('ALTER TABLE widened ADD COLUMN b int DEFAULT 2');
    for (let i = 0; i < 4; i++) {
      expect((await client.query('SELECT * FROM widened')).rows).toEqual([{ a: 1, b: 2 }]);
    }
  });
});
