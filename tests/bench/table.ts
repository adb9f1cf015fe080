import type { DatabaseKind } from './databases';
import type { Measurement } from './load';

/** A check that is not a timing, e.g. B6's lost updates; a failed one fails the target. */
export interface Check {
  ok: boolean;
  note: string;
}

/** One line of the printed table and one entry of the JSON. */
export interface Row {
  id: string;
  scenario: string;
  database: DatabaseKind | '-';
  /** People in the directory; 0 where it does not matter. */
  scale: number;
  measurement?: Measurement;
  /** req/s over R0's req/s in the same run. */
  ratio?: number;
  target?: string;
  /** Whether the target is met here; absent where it applies to another scale or database. */
  verdict?: 'met' | 'NOT met';
  checks?: Check[];
  note?: string;
}

const round = (n: number) => String(Math.round(n));

function rateCell(m: Measurement | undefined): string {
  if (!m) return '-';
  return `${round(m.reqPerSec)} (${round(m.spread[0])}–${round(m.spread[1])})`;
}

function p99Cell(m: Measurement | undefined): string {
  if (!m?.p99Spread) return m ? 'no answer in time' : '-';
  return `${m.p99} (${m.p99Spread[0]}–${m.p99Spread[1]})`;
}

function noteCell(row: Row): string {
  const checks = (row.checks ?? []).map((c) => c.note);
  return [row.note, ...checks].filter(Boolean).join('; ') || '-';
}

const header = [
  'id',
  'scenario',
  'db',
  'people',
  'req/s (spread)',
  '× R0',
  'p50 ms',
  'p99 ms (spread)',
  'errors',
  'RSS MB',
  'target',
  'verdict',
  'note',
];

function cells(row: Row): string[] {
  const m = row.measurement;
  return [
    row.id,
    row.scenario,
    row.database,
    row.scale ? String(row.scale) : '-',
    rateCell(m),
    row.ratio !== undefined ? row.ratio.toFixed(2) : '-',
    m?.p50 !== undefined ? String(m.p50) : '-',
    p99Cell(m),
    m ? String(m.errors) : '-',
    m?.rssMb ? String(m.rssMb) : '-',
    row.target ?? '-',
    row.verdict ?? '-',
    noteCell(row),
  ];
}

/** The table as Markdown, so a closing note can paste it as it is. */
export function formatTable(rows: Row[]): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ];
  return lines.join('\n');
}
