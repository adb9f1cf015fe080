import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from './connect';

it('starts PGlite with a small buffer cache, not the 128 MB initdb writes', async () => {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    const { rows } = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(
      database.db,
    );
    expect(rows[0]?.shared_buffers).toBe('32MB');
  } finally {
    await database.close();
  }
}, 60_000);
