import type { Database } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldWords } from '../../apps/api/src/features/search/repository';
import { createTestDatabase } from '../helpers/test-database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function foldedByDatabase(words: string[]) {
  const { rows } = await sql<{ folded: string }>`
    SELECT nk_fold(w) AS folded FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, n)
    ORDER BY n`.execute(database.db);
  return rows.map((row) => row.folded);
}

describe('folding typed words', () => {
  it('folds ASCII words without the database exactly as nk_fold does', async () => {
    const ascii = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i));
    const words = [...ascii, 'KARIN', 'Ostergren', "O'Brien", 'anna-lena', 'x%_\\'];
    expect(await foldWords(database.db, words)).toEqual(await foldedByDatabase(words));
  });

  it('asks the database for other letters', async () => {
    const words = ['Sjöqvist', 'ÅKE', 'Øystein', 'Ærø', 'Müller', 'José'];
    const folded = await foldWords(database.db, words);
    expect(folded).toEqual(await foldedByDatabase(words));
    expect(folded).toEqual(['sjoqvist', 'ake', 'oystein', 'aero', 'muller', 'jose']);
  });
});
