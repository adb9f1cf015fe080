import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';

/**
 * The organisation tree in memory: each organisation's children, as of `version` (the number
 * the database moves with every change to the tree, migration `organisation-tree-version`).
 */
export interface OrganisationTree {
  version: number;
  /** The organisations given and everything below them. */
  below(roots: Iterable<string>): Set<string>;
}

const copies = new WeakMap<Kysely<DB>, OrganisationTree>();
/** A read under way, shared by the requests that found the copy out of date. */
const reads = new WeakMap<Kysely<DB>, Promise<OrganisationTree>>();

/**
 * The tree at `version` or later. The copy kept for `db` serves as long as the database reports
 * the same version; a newer one makes the tree be read again, in one statement with its version,
 * so a copy never carries a number newer than its contents.
 */
export async function organisationTree(db: Kysely<DB>, version: number): Promise<OrganisationTree> {
  const copy = copies.get(db);
  if (copy && copy.version >= version) return copy;
  let read = reads.get(db);
  if (!read) {
    read = readTree(db)
      .then((tree) => {
        copies.set(db, tree);
        return tree;
      })
      .finally(() => reads.delete(db));
    reads.set(db, read);
  }
  const tree = await read;
  // A read that began before this version was committed: read once more.
  return tree.version >= version ? tree : organisationTree(db, version);
}

async function readTree(db: Kysely<DB>): Promise<OrganisationTree> {
  const { rows } = await sql<{ version: string; id: string | null; parent_id: string | null }>`
    SELECT v.version, o.id, o.parent_id
    FROM organisation_tree_version v LEFT JOIN organisations o ON true`.execute(db);
  const children = new Map<string, string[]>();
  for (const { id, parent_id: parent } of rows) {
    if (!id || !parent) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(id);
    else children.set(parent, [id]);
  }
  return {
    version: Number(rows[0]?.version ?? 0),
    below(roots) {
      const found = new Set<string>();
      const next = [...roots];
      for (let id = next.pop(); id !== undefined; id = next.pop()) {
        if (found.has(id)) continue;
        found.add(id);
        next.push(...(children.get(id) ?? []));
      }
      return found;
    },
  };
}
