import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import { versionsNow } from './kept-answers';

/**
 * The catalogue in memory: organisations (their tree, names and municipalities), roles and
 * networks, a few thousand rows however many people there are. Each API instance keeps a copy
 * as of `version`, the number the database moves with every change to those tables (migration
 * `catalogue-version`), and answers from it the questions requests ask again and again: what is
 * below an organisation, what a search word matches in the catalogue, what an id is called.
 */
export interface CatalogueOrganisation {
  id: string;
  parent_id: string | null;
  name: string;
  short_name: string | null;
  kind: string;
  municipality_code: string | null;
  sort_key: string;
  /** Folded name and short name, as the `search_name` column holds them. */
  search_name: string;
  archived: boolean;
}

export interface CatalogueRole {
  id: string;
  key: string;
  name_sv: string;
  name_en: string;
  synonyms: string[];
  sort_key: string;
  /** Folded names, key and synonyms: what search words are matched against. */
  search_text: string;
  archived: boolean;
}

export interface CatalogueNetwork {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  sort_key: string;
  /** Folded name and short name. */
  search_name: string;
  archived: boolean;
  /** Organisations taking part, whatever the period. */
  organisation_ids: Set<string>;
  topic_ids: Set<string>;
}

export interface Municipality {
  code: string;
  name: string;
}

export interface Catalogue {
  version: number;
  organisations: ReadonlyMap<string, CatalogueOrganisation>;
  roles: ReadonlyMap<string, CatalogueRole>;
  networks: ReadonlyMap<string, CatalogueNetwork>;
  /** The organisations given and everything below them. */
  below(roots: Iterable<string>): Set<string>;
  /**
   * The organisations a search or list filter covers: the organisation and everything below it,
   * within the municipality's organisations and theirs when both are given. Worked out once per
   * catalogue and filter: a municipality's tree is 1,700 organisations of 27,000 at a million
   * people.
   */
  organisationsWithin(
    organisation: string | undefined,
    municipality: string | undefined,
  ): readonly string[];
  /** The network given and its sub-networks, worked out once per catalogue. */
  networksBelow(id: string): readonly string[];
  /** The organisation's own municipality code, or the nearest one above it. */
  municipalityOf(organisationId: string): Municipality | undefined;
  /**
   * Where an organisation or a role comes in Swedish order (by `sort_key`, byte-wise): 1 for the
   * first, 0 for an id the catalogue does not have. Cheaper to sort by than the keys.
   */
  rankOf(id: string): number;
  /** An organisation's parent's name. */
  parentName(organisationId: string): string | null;
  /**
   * What `make` works out from this catalogue, made the first time it is asked for and kept with
   * the catalogue, so a newer catalogue makes it anew (a search index over its names, say).
   */
  derived<T>(make: (catalogue: Catalogue) => T): T;
}

/** Byte-wise, as the database compares `sort_key` (COLLATE "C"), then by id. */
export const inKeyOrder = (
  a: { sort_key: string; id: string },
  b: { sort_key: string; id: string },
) =>
  a.sort_key < b.sort_key
    ? -1
    : a.sort_key > b.sort_key
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

const copies = new WeakMap<Kysely<DB>, Catalogue>();
/** A read under way, shared by the requests that found the copy out of date. */
const reads = new WeakMap<Kysely<DB>, Promise<Catalogue>>();

/**
 * The catalogue at `version` or later. The copy kept for `db` serves as long as the database
 * reports the same version; a newer one makes it be read again, in one statement with its
 * version, so a copy never carries a number newer than its contents.
 */
export async function catalogueAt(db: Kysely<DB>, version: number): Promise<Catalogue> {
  const copy = copies.get(db);
  if (copy && copy.version >= version) return copy;
  let read = reads.get(db);
  if (!read) {
    read = readCatalogue(db)
      .then((catalogue) => {
        copies.set(db, catalogue);
        return catalogue;
      })
      .finally(() => reads.delete(db));
    reads.set(db, read);
  }
  const catalogue = await read;
  // A read that began before this version was committed: read once more.
  return catalogue.version >= version ? catalogue : catalogueAt(db, version);
}

/**
 * The catalogue as it is now: its version read with the other numbers (`versionsNow`, shared by
 * requests at the same moment), nothing more while it stands.
 */
export async function currentCatalogue(db: Kysely<DB>): Promise<Catalogue> {
  return catalogueAt(db, (await versionsNow(db)).catalogue);
}

/** A role's names, key and synonyms folded as search words are: role `r` of the statement. */
export const foldedRoleText = sql<string>`nk_fold(r.name_sv || ' ' || r.name_en || ' ' || r.key
  || ' ' || array_to_string(r.synonyms, ' '))`;

interface CatalogueRows {
  version: string;
  organisations: CatalogueOrganisation[];
  roles: CatalogueRole[];
  networks: (Omit<CatalogueNetwork, 'organisation_ids' | 'topic_ids'> & {
    organisation_ids: string[];
    topic_ids: string[];
  })[];
}

async function readCatalogue(db: Kysely<DB>): Promise<Catalogue> {
  const { rows } = await sql<CatalogueRows>`
    SELECT (SELECT version FROM catalogue_version) AS version,
      (SELECT coalesce(json_agg(json_build_object(
          'id', o.id, 'parent_id', o.parent_id, 'name', o.name, 'short_name', o.short_name,
          'kind', o.kind, 'municipality_code', o.municipality_code, 'sort_key', o.sort_key,
          'search_name', o.search_name, 'archived', o.archived_at IS NOT NULL)), '[]')
        FROM organisations o) AS organisations,
      (SELECT coalesce(json_agg(json_build_object(
          'id', r.id, 'key', r.key, 'name_sv', r.name_sv, 'name_en', r.name_en,
          'synonyms', r.synonyms, 'sort_key', r.sort_key, 'archived', r.archived_at IS NOT NULL,
          'search_text', ${foldedRoleText})), '[]')
        FROM roles r) AS roles,
      (SELECT coalesce(json_agg(json_build_object(
          'id', n.id, 'parent_id', n.parent_id, 'name', n.name, 'kind', n.kind,
          'sort_key', n.sort_key, 'archived', n.archived_at IS NOT NULL,
          'search_name', nk_fold(n.name || coalesce(' ' || n.short_name, '')),
          'organisation_ids', ARRAY(SELECT organisation_id FROM network_organisations
            WHERE network_id = n.id),
          'topic_ids', ARRAY(SELECT topic_id FROM network_topics WHERE network_id = n.id))), '[]')
        FROM networks n) AS networks`.execute(db);
  const read = rows[0] as CatalogueRows;
  return toCatalogue(Number(read.version), read);
}

function childrenOf<T extends { id: string; parent_id: string | null }>(items: Iterable<T>) {
  const children = new Map<string, string[]>();
  for (const { id, parent_id: parent } of items) {
    if (!parent) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(id);
    else children.set(parent, [id]);
  }
  return children;
}

/** Everything reachable from `roots` through `children`, the roots included. */
function descendants(children: Map<string, string[]>, roots: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const next = [...roots];
  for (let id = next.pop(); id !== undefined; id = next.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    next.push(...(children.get(id) ?? []));
  }
  return found;
}

/** Organisation trees are shallow; the bound only stops a corrupt parent cycle from looping. */
const maxDepth = 20;

/** Answers kept per catalogue for keys that come from requests: bounded, as they are. */
const mostKeptAnswers = 1000;

/** `make()`, kept in `answers` under `key`: worked out once while fewer than the most are kept. */
function keptIn<T>(answers: Map<string, T>, key: string, make: () => T): T {
  let value = answers.get(key);
  if (value === undefined) {
    value = make();
    if (answers.size >= mostKeptAnswers) answers.clear();
    answers.set(key, value);
  }
  return value;
}

function toCatalogue(version: number, read: CatalogueRows): Catalogue {
  const organisations = new Map(read.organisations.map((o) => [o.id, o]));
  const roles = new Map(read.roles.map((r) => [r.id, r]));
  const networks = new Map(
    read.networks.map((n) => [
      n.id,
      { ...n, organisation_ids: new Set(n.organisation_ids), topic_ids: new Set(n.topic_ids) },
    ]),
  );
  const organisationChildren = childrenOf(organisations.values());
  const networkChildren = childrenOf(networks.values());
  const municipalityNames = new Map<string, string>();
  for (const o of organisations.values()) {
    if (o.kind === 'municipality' && !o.archived && o.municipality_code) {
      municipalityNames.set(o.municipality_code, o.name);
    }
  }
  const municipalities = new Map<string, Municipality>();
  const municipalityOf = (organisationId: string) => {
    let organisation = organisations.get(organisationId);
    for (let depth = 0; organisation && depth <= maxDepth; depth++) {
      const code = organisation.municipality_code;
      if (code) {
        let municipality = municipalities.get(code);
        if (!municipality) {
          municipality = { code, name: municipalityNames.get(code) ?? code };
          municipalities.set(code, municipality);
        }
        return municipality;
      }
      organisation = organisation.parent_id ? organisations.get(organisation.parent_id) : undefined;
    }
    return undefined;
  };
  const municipalityOfOrganisation = new Map(
    [...organisations.keys()].map((id) => [id, municipalityOf(id)]),
  );
  const ranks = new Map<string, number>();
  for (const entries of [organisations, roles]) {
    const ordered = [...entries.values()].sort(inKeyOrder);
    for (const [i, entry] of ordered.entries()) ranks.set(entry.id, i + 1);
  }
  const below = (roots: Iterable<string>) => descendants(organisationChildren, roots);
  const municipalityTrees = new Map<string, Set<string>>();
  const inMunicipality = (code: string) =>
    keptIn(municipalityTrees, code, () =>
      below(
        [...organisations.values()].filter((o) => o.municipality_code === code).map((o) => o.id),
      ),
    );
  const filterTrees = new Map<string, readonly string[]>();
  const organisationsWithin = (organisation?: string, municipality?: string) =>
    keptIn(filterTrees, `${organisation ?? ''} ${municipality ?? ''}`, () => {
      const tree = organisation ? [...below([organisation])] : [];
      if (!municipality) return Object.freeze(tree);
      const inIt = inMunicipality(municipality);
      return Object.freeze(organisation ? tree.filter((id) => inIt.has(id)) : [...inIt]);
    });
  const networkTrees = new Map<string, readonly string[]>();
  const networksBelow = (id: string) =>
    keptIn(networkTrees, id, () => Object.freeze([...descendants(networkChildren, [id])]));
  const derivations = new Map<(catalogue: Catalogue) => unknown, unknown>();
  const catalogue: Catalogue = {
    version,
    organisations,
    roles,
    networks,
    below,
    organisationsWithin,
    networksBelow,
    municipalityOf: (organisationId) => municipalityOfOrganisation.get(organisationId),
    rankOf: (id) => ranks.get(id) ?? 0,
    parentName(organisationId) {
      const parent = organisations.get(organisationId)?.parent_id;
      return (parent && organisations.get(parent)?.name) || null;
    },
    derived<T>(make: (catalogue: Catalogue) => T): T {
      if (!derivations.has(make)) derivations.set(make, make(catalogue));
      return derivations.get(make) as T;
    },
  };
  return catalogue;
}
