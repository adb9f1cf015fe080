import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serverBundle } from '../helpers/server-process';
import { type BenchDatabase, type DatabaseKind, prepareDatabase } from './databases';
import { type LoadSettings, type Measurement, measure, median } from './load';
import { paintRow } from './paint';
import { root, type Started, startProcess } from './processes';
import { seededRandom } from './random';
import { drawSample, signIn } from './sample';
import {
  type BenchContext,
  memoryRow,
  type Plan,
  pgliteShareRows,
  type Scenario,
  scenarios,
  searchGrowthRows,
} from './scenarios';
import { type Check, formatTable, type Row } from './table';

/**
 * `npm run bench`: measures the product the way users load it (see ../shared/BENCHMARKS.md).
 * Load comes from this process (autocannon) against servers in child processes on loopback;
 * every scenario is reported as a ratio to R0 measured in the same run. It never asserts.
 *
 *   npm run bench                          PostgreSQL at 10k and 100k, PGlite at 10k
 *   npm run bench -- --scale 1000000       PostgreSQL at 1M (PGlite still at 10k)
 *   npm run bench -- --quick               10k on both, short runs: checks the harness works
 *   npm run bench -- --only B1,B6          those scenarios alone (B8 and B9 run when named)
 *   options: --db postgres,pglite --pglite-scale 10000 --duration 10 --warmup 3 --runs 3
 *            --connections 20; BENCH_DATABASE_URL names the PostgreSQL server
 */
interface Options {
  /** Each database at each of its scales, in the order they run. */
  plan: { kind: DatabaseKind; scale: number }[];
  settings: LoadSettings;
  adminUrl: string;
  /** Scenario ids to run; every scenario when absent. */
  only?: string[];
}

const numbers = (list: string) => list.split(',').map(Number);

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scale: { type: 'string' },
      'pglite-scale': { type: 'string' },
      db: { type: 'string', default: 'postgres,pglite' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '20' },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
    },
  });
  const quick = values.quick;
  const kinds = values.db.split(',') as DatabaseKind[];
  const scalesOf: Record<DatabaseKind, number[]> = {
    postgres: numbers(values.scale ?? (quick ? '10000' : '10000,100000')),
    pglite: numbers(values['pglite-scale'] ?? '10000'),
  };
  return {
    plan: kinds.flatMap((kind) => scalesOf[kind].map((scale) => ({ kind, scale }))),
    settings: {
      connections: Number(values.connections),
      duration: Number(values.duration ?? (quick ? 2 : 10)),
      warmup: Number(values.warmup ?? (quick ? 1 : 3)),
      runs: Number(values.runs),
    },
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres',
    ...(values.only ? { only: values.only.split(',') } : {}),
  };
}

const ratioTo = (r0: Measurement) => (m: Measurement) =>
  Math.round((m.reqPerSec / r0.reqPerSec) * 100) / 100;

async function measureR0(settings: LoadSettings, label: string): Promise<Row> {
  const r0 = await startProcess('tests/bench/r0-server.ts', {}, /listening (http:\/\/[\d.:]+)/);
  try {
    const measurement = await measure(r0.url, [{ method: 'GET', path: '/r0' }], settings);
    return { id: 'R0', scenario: label, database: '-', scale: 0, measurement };
  } finally {
    await r0.stop();
  }
}

async function startApi(env: Record<string, string>): Promise<Started> {
  const api = await startProcess(
    serverBundle,
    { ...env, PORT: '0' },
    /running at (http:\/\/localhost:\d+)/,
  );
  // Loopback by address: `localhost` may resolve to ::1 first, where the API does not listen.
  return { ...api, url: api.url.replace('localhost', '127.0.0.1') };
}

type Ratio = (m: Measurement) => number;

interface Ran {
  row: Row;
  verifyStopped?: (database: BenchDatabase) => Promise<Check>;
}

async function runLoad(plan: Plan, ctx: BenchContext, row: Row, ratio: Ratio): Promise<Ran> {
  const measurement = await measure(ctx.api.url, plan.requests, ctx.settings, {
    ...(plan.connections ? { connections: plan.connections } : {}),
    ...(plan.expectedStatuses ? { expectedStatuses: plan.expectedStatuses } : {}),
    ...(ctx.apiPid ? { pid: ctx.apiPid } : {}),
  });
  const checks = plan.verify ? [await plan.verify()] : undefined;
  return {
    row: {
      ...row,
      measurement,
      ratio: ratio(measurement),
      ...(checks ? { checks } : {}),
      ...(plan.note ? { note: plan.note } : {}),
    },
    ...(plan.verifyStopped ? { verifyStopped: plan.verifyStopped } : {}),
  };
}

async function runScenario(scenario: Scenario, ctx: BenchContext, ratio: Ratio): Promise<Ran> {
  const { id, name, target } = scenario;
  const row: Row = { id, scenario: name, database: ctx.kind, scale: ctx.scale, target };
  console.error(`  ${id} ${name}…`);
  const plan = await scenario.plan(ctx);
  if ('unavailable' in plan) {
    console.log(`${id} ${name} (${ctx.kind}, ${ctx.scale} people): ${plan.unavailable}`);
    return { row: { ...row, note: plan.unavailable } };
  }
  if ('checks' in plan) return { row: { ...row, note: plan.note, checks: plan.checks } };
  return runLoad(plan, ctx, row, ratio);
}

const chosen = (options: Options, id: string) => !options.only || options.only.includes(id);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A scenario that throws is reported as failed; the run goes on with the next one. */
function failed(scenario: Scenario, ctx: BenchContext) {
  return (error: unknown): Ran => {
    const { id, name, target } = scenario;
    console.log(`${id} ${name} (${ctx.kind}, ${ctx.scale} people) failed: ${messageOf(error)}`);
    return {
      row: { id, scenario: name, database: ctx.kind, scale: ctx.scale, target, note: 'failed' },
    };
  };
}

/** Verdicts once every row of a database exists (B5's deep page compares with page 1). */
function judge(rows: Row[]): void {
  for (const row of rows) {
    const scenario = scenarios.find((s) => s.name === row.scenario);
    if (!scenario || (!row.measurement && !row.checks)) continue;
    const met = scenario.meets(row, rows);
    if (met !== undefined) row.verdict = met ? 'met' : 'NOT met';
  }
}

/** Every scenario in turn against one running API; one that throws does not stop the rest. */
async function runScenarios(
  api: Started,
  kind: DatabaseKind,
  scale: number,
  options: Options,
  ratio: Ratio,
): Promise<Ran[]> {
  const client = await signIn(api.url);
  const random = seededRandom(scale);
  const ctx: BenchContext = {
    api: client,
    kind,
    scale,
    sample: await drawSample(client, random),
    random,
    settings: options.settings,
    ...(api.child.pid ? { apiPid: api.child.pid } : {}),
  };
  const ran: Ran[] = [];
  for (const scenario of scenarios.filter((s) => chosen(options, s.id))) {
    ran.push(await runScenario(scenario, ctx, ratio).catch(failed(scenario, ctx)));
  }
  return ran;
}

/** The checks that need the database to themselves (PGlite takes one process at a time). */
async function verifyStopped(ran: Ran[], database: BenchDatabase): Promise<void> {
  for (const { row, verifyStopped } of ran) {
    if (!verifyStopped) continue;
    const check = await verifyStopped(database).catch(
      (error: unknown): Check => ({ ok: false, note: `check failed: ${messageOf(error)}` }),
    );
    row.checks = [...(row.checks ?? []), check];
  }
}

/** Seeds a fresh database, starts the API on it, runs every scenario, then drops it. */
async function benchDatabase(
  kind: DatabaseKind,
  scale: number,
  options: Options,
  ratio: Ratio,
): Promise<Row[]> {
  console.error(`preparing ${kind} with ${scale} people…`);
  const database = await prepareDatabase(kind, scale, options.adminUrl);
  console.error(`  seeded in ${database.seedSeconds.toFixed(0)} s`);
  try {
    const api = await startApi(database.env);
    const ran = await runScenarios(api, kind, scale, options, ratio).finally(() => api.stop());
    await verifyStopped(ran, database);
    const rows = ran.map((r) => r.row);
    judge(rows);
    return [...rows, memoryRow(rows, kind, scale)];
  } finally {
    await database.drop();
  }
}

/** B8: seconds from process start to the first `/readyz` 200. */
async function timeToReady(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const api = await startApi(env);
  for (;;) {
    const ok = await fetch(`${api.url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  await api.stop();
  return seconds;
}

/** How many times B8 starts the API cold (each on a new folder) and warm; it reports the medians. */
const coldStarts = 3;
const warmStarts = 5;

/** "2.3 s (2.1–2.6)": the median start and the spread. */
const startTimes = (seconds: number[]) =>
  `${median(seconds).toFixed(1)} s (${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)})`;

/**
 * B8 on empty PGlite folders, cold then warm, each several times: one start on this shared
 * machine can be half a second off. Then B9's paint time against a warm start.
 */
async function startupAndPaintRows(): Promise<Row[]> {
  const dataDirs: string[] = [];
  const password = 'bänkens eget lösenord';
  try {
    const cold: number[] = [];
    for (let i = 0; i < coldStarts; i++) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nk-bench-cold-'));
      dataDirs.push(dataDir);
      cold.push(await timeToReady({ DATA_DIR: dataDir, DEMO_PASSWORD: password }));
    }
    const env = { DATA_DIR: dataDirs.at(-1) as string, DEMO_PASSWORD: password };
    const warm: number[] = [];
    for (let i = 0; i < warmStarts; i++) warm.push(await timeToReady(env));
    const api = await startApi(env);
    const paint = await paintRow(api.url, 'lasare@demo.example', password).finally(() =>
      api.stop(),
    );
    return [
      {
        id: 'B8',
        scenario: `PGlite start to /readyz: cold (migrate + seed) / warm, medians of ${coldStarts} / ${warmStarts}`,
        database: 'pglite',
        scale: 0,
        target: '≤ 8 s / ≤ 2 s',
        verdict: median(cold) <= 8 && median(warm) <= 2 ? 'met' : 'NOT met',
        note: `${startTimes(cold)} / ${startTimes(warm)}`,
      },
      paint,
    ];
  } finally {
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** B9: gzip bytes of the JavaScript the first page load fetches (entry + preloaded chunks). */
function bundleRow(): Row {
  const row: Row = {
    id: 'B9',
    scenario: 'initial JavaScript, gzip',
    database: '-',
    scale: 0,
    target: '≤ 150 KB',
  };
  const dist = path.join(root, 'apps/web/dist');
  let html: string;
  try {
    html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  } catch {
    return { ...row, note: 'not available: apps/web/dist is not built (npm run build)' };
  }
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f))).length,
    0,
  );
  const kb = Math.round(bytes / 102.4) / 10;
  return {
    ...row,
    verdict: kb <= 150 ? 'met' : 'NOT met',
    note: `${kb} KB in ${files.length} files`,
  };
}

function writeResults(rows: Row[], options: Options): string {
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  const file = path.join(dir, `${at.replace(/[:.]/g, '-')}.json`);
  const { settings, plan } = options;
  writeFileSync(file, `${JSON.stringify({ at, settings, plan, rows }, null, 2)}\n`);
  return path.relative(root, file);
}

async function main() {
  const options = parseOptions();
  const started = performance.now();
  const r0 = await measureR0(options.settings, 'bare Fastify route with a response schema');
  const r0Rate = r0.measurement as Measurement;
  const ratio = ratioTo(r0Rate);
  const rows: Row[] = [{ ...r0, ratio: 1 }];
  for (const { kind, scale } of options.plan) {
    // A database that cannot be prepared is reported as such; the other rows still print.
    const failedRow = (error: unknown): Row[] => [
      {
        id: '-',
        scenario: 'preparing the database',
        database: kind,
        scale,
        note: `failed: ${messageOf(error)}`,
      },
    ];
    rows.push(...(await benchDatabase(kind, scale, options, ratio).catch(failedRow)));
  }
  const r0Again = await measureR0(options.settings, 'R0 again at the end (drift)');
  rows.push({ ...r0Again, ratio: ratio(r0Again.measurement as Measurement) });
  const startsAndPaint = chosen(options, 'B8') || chosen(options, 'B9');
  if (startsAndPaint && options.plan.some((p) => p.kind === 'pglite')) {
    rows.push(...(await startupAndPaintRows()));
  }
  rows.push(bundleRow(), ...pgliteShareRows(rows), ...searchGrowthRows(rows));

  console.log(`\n${formatTable(rows)}`);
  console.log(`Written to ${writeResults(rows, options)}`);
  console.log(`Took ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
}

await main();
