import { parseArgs } from 'node:util';
import { serverBundle } from '../helpers/server-process';
import { benchPassword } from './databases';
import { percentile } from './load';
import { startProcess } from './processes';
import { searchMix, searchPath } from './queries';
import { seededRandom } from './random';
import { drawSample, signIn } from './sample';

/**
 * `npm run build -w @nk/api && npx tsx tests/bench/probe.ts --url postgres://…`: times requests
 * one at a time against an already seeded database (no queueing, unlike `npm run bench`), and
 * prints the slowest of each kind: where to look with EXPLAIN ANALYZE.
 */
const { values } = parseArgs({
  options: { url: { type: 'string' }, only: { type: 'string' }, top: { type: 'string' } },
});
if (!values.url) throw new Error('--url postgres://… of a seeded database');
const server = await startProcess(
  serverBundle,
  { DATABASE_URL: values.url, PORT: '0', DEMO_PASSWORD: benchPassword },
  /running at (http:\/\/localhost:\d+)/,
);
try {
  const api = await signIn(server.url.replace('localhost', '127.0.0.1'));
  const random = seededRandom(1);
  const sample = await drawSample(api, random);
  const groups: Record<string, { path: string; ms: number }[]> = {};
  const time = async (group: string, path: string) => {
    const started = performance.now();
    const answer = await api.get(path);
    const ms = performance.now() - started;
    if (answer.status !== 200) console.log(`${answer.status} ${path}`);
    const list = groups[group] ?? [];
    list.push({ path, ms });
    groups[group] = list;
  };
  const only = values.only?.split(',');
  const wanted = (group: string) => !only || only.includes(group);
  if (wanted('search')) {
    for (const query of searchMix(sample, random)) {
      await time(`search ${query.kind}`, searchPath(query));
    }
  }
  // Asked twice: the first time worked out, the second answered from what the API keeps.
  for (const pass of ['cold', 'kept']) {
    if (wanted('counterparts')) {
      for (const person of sample.people.slice(0, 60)) {
        for (const post of person.posts) {
          await time(
            `counterparts ${pass}`,
            `/api/v1/counterparts?role=${post.roleId}&organisation=${post.organisationId}`,
          );
        }
      }
    }
    if (wanted('coverage')) {
      for (const network of sample.networks) {
        await time(`coverage ${pass}`, `/api/v1/networks/${network.id}/coverage`);
      }
    }
  }
  if (wanted('profile')) {
    for (const person of sample.people.slice(0, 100)) {
      await time('profile', `/api/v1/people/${person.id}`);
    }
  }
  const top = Number(values.top ?? 3);
  for (const [group, list] of Object.entries(groups)) {
    const sorted = [...list].sort((a, b) => a.ms - b.ms);
    const times = sorted.map((s) => s.ms);
    const at = (p: number) => percentile(times, p);
    console.log(
      `${group.padEnd(22)} n=${String(list.length).padStart(4)} p50 ${at(50).toFixed(1)} p90 ${at(90).toFixed(1)} max ${at(100).toFixed(1)} ms`,
    );
    for (const slow of sorted.slice(-top).reverse()) {
      console.log(`    ${slow.ms.toFixed(0).padStart(6)} ms  ${decodeURIComponent(slow.path)}`);
    }
  }
} finally {
  await server.stop();
}
