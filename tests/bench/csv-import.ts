import {
  familyNames,
  femaleGivenNames,
  jobTitles,
  maleGivenNames,
} from '../../packages/db/src/seed/swedish-names';
import { serverRssMb } from './load';
import { pick } from './random';
import type { Sample } from './sample';
import type { BenchContext, Scenario } from './scenarios';

/** B7: one organisation's list of 10,000 people, previewed and then committed. */
const ROWS = 10_000;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');

/** A CSV as Swedish Excel saves it: `;`-separated, Swedish headings, names with diacritics. */
function csvOf(sample: Sample, random: () => number): string {
  const lines = ['Förnamn;Efternamn;E-post;Titel;Mobil;Roll;Från'];
  for (let i = 0; i < ROWS; i++) {
    const given = pick(random() < 0.55 ? femaleGivenNames : maleGivenNames, random);
    const family = pick(familyNames, random);
    const digits = String(Math.floor(random() * 1e7)).padStart(7, '0');
    const mobile = `070-${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
    const email = `${fold(given)}.${fold(family)}.${i}@import.example`;
    const role = pick(sample.roles, random).nameSv;
    lines.push(
      [given, family, email, pick(jobTitles, random), mobile, role, '2026-01-01'].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface Timed<T> {
  seconds: number;
  status: number;
  body: T;
}

async function timedPost<T>(ctx: BenchContext, path: string, init: RequestInit): Promise<Timed<T>> {
  const started = performance.now();
  const response = await fetch(`${ctx.api.url}${path}`, {
    method: 'POST',
    ...init,
    headers: { ...ctx.api.headers, ...(init.headers as Record<string, string>) },
  });
  const body = (await response.json().catch(() => null)) as T;
  return { seconds: (performance.now() - started) / 1000, status: response.status, body };
}

/** Samples the API's memory until `stop` is called; returns the highest reading. */
function rssSampler(pid: number | undefined) {
  let peak = serverRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, serverRssMb(pid));
  }, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

interface ImportAnswer {
  id: string;
  summary?: Record<string, number>;
  detail?: string;
}

const describeSummary = (summary: Record<string, number> | undefined) =>
  Object.entries(summary ?? {})
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} ${action}`)
    .join(', ');

export const csvImport: Scenario = {
  id: 'B7',
  name: `CSV import of ${ROWS.toLocaleString('en')} rows: preview, commit`,
  target: 'preview ≤ 5 s; commit ≤ 15 s; memory bounded',
  plan: async (ctx) => {
    const organisation = ctx.sample.municipalities[0];
    if (!organisation) return { unavailable: 'no municipality to import into' };
    const csv = csvOf(ctx.sample, ctx.random);
    const rssBefore = serverRssMb(ctx.apiPid);
    const stopSampling = rssSampler(ctx.apiPid);
    const preview = await timedPost<ImportAnswer>(
      ctx,
      `/api/v1/imports?organisation=${organisation.id}`,
      {
        headers: { 'content-type': 'text/csv; charset=utf-8' },
        body: csv,
      },
    );
    if (preview.status !== 201) {
      stopSampling();
      const detail = preview.body?.detail ? `: ${preview.body.detail}` : '';
      return { unavailable: `not available: POST /imports answers ${preview.status}${detail}` };
    }
    const commit = await timedPost<ImportAnswer>(ctx, `/api/v1/imports/${preview.body.id}/commit`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ validRowsOnly: true }),
    });
    const peak = stopSampling();
    return {
      note: `${describeSummary(preview.body.summary)}; RSS ${rssBefore} → peak ${peak} MB`,
      checks: [
        { ok: preview.seconds <= 5, note: `preview ${preview.seconds.toFixed(1)} s` },
        {
          ok: commit.status === 200 && commit.seconds <= 15,
          note: `commit ${commit.seconds.toFixed(1)} s (${commit.status})`,
        },
      ],
    };
  },
  meets: (row) => (row.checks ?? []).every((c) => c.ok),
};
