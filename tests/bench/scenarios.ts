import type { Person } from '@nk/shared';
import type autocannon from 'autocannon';
import { csvImport } from './csv-import';
import { type BenchDatabase, countAuditEvents, type DatabaseKind } from './databases';
import { type LoadSettings, percentile } from './load';
import { describeMix, searchMix, searchPath } from './queries';
import { pick } from './random';
import type { Api, Page, Sample } from './sample';
import type { Check, Row } from './table';

/** What a scenario sees of the run it is part of. */
export interface BenchContext {
  api: Api;
  kind: DatabaseKind;
  scale: number;
  sample: Sample;
  random: () => number;
  settings: LoadSettings;
  /** The API's process, for memory readings. */
  apiPid?: number;
}

/** The load a scenario puts on the API, and what to check once it is over. */
export interface Plan {
  requests: autocannon.Request[];
  connections?: number;
  /** Statuses that belong to the scenario (B6's 412) and are not counted as errors. */
  expectedStatuses?: number[];
  note?: string;
  /** With the API still up, after the load: checks that are not timings. */
  verify?: () => Promise<Check>;
  /** Once the API has stopped, with the database to itself. */
  verifyStopped?: (database: BenchDatabase) => Promise<Check>;
}

/** Why a scenario cannot be measured against this build; printed instead of a number. */
export interface Unavailable {
  unavailable: string;
}

/** A scenario timed once rather than loaded (B7): its figures are in the checks. */
export interface OneShot {
  note: string;
  checks: Check[];
}

export interface Scenario {
  id: string;
  name: string;
  /** What BENCHMARKS.md asks, as printed. */
  target: string;
  plan(ctx: BenchContext): Promise<Plan | OneShot | Unavailable>;
  /** Judged once every row exists; `undefined` where the target is for another scale or db. */
  meets(row: Row, rows: Row[]): boolean | undefined;
}

/** p99 in ms; nothing answered counts as too slow. */
const p99Of = (row: Row) => row.measurement?.p99 ?? Number.POSITIVE_INFINITY;

const onPostgresAt = (row: Row, scale: number, check: () => boolean) =>
  row.database === 'postgres' && row.scale === scale ? check() : undefined;

/**
 * The same GET paths handed out in turn across all connections, so no one answer stays warm. One
 * path is sent as R0's is, a request autocannon writes once: building it anew for each request
 * cost the load generator time that R0's load does not spend.
 */
function rotating(paths: string[], headers: Record<string, string>): autocannon.Request[] {
  const [only] = paths;
  if (paths.length === 1 && only) return [{ method: 'GET', path: only, headers }];
  let next = 0;
  return [
    {
      method: 'GET',
      headers,
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }),
    },
  ];
}

/** Asks the first path once: a route that is not built yet answers 404 and is skipped. */
async function getPlan(ctx: BenchContext, paths: string[], note?: string) {
  const first = paths[0];
  if (!first) return { unavailable: 'nothing to ask for in this directory' };
  const probe = await ctx.api.get<{ detail?: string }>(first);
  if (probe.status === 404) return { unavailable: `not available: ${first} answers 404` };
  if (probe.status !== 200) {
    const detail = probe.body?.detail ? `: ${probe.body.detail}` : '';
    return { unavailable: `not available: ${first} answers ${probe.status}${detail}` };
  }
  return { requests: rotating(paths, ctx.api.headers), ...(note ? { note } : {}) };
}

const me: Scenario = {
  id: 'B1',
  name: 'GET /me (JWT verify + user)',
  target: '≥ 0.80 × R0',
  plan: (ctx) => getPlan(ctx, ['/api/v1/me']),
  meets: (row) => (row.ratio ?? 0) >= 0.8,
};

const profile: Scenario = {
  id: 'B2',
  name: 'person profile GET /people/:id',
  target: '≥ 0.25 × R0, p99 ≤ 10 ms at 100k',
  plan: (ctx) => {
    const people = ctx.sample.people.slice(0, 200);
    return keptAnswersPlan(
      ctx,
      people.map((p) => `/api/v1/people/${p.id}`),
      `${people.length} people in turn`,
    );
  },
  meets: (row) => onPostgresAt(row, 100_000, () => (row.ratio ?? 0) >= 0.25 && p99Of(row) <= 10),
};

const search: Scenario = {
  id: 'B3',
  name: 'search, mixed queries',
  target: 'p99 ≤ 20 ms and ≥ 0.15 × R0 at 100k; p99 ≤ 50 ms at 1M',
  plan: (ctx) => {
    const queries = searchMix(ctx.sample, ctx.random);
    return keptAnswersPlan(ctx, queries.map(searchPath), describeMix(queries));
  },
  meets: (row) => {
    const p99 = p99Of(row);
    return (
      onPostgresAt(row, 100_000, () => p99 <= 20 && (row.ratio ?? 0) >= 0.15) ??
      onPostgresAt(row, 1_000_000, () => p99 <= 50)
    );
  },
};

/** The posts sampled people hold, asked for as DESIGN §4 has it; a third with a `target`. */
function counterpartPaths(ctx: BenchContext): string[] {
  const posts = ctx.sample.people.flatMap((p) => p.posts).slice(0, 200);
  return posts.map((post, i) => {
    const target = i % 3 === 0 ? `&target=${pick(ctx.sample.municipalities, ctx.random).id}` : '';
    return `/api/v1/counterparts?role=${post.roleId}&organisation=${post.organisationId}${target}`;
  });
}

/**
 * Asks each path once, one at a time, and says how long the answers took: for answers the API
 * works out once and then keeps (profiles, searches, counterparts, coverage), what the first asker
 * waits, reported beside the load. The load that follows then measures the answers as given
 * again, whatever share of them a fixed warm-up would have reached.
 */
async function firstAnswers(ctx: BenchContext, paths: string[]): Promise<string> {
  const ms: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    const answer = await ctx.api.get(path);
    ms.push(performance.now() - started);
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
  }
  const sorted = ms.sort((a, b) => a - b);
  const at = (p: number) => Math.round(percentile(sorted, p));
  return `first answers, one at a time: p50 ${at(50)} ms, p90 ${at(90)} ms, most ${at(100)} ms`;
}

/** A plan for answers the API keeps: each question asked once first (`firstAnswers`). */
async function keptAnswersPlan(ctx: BenchContext, paths: string[], note: string) {
  const plan = await getPlan(ctx, paths, note);
  if (!('requests' in plan)) return plan;
  return { ...plan, note: `${note}; ${await firstAnswers(ctx, paths)}` };
}

const counterparts: Scenario = {
  id: 'B4',
  name: 'counterparts of a post GET /counterparts',
  target: 'p99 ≤ 20 ms at 100k',
  plan: (ctx) => keptAnswersPlan(ctx, counterpartPaths(ctx), 'role + organisation of held posts'),
  meets: (row) => onPostgresAt(row, 100_000, () => p99Of(row) <= 20),
};

const coverage: Scenario = {
  id: 'B4',
  name: 'network coverage grid GET /networks/:id/coverage',
  target: 'p99 ≤ 20 ms at 100k',
  plan: (ctx) =>
    keptAnswersPlan(
      ctx,
      ctx.sample.networks.map((n) => `/api/v1/networks/${n.id}/coverage`),
      `${ctx.sample.networks.length} networks in turn`,
    ),
  meets: (row) => onPostgresAt(row, 100_000, () => p99Of(row) <= 20),
};

const PAGE_SIZE = 50;
const DEEP_PAGES = 10;

/** Page 5,000 at 1M people; at smaller scales nearly the deepest page there is (196 at 10k). */
const deepPageAt = (scale: number) => Math.min(5000, Math.floor((scale * 0.98) / PAGE_SIZE));

/** Walks the people list and returns the cursors of pages `from`…`from + count - 1`. */
async function cursorsOfPages(api: Api, from: number, count: number): Promise<string[]> {
  let cursor: string | null = null;
  let skipped = 0;
  const cursors: string[] = [];
  const rowsBefore = (from - 1) * PAGE_SIZE;
  while (cursors.length < count) {
    const limit = skipped < rowsBefore ? Math.min(500, rowsBefore - skipped) : PAGE_SIZE;
    const after: string = cursor ? `&cursor=${cursor}` : '';
    const path = `/api/v1/people?limit=${limit}${after}`;
    const page = await api.get<Page<unknown>>(path);
    if (page.status !== 200) {
      throw new Error(`${path} answered ${page.status} after ${skipped} rows`);
    }
    if (!page.body.nextCursor) break;
    cursor = page.body.nextCursor;
    skipped += limit;
    if (skipped >= rowsBefore) cursors.push(cursor);
  }
  return cursors;
}

const firstPage: Scenario = {
  id: 'B5',
  name: 'people list, page 1 (50 a page)',
  target: 'reference for the deep page',
  plan: (ctx) => getPlan(ctx, [`/api/v1/people?limit=${PAGE_SIZE}`]),
  meets: () => undefined,
};

const deepPage: Scenario = {
  id: 'B5',
  name: 'people list, deep page (keyset cursor)',
  target: 'p99 ≤ 1.5 × page 1 at 1M',
  plan: async (ctx) => {
    const last = deepPageAt(ctx.scale);
    const from = last - DEEP_PAGES + 1;
    const cursors = await cursorsOfPages(ctx.api, from, DEEP_PAGES);
    const paths = cursors.map((c) => `/api/v1/people?limit=${PAGE_SIZE}&cursor=${c}`);
    return getPlan(ctx, paths, `pages ${from}–${from + cursors.length - 1}`);
  },
  meets: (row, rows) => {
    const page1 = rows.find(
      (r) => r.scenario === firstPage.name && r.database === row.database && r.scale === row.scale,
    );
    if (!page1) return undefined;
    return onPostgresAt(row, 1_000_000, () => p99Of(row) <= 1.5 * p99Of(page1));
  },
};

/** What the writers saw: edits accepted and refused, and the versions the accepted ones made. */
interface EditTally {
  saved: number;
  refused: number;
  /** `id "version"` of every accepted edit: the same one twice is an edit that was lost. */
  accepted: Set<string>;
  duplicates: number;
}

/** Ten writers on a hundred people: each sends the ETag it last saw, as an editor's form does. */
function editRequest(
  ctx: BenchContext,
  ids: string[],
  etags: Map<string, string>,
  tally: EditTally,
): autocannon.Request {
  let edit = 0;
  return {
    method: 'PATCH',
    setupRequest: (request, context) => {
      const id = pick(ids, ctx.random);
      Object.assign(context, { id });
      return {
        ...request,
        path: `/api/v1/people/${id}`,
        headers: {
          ...ctx.api.headers,
          'content-type': 'application/json',
          'if-match': etags.get(id) as string,
        },
        body: JSON.stringify({ title: `Samordnare, ändring ${++edit}` }),
      };
    },
    onResponse: (status, body, context, headers) => {
      const id = (context as { id: string }).id;
      const etag = headers?.etag ? String(headers.etag) : etagFromBody(body);
      if (etag) etags.set(id, etag);
      if (status === 412) tally.refused++;
      if (status !== 200) return;
      tally.saved++;
      const key = `${id} ${etag}`;
      if (tally.accepted.has(key)) tally.duplicates++;
      tally.accepted.add(key);
    },
  };
}

/** The version in a saved person, or in a 412's `currentVersion`, as an ETag. */
function etagFromBody(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { version?: number; currentVersion?: number };
    const version = parsed.currentVersion ?? parsed.version;
    return version === undefined ? undefined : `"${version}"`;
  } catch {
    return undefined;
  }
}

async function versionsOf(api: Api, ids: string[]): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const id of ids) {
    const answer = await api.get<Person>(`/api/v1/people/${id}`);
    versions.set(id, answer.body.version);
  }
  return versions;
}

/**
 * The versions once no edit is in flight: a timed run ends with some edits still on their way,
 * and one that commits after its record was read would be missing from the count but not from
 * the audit rows. Read until two readings agree, at most five times.
 */
async function settledVersionsOf(api: Api, ids: string[]): Promise<Map<string, number>> {
  let last = await versionsOf(api, ids);
  for (let reading = 1; reading < 5; reading++) {
    const next = await versionsOf(api, ids);
    if ([...next].every(([id, version]) => last.get(id) === version)) return next;
    last = next;
  }
  return last;
}

/** Version steps taken by the records between two readings: the edits the API applied. */
function appliedEdits(before: Map<string, number>, after: Map<string, number>): number {
  let applied = 0;
  for (const [id, version] of after) applied += version - (before.get(id) ?? version);
  return applied;
}

/**
 * Two accepted edits that produced the same version are a lost update. Edits still in flight
 * when a timed run ends are applied but never answered; they are counted, not treated as lost.
 */
function lostUpdateCheck(tally: EditTally, applied: number): Check {
  return {
    ok: tally.duplicates === 0 && applied >= tally.saved,
    note:
      `${tally.saved} saved, ${tally.refused} refused with 412, ` +
      `${applied - tally.saved} unanswered at the end of a run; lost updates ${tally.duplicates}`,
  };
}

const edits: Scenario = {
  id: 'B6',
  name: 'edits with If-Match + audit row, 10 writers on 100 people',
  target: 'p99 ≤ 25 ms; lost updates 0',
  plan: async (ctx) => {
    const ids = ctx.sample.people.slice(0, 100).map((p) => p.id);
    const before = await versionsOf(ctx.api, ids);
    const etags = new Map([...before].map(([id, version]) => [id, `"${version}"`]));
    const tally: EditTally = { saved: 0, refused: 0, accepted: new Set(), duplicates: 0 };
    const since = new Date().toISOString();
    let applied = 0;
    return {
      requests: [editRequest(ctx, ids, etags, tally)],
      connections: 10,
      expectedStatuses: [412],
      verify: async () => {
        applied = appliedEdits(before, await settledVersionsOf(ctx.api, ids));
        return lostUpdateCheck(tally, applied);
      },
      verifyStopped: async (database) => {
        const events = await countAuditEvents(database, ids, since);
        return { ok: events === applied, note: `audit rows ${events} for ${applied} edits` };
      },
    };
  },
  meets: (row) => p99Of(row) <= 25 && (row.checks ?? []).every((c) => c.ok),
};

/** The benchmarks run against each database, in this order (writes last). */
export const scenarios: Scenario[] = [
  me,
  profile,
  search,
  counterparts,
  coverage,
  firstPage,
  deepPage,
  edits,
  csvImport,
];

/** B10 reads the memory sampled during B3 rather than loading the API again. */
export function memoryRow(rows: Row[], kind: DatabaseKind, scale: number): Row {
  const b3 = rows.find(
    (r) => r.scenario === search.name && r.database === kind && r.scale === scale,
  );
  const rss = b3?.measurement?.rssMb;
  const row: Row = {
    id: 'B10',
    scenario: 'API RSS, highest during B3',
    database: kind,
    scale,
    target: '≤ 300 MB during B3 at 1M on PostgreSQL',
    note: rss ? `${rss} MB` : 'not available: B3 was not measured',
  };
  const met = rss ? onPostgresAt(row, 1_000_000, () => rss <= 300) : undefined;
  return met === undefined ? row : { ...row, verdict: met ? 'met' : 'NOT met' };
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

function measuredAt(rows: Row[], scenario: Scenario, kind: DatabaseKind, scale: number) {
  return rows.find((r) => r.scenario === scenario.name && r.database === kind && r.scale === scale)
    ?.measurement;
}

/** B8's second half: PGlite's B2 and B3 at 10k as a share of PostgreSQL's req/s. */
export function pgliteShareRows(rows: Row[]): Row[] {
  return [profile, search].flatMap((scenario): Row[] => {
    const lite = measuredAt(rows, scenario, 'pglite', 10_000);
    const server = measuredAt(rows, scenario, 'postgres', 10_000);
    if (!lite || !server) return [];
    const share = twoDecimals(lite.reqPerSec / server.reqPerSec);
    return [
      {
        id: 'B8',
        scenario: `PGlite ${scenario.id} as a share of PostgreSQL`,
        database: 'pglite',
        scale: 10_000,
        target: '≥ 0.4 × PostgreSQL',
        verdict: share >= 0.4 ? 'met' : 'NOT met',
        note: `${share} × PostgreSQL req/s`,
      },
    ];
  });
}

/** B3's growth on PostgreSQL: p99 at the largest scale measured over p99 at 10k. */
export function searchGrowthRows(rows: Row[]): Row[] {
  const measured = rows.filter(
    (r) => r.scenario === search.name && r.database === 'postgres' && r.measurement,
  );
  const base = measured.find((r) => r.scale === 10_000)?.measurement?.p99;
  const top = measured.reduce<Row | undefined>(
    (largest, r) => (!largest || r.scale > largest.scale ? r : largest),
    undefined,
  );
  const topP99 = top?.measurement?.p99;
  if (!base || !top || !topP99 || top.scale <= 10_000) return [];
  const growth = twoDecimals(topP99 / base);
  const row: Row = {
    id: 'B3',
    scenario: `search p99 growth, 10k → ${top.scale / 1000}k`,
    database: 'postgres',
    scale: top.scale,
    target: '≤ 3× from 10k to 1M',
    note: `${growth}× (${base} → ${topP99} ms)`,
  };
  if (top.scale !== 1_000_000) return [row];
  return [{ ...row, verdict: growth <= 3 ? 'met' : 'NOT met' }];
}
