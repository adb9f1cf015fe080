import type { Database } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function anyPostAndPeople() {
  const post = await database.db
    .insertInto('posts')
    .values({
      role_id: (await database.db.selectFrom('roles').select('id').executeTakeFirstOrThrow()).id,
      organisation_id: (
        await database.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()
      ).id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const people = await database.db.selectFrom('people').select('id').limit(2).execute();
  return { postId: post.id, first: people[0]?.id as string, second: people[1]?.id as string };
}

describe('database constraints', () => {
  it('has pg_trgm, unaccent and btree_gist', async () => {
    const { rows } = await sql<{ extname: string }>`SELECT extname FROM pg_extension`.execute(
      database.db,
    );
    expect(rows.map((r) => r.extname)).toEqual(
      expect.arrayContaining(['pg_trgm', 'unaccent', 'btree_gist']),
    );
    const folded = await sql<{ v: string }>`SELECT unaccent('Sjöqvist Åke') AS v`.execute(
      database.db,
    );
    expect(folded.rows[0]?.v).toBe('Sjoqvist Ake');
  });

  it('refuses two holders of one post in overlapping periods', async () => {
    const { postId, first, second } = await anyPostAndPeople();
    await database.db
      .insertInto('assignments')
      .values({
        post_id: postId,
        person_id: first,
        valid_from: '2024-01-01',
        valid_to: '2024-12-31',
        note: null,
        import_id: null,
      })
      .execute();
    await expect(
      database.db
        .insertInto('assignments')
        .values({
          post_id: postId,
          person_id: second,
          valid_from: '2024-12-31',
          valid_to: null,
          note: null,
          import_id: null,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23P01' });
    // The next day is fine: dates are inclusive at both ends.
    await database.db
      .insertInto('assignments')
      .values({
        post_id: postId,
        person_id: second,
        valid_from: '2025-01-01',
        valid_to: null,
        note: null,
        import_id: null,
      })
      .execute();
    // An interim beside the holder is fine too.
    await database.db
      .insertInto('assignments')
      .values({
        post_id: postId,
        person_id: first,
        kind: 'interim',
        valid_from: '2025-02-01',
        valid_to: null,
        note: null,
        import_id: null,
      })
      .execute();
  });

  it('refuses an assignment that ends before it starts', async () => {
    const { postId, first } = await anyPostAndPeople();
    await expect(
      database.db
        .insertInto('assignments')
        .values({
          post_id: postId,
          person_id: first,
          valid_from: '2024-05-01',
          valid_to: '2024-04-30',
          note: null,
          import_id: null,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('keeps e-mail addresses of people and users unique regardless of case', async () => {
    const person = await database.db
      .selectFrom('people')
      .select(['email', 'organisation_id'])
      .where('email', 'is not', null)
      .executeTakeFirstOrThrow();
    await expect(
      database.db
        .insertInto('people')
        .values({
          organisation_id: person.organisation_id,
          given_name: 'Ny',
          family_name: 'Person',
          email: String(person.email).toUpperCase(),
          title: null,
          phone: null,
          mobile: null,
          bio: null,
          hsa_id: null,
          last_verified_at: null,
          last_verified_by: null,
          archived_at: null,
          erased_at: null,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(
      database.db
        .insertInto('users')
        .values({
          email: 'ADMIN@demo.example',
          display_name: null,
          password_hash: null,
          person_id: null,
          disabled_at: null,
          locked_until: null,
          last_login_at: null,
          password_changed_at: null,
          invite_token_hash: null,
          invite_expires_at: null,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('refuses references to rows that do not exist', async () => {
    await expect(
      database.db
        .insertInto('people')
        .values({
          organisation_id: '00000000-0000-4000-8000-000000000000',
          given_name: 'A',
          family_name: 'B',
          email: null,
          title: null,
          phone: null,
          mobile: null,
          bio: null,
          hsa_id: null,
          last_verified_at: null,
          last_verified_by: null,
          archived_at: null,
          erased_at: null,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23503' });
  });
});
