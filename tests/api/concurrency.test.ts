import type { Organisation } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { testDatabaseKind } from '../helpers/test-database';

const writers = 10;
const editsPerWriter = 20;

let t: TestApp;
let headers: Record<string, string>;
let records: Organisation[];

beforeAll(async () => {
  t = await createTestApp();
  headers = bearer(await t.signIn(demoUsers.admin));
  const list = await t.app.inject({
    url: '/api/v1/organisations?kind=municipality&limit=3',
    headers,
  });
  records = list.json<{ items: Organisation[] }>().items;
});
afterAll(() => t.close());

interface Accepted {
  recordId: string;
  version: number;
  description: string;
}

describe(`concurrent edits with If-Match on ${testDatabaseKind}`, () => {
  it('loses no update: accepted writes = version increments = audit rows, last write wins', async () => {
    const accepted: Accepted[] = [];
    let stale = 0;

    async function writer(w: number) {
      for (let i = 0; i < editsPerWriter; i++) {
        const record = records[(w + i) % records.length] as Organisation;
        const read = await t.app.inject({ url: `/api/v1/organisations/${record.id}`, headers });
        const etag = String(read.headers.etag);
        const description = `skribent ${w}, ändring ${i}`;
        const write = await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/organisations/${record.id}`,
          headers: { ...headers, 'if-match': etag },
          payload: { description },
        });
        if (write.statusCode === 200) {
          accepted.push({
            recordId: record.id,
            version: write.json<Organisation>().version,
            description,
          });
        } else {
          expect(write.statusCode, write.body).toBe(412);
          stale++;
        }
      }
    }

    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    expect(accepted.length + stale).toBe(writers * editsPerWriter);
    console.info(`${testDatabaseKind}: ${accepted.length} accepted, ${stale} answered 412`);

    for (const record of records) {
      const mine = accepted.filter((a) => a.recordId === record.id);
      const versions = mine.map((a) => a.version).sort((a, b) => a - b);
      // Every accepted write produced its own version: 2, 3, …, 1 + n with no repeats.
      expect(versions).toEqual(mine.map((_, i) => record.version + 1 + i));
      const final = await t.app.inject({ url: `/api/v1/organisations/${record.id}`, headers });
      const stored = final.json<Organisation>();
      expect(stored.version).toBe(record.version + mine.length);
      const last = mine.find((a) => a.version === stored.version);
      expect(stored.description).toBe(last?.description ?? record.description);
      const audit = await t.database.db
        .selectFrom('audit_events')
        .select(['after'])
        .where('entity_id', '=', record.id)
        .where('action', '=', 'organisation.updated')
        .execute();
      expect(audit).toHaveLength(mine.length);
    }
  }, 120_000);
});
