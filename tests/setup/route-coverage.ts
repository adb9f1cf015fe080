import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { RouteAnswers } from '../helpers/route-coverage';

const apiSuites = path.resolve(import.meta.dirname, '../api');

/**
 * Issue 3's "tests cover each route's success path and its errors", checked rather than hoped:
 * the API suites' test apps note every answer's status, and once the whole API suite has run on
 * a database, every operation of the OpenAPI document must have answered at least one success
 * (2xx/3xx) and one client error (4xx). `/healthz` and `/readyz` take nothing from the caller,
 * so they cannot answer 4xx and need a success only. A run of some of the files checks nothing.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nk-routes-'));
  project.provide('routeCoverageDir', dir);
  return () => {
    try {
      const records = readdirSync(dir).map(
        (name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as RouteAnswers,
      );
      const suites = readdirSync(apiSuites).filter((name) => name.endsWith('.test.ts'));
      const ran = new Set(records.map((r) => r.file));
      if (!suites.every((name) => ran.has(name))) return;
      const missing = uncovered(records);
      if (missing.length > 0) {
        // Vitest prints an error thrown here but would still exit 0 for it.
        process.exitCode = 1;
        throw new Error(
          `${project.name}: operations without both a success and an error answer in the API suites:\n` +
            missing.join('\n'),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** `METHOD /path: what is missing` for each operation the suites did not answer both ways. */
function uncovered(records: RouteAnswers[]): string[] {
  const statuses = new Map<string, Set<number>>();
  for (const record of records) {
    for (const [key, seen] of Object.entries(record.answers)) {
      const all = statuses.get(key) ?? new Set<number>();
      for (const status of seen) all.add(status);
      statuses.set(key, all);
    }
  }
  const operations = new Set(records.flatMap((r) => r.operations));
  return [...operations].sort().flatMap((key) => {
    const seen = [...(statuses.get(key) ?? [])];
    const success = seen.some((s) => s >= 200 && s < 400);
    const clientError = seen.some((s) => s >= 400 && s < 500) || takesNothing(key);
    if (success && clientError) return [];
    const lacking = [success ? null : 'no success', clientError ? null : 'no 4xx'];
    return [`${key}: ${lacking.filter(Boolean).join(', ')}`];
  });
}

/** The two probes answer every caller the same way: there is nothing to get wrong. */
const takesNothing = (key: string) => key === 'GET /healthz' || key === 'GET /readyz';
