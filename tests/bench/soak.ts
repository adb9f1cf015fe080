import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { serverBundle } from '../helpers/server-process';
import { prepareDatabase } from './databases';
import { serverRssMb } from './load';
import { startProcess } from './processes';
import { seededRandom } from './random';
import { drawSample, signIn } from './sample';

/**
 * `npm run soak [-- --minutes 10 --scale 10000]`: the API on a fresh PostgreSQL database under
 * about 70 % of the load it can take, for a while. It measures saturation first (the mixed read
 * load as fast as it goes), then holds 70 % of that rate, sampling the server's memory. Reports
 * the error rate and the memory growth after the first minute of warm-up. It never asserts.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    scale: { type: 'string', default: '10000' },
    share: { type: 'string', default: '0.7' },
  },
});
const minutes = Number(values.minutes);
const scale = Number(values.scale);
const share = Number(values.share);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const database = await prepareDatabase('postgres', scale, adminUrl);
const api = await startProcess(
  serverBundle,
  { ...database.env, PORT: '0' },
  /running at (http:\/\/localhost:\d+)/,
);
const url = api.url.replace('localhost', '127.0.0.1');

try {
  const client = await signIn(url);
  const sample = await drawSample(client, seededRandom(7));
  // A mix of what people do: search, open a profile, list an organisation's posts.
  const paths = [
    ...sample.people
      .slice(0, 60)
      .map((p) => `/api/v1/search?q=${encodeURIComponent(p.familyName.slice(0, 4))}`),
    ...sample.people.slice(0, 60).map((p) => `/api/v1/people/${p.id}`),
    ...sample.municipalities.map((m) => `/api/v1/posts?organisation=${m.id}&limit=20`),
  ];
  let next = 0;
  const requests = paths.map(() => ({
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      path: paths[next++ % paths.length] as string,
    }),
  }));
  const run = (options: Partial<autocannon.Options>) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        { url, headers: client.headers, requests, connections: 10, ...options },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });

  const saturation = await run({ duration: 20 });
  const rate = Math.max(1, Math.round(saturation.requests.average * share));
  console.log(
    `saturation ${Math.round(saturation.requests.average)} req/s; holding ${rate} req/s for ${minutes} min`,
  );

  const samples: { at: number; rss: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => {
    samples.push({ at: (Date.now() - started) / 1000, rss: serverRssMb(api.child.pid) });
  }, 10_000);
  const soak = await run({ duration: minutes * 60, overallRate: rate });
  clearInterval(sampler);

  const total = soak.requests.total;
  const errors = soak.errors + soak.timeouts + soak.non2xx;
  const warm = samples.find((s) => s.at >= 60) ?? samples[0];
  const last = samples.at(-1);
  const growth = warm && last ? ((last.rss - warm.rss) / warm.rss) * 100 : Number.NaN;
  console.log(
    [
      `soak: ${total} requests in ${minutes} min at ${Math.round(soak.requests.average)} req/s (${Math.round(share * 100)} % of saturation)`,
      `errors ${errors} (${((errors / Math.max(1, total)) * 100).toFixed(3)} %; target < 0.1 %)`,
      `p50 ${soak.latency.p50} ms, p99 ${soak.latency.p99} ms`,
      `RSS after warm-up ${warm?.rss.toFixed(0)} MB, at the end ${last?.rss.toFixed(0)} MB: ${growth.toFixed(1)} % (target < 10 %)`,
    ].join('\n'),
  );
} finally {
  await api.stop();
  await database.drop();
}
