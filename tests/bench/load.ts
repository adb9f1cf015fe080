import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** How hard and how long every scenario is loaded; the same for R0 and the rest in one run. */
export interface LoadSettings {
  connections: number;
  /** Seconds of each measured run. */
  duration: number;
  /** Seconds of the unmeasured warm-up before them. */
  warmup: number;
  /** Measured runs; the median and the spread are over these. */
  runs: number;
}

export interface Measurement {
  reqPerSec: number;
  /** Lowest and highest req/s of the runs. */
  spread: [number, number];
  /** Answers received in the measured runs. */
  answered: number;
  /** Latencies in ms, medians over the runs; absent when no answer came back in time. */
  p50?: number;
  p99?: number;
  /** Lowest and highest p99 of the runs. */
  p99Spread?: [number, number];
  /** Socket errors, timeouts and answers with a status the scenario did not expect. */
  errors: number;
  statusCounts: Record<string, number>;
  /** Highest resident memory of the server process during the measured runs. */
  rssMb?: number;
}

export interface LoadOptions {
  connections?: number;
  /** The process whose memory is sampled (the API's; tsx's wrapper is looked through). */
  pid?: number;
  /** Statuses that are part of the scenario, not errors (2xx always are). */
  expectedStatuses?: number[];
}

/** The nearest-rank `p`th percentile of ascending `sorted`; 0 when empty. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Warm-up, then `settings.runs` bounded runs from this process against a server on loopback. */
export async function measure(
  url: string,
  requests: autocannon.Request[],
  settings: LoadSettings,
  options: LoadOptions = {},
): Promise<Measurement> {
  const run = (seconds: number) =>
    autocannon({
      url,
      requests,
      connections: options.connections ?? settings.connections,
      pipelining: 1,
      duration: seconds,
      timeout: 10,
    });
  if (settings.warmup > 0) await run(settings.warmup);
  const results: autocannon.Result[] = [];
  let maxRss = 0;
  for (let i = 0; i < settings.runs; i++) {
    const sampler = setInterval(() => {
      maxRss = Math.max(maxRss, serverRssMb(options.pid));
    }, 250);
    results.push(await run(settings.duration));
    clearInterval(sampler);
  }
  return summarise(results, options.expectedStatuses ?? [], options.pid ? maxRss : undefined);
}

function summarise(
  results: autocannon.Result[],
  expectedStatuses: number[],
  rssMb: number | undefined,
): Measurement {
  const rates = results.map((r) => r.requests.average);
  // A run in which nothing came back within its time has no latency to speak of.
  const answered = results.filter((r) => r.requests.total > 0);
  const p99s = answered.map((r) => r.latency.p99);
  const statusCounts: Record<string, number> = {};
  for (const result of results) {
    for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
      statusCounts[status] = (statusCounts[status] ?? 0) + (stats.count ?? 0);
    }
  }
  const unexpected = Object.entries(statusCounts)
    .filter(([status]) => !status.startsWith('2') && !expectedStatuses.includes(Number(status)))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    reqPerSec: median(rates),
    spread: [Math.min(...rates), Math.max(...rates)],
    answered: results.reduce((sum, r) => sum + r.requests.total, 0),
    ...(answered.length > 0
      ? {
          p50: median(answered.map((r) => r.latency.p50)),
          p99: median(p99s),
          p99Spread: [Math.min(...p99s), Math.max(...p99s)] as [number, number],
        }
      : {}),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0) + unexpected,
    statusCounts,
    ...(rssMb !== undefined ? { rssMb } : {}),
  };
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

function rssOfMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/**
 * RSS of the largest process in the tree under `pid`: `tsx` runs the server in a child Node
 * process, so the spawned pid is only a small wrapper; the largest one is the API itself.
 */
export function serverRssMb(pid: number | undefined): number {
  if (!pid) return 0;
  let largest = rssOfMb(pid);
  for (const child of childrenOf(pid)) largest = Math.max(largest, serverRssMb(child));
  return largest;
}
