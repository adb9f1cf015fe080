import type { Database } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, currentCatalogue } from '../../apps/api/src/lib/catalogue';
import { createTestDatabase } from '../helpers/test-database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const idOf = async (table: 'organisations' | 'networks', name: string) => {
  const { rows } = await sql<{ id: string }>`
    SELECT id FROM ${sql.table(table)} WHERE name = ${name}`.execute(database.db);
  return rows[0]?.id as string;
};

describe('answers the catalogue keeps', () => {
  it('works out a derived answer once per catalogue and anew when the catalogue changes', async () => {
    const { db } = database;
    let made = 0;
    const names = (catalogue: Catalogue) => {
      made += 1;
      return new Set([...catalogue.organisations.values()].map((o) => o.name));
    };
    const before = await currentCatalogue(db);
    expect(before.derived(names).has('Ny enhet i katalogen')).toBe(false);
    expect((await currentCatalogue(db)).derived(names)).toBe(before.derived(names));
    expect(made).toBe(1);

    await sql`INSERT INTO organisations (name, kind) VALUES ('Ny enhet i katalogen', 'unit')`.execute(
      db,
    );
    const after = await currentCatalogue(db);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.derived(names).has('Ny enhet i katalogen')).toBe(true);
    expect(made).toBe(2);
  });

  it("keeps an organisation filter's tree within its municipality's, and sees one added below", async () => {
    const { db } = database;
    const flen = await idOf('organisations', 'Flens kommun');
    const region = await idOf('organisations', 'Region Sörmland');
    const { rows: centres } = await sql<{ id: string }>`
      INSERT INTO organisations (name, kind, parent_id, municipality_code)
      VALUES ('Vårdcentralen i Flen', 'primary_care', ${region}, '0482') RETURNING id`.execute(db);
    const centre = centres[0]?.id as string;
    const before = await currentCatalogue(db);
    const inFlen = before.organisationsWithin(undefined, '0482');
    expect(inFlen).toEqual(expect.arrayContaining([flen, centre]));
    expect(inFlen).not.toContain(region);
    expect(before.organisationsWithin(undefined, '0482')).toBe(inFlen);
    expect(new Set(before.organisationsWithin(flen, undefined))).toEqual(before.below([flen]));
    // The region's tree within Flen: its health centre there, not the municipality.
    expect(before.organisationsWithin(region, '0482')).toEqual([centre]);

    const { rows } = await sql<{ id: string }>`
      INSERT INTO organisations (name, kind, parent_id) VALUES ('Enhet under Flen', 'unit', ${flen})
      RETURNING id`.execute(db);
    const unit = rows[0]?.id as string;
    const after = await currentCatalogue(db);
    expect(after.organisationsWithin(undefined, '0482')).toContain(unit);
    expect(after.organisationsWithin(flen, '0482')).toContain(unit);
    expect(after.organisationsWithin(region, '0482')).toEqual([centre]);
  });

  it("keeps a network's sub-networks and sees one added below", async () => {
    const { db } = database;
    const { rows: parents } = await sql<{ id: string }>`
      SELECT id FROM networks WHERE parent_id IS NULL ORDER BY sort_key LIMIT 1`.execute(db);
    const parent = parents[0]?.id as string;
    const before = await currentCatalogue(db);
    expect(before.networksBelow(parent)).toContain(parent);
    expect(before.networksBelow(parent)).toBe(before.networksBelow(parent));

    const { rows } = await sql<{ id: string }>`
      INSERT INTO networks (name, kind, parent_id) VALUES ('Nytt delnätverk', 'forum', ${parent})
      RETURNING id`.execute(db);
    const after = await currentCatalogue(db);
    expect(after.networksBelow(parent)).toContain(rows[0]?.id);
    expect(before.networksBelow(parent)).not.toContain(rows[0]?.id);
  });
});
