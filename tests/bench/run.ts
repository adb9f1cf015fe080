import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { root, runProcess, type Started, startProcess } from './processes';

/**
 * `npm run bench`: measures the product the way users load it (see ../shared/BENCHMARKS.md).
 * Load comes from this process (autocannon) against servers in child processes on loopback;
 * every scenario is reported as a ratio to R0 measured in the same run. It never asserts.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10000,100000' },
    db: { type: 'string', default: 'postgres,pglite' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
  },
});
const scales = values.scale.split(',').map(Number);
const kinds = values.db.split(',') as ('postgres' | 'pglite')[];
const duration = Number(values.duration);
const connections = Number(values.connections);
const runs = Number(values.runs);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

interface Measurement {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  spread: [number, number];
  rssMb?: number;
}

interface Row {
  id: string;
  scenario: string;
  database: string;
  scale: number;
  measurement?: Measurement;
  ratio?: number;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** Warm-up, then `runs` bounded runs; the median and the spread of requests per second. */
async function load(
  url: string,
  requests: autocannon.Request[],
  options: { pid?: number; connections?: number } = {},
): Promise<Measurement> {
  const run = (seconds: number) =>
    autocannon({
      url,
      requests,
      connections: options.connections ?? connections,
      pipelining: 1,
      duration: seconds,
    });
  await run(Math.min(3, duration));
  const results: autocannon.Result[] = [];
  let maxRss = 0;
  for (let i = 0; i < runs; i++) {
    const sampler = setInterval(() => {
      maxRss = Math.max(maxRss, rssMb(options.pid));
    }, 250);
    results.push(await run(duration));
    clearInterval(sampler);
  }
  const rates = results.map((r) => r.requests.average);
  return {
    reqPerSec: median(rates),
    p50: median(results.map((r) => r.latency.p50)),
    p99: median(results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    spread: [Math.min(...rates), Math.max(...rates)],
    ...(options.pid ? { rssMb: maxRss } : {}),
  };
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A database of the kind at the scale: demo network plus synthetic people. */
async function prepareDatabase(
  kind: 'postgres' | 'pglite',
  scale: number,
): Promise<Record<string, string>> {
  const env: Record<string, string> = { DEMO_PASSWORD: 'bench-password-1' };
  if (kind === 'postgres') {
    const name = `nk_bench_${scale}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  } else {
    env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), `nk-bench-${scale}-`));
  }
  await runProcess('apps/api/src/cli/seed.ts', ['--scale', String(scale)], env);
  return env;
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.example', password: 'bench-password-1' }),
  });
  const body = (await response.json()) as { token: string };
  return body.token;
}

async function startApi(env: Record<string, string>): Promise<Started> {
  return startProcess(
    'apps/api/src/server.ts',
    { ...env, PORT: '0' },
    /running at (http:\/\/localhost:\d+)/,
  );
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

/** B9: gzip bytes of the JavaScript the first page load fetches (entry + preloaded chunks). */
function initialJsGzipKb(): number {
  const dist = path.join(root, 'apps/web/dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f))).length,
    0,
  );
  return Math.round(bytes / 102.4) / 10;
}

const rows: Row[] = [];

async function main() {
  const r0 = await startProcess('tests/bench/r0-server.ts', {}, /listening (http:\/\/[\d.:]+)/);
  const r0Result = await load(r0.url, [{ method: 'GET', path: '/r0' }]);
  await r0.stop();
  rows.push({
    id: 'R0',
    scenario: 'bare Fastify route with a response schema',
    database: '-',
    scale: 0,
    measurement: r0Result,
    ratio: 1,
  });
  const ratio = (m: Measurement) => Math.round((m.reqPerSec / r0Result.reqPerSec) * 100) / 100;

  for (const kind of kinds) {
    for (const scale of scales) {
      console.error(`preparing ${kind} at ${scale} people…`);
      const env = await prepareDatabase(kind, scale);
      const api = await startApi(env);
      const token = await signIn(api.url);
      const auth = { authorization: `Bearer ${token}` };
      const b1 = await load(api.url, [{ method: 'GET', path: '/api/v1/me', headers: auth }], {
        pid: api.child.pid,
      });
      rows.push({
        id: 'B1',
        scenario: 'GET /api/v1/me (JWT verify + user)',
        database: kind,
        scale,
        measurement: b1,
        ratio: ratio(b1),
      });
      await api.stop();
      if (kind === 'pglite' && env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
    }
  }

  const coldDir = mkdtempSync(path.join(os.tmpdir(), 'nk-bench-cold-'));
  const cold = await timeToReady({ DATA_DIR: coldDir });
  const warm = await timeToReady({ DATA_DIR: coldDir });
  rmSync(coldDir, { recursive: true, force: true });
  rows.push({
    id: 'B8',
    scenario: 'PGlite start to /readyz: cold (migrate + seed) / warm',
    database: 'pglite',
    scale: 0,
    note: `${cold.toFixed(1)} s / ${warm.toFixed(1)} s (targets ≤ 8 s / ≤ 2 s)`,
  });
  rows.push({
    id: 'B9',
    scenario: 'initial JavaScript, gzip',
    database: '-',
    scale: 0,
    note: `${initialJsGzipKb()} KB (target ≤ 150 KB)`,
  });

  printTable();
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), duration, connections, runs, rows }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${path.relative(root, file)}`);
}

function printTable() {
  const header = [
    'id',
    'scenario',
    'db',
    'people',
    'req/s (spread)',
    '× R0',
    'p50 ms',
    'p99 ms',
    'errors',
    'RSS MB / note',
  ];
  const lines = rows.map((r) => {
    const m = r.measurement;
    return [
      r.id,
      r.scenario,
      r.database,
      r.scale ? String(r.scale) : '-',
      m
        ? `${Math.round(m.reqPerSec)} (${Math.round(m.spread[0])}–${Math.round(m.spread[1])})`
        : '-',
      r.ratio !== undefined ? r.ratio.toFixed(2) : '-',
      m ? String(m.p50) : '-',
      m ? String(m.p99) : '-',
      m ? String(m.errors) : '-',
      r.note ?? (m?.rssMb ? String(m.rssMb) : '-'),
    ];
  });
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

await main();
