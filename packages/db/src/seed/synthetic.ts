import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB, NewPerson } from '../schema';
import {
  familyNames,
  femaleGivenNames,
  jobTitles,
  maleGivenNames,
  unitNames,
} from './swedish-names';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same directory. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from a list with a Zipf-like skew: the first entries are far more common. */
function skewedPicker<T>(items: readonly T[], random: () => number, exponent = 0.9) {
  const weights = items.map((_, rank) => 1 / (rank + 1) ** exponent);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => {
    cumulative.push((sum + w) / total);
    return sum + w;
  }, 0);
  return () => {
    const r = random();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < r) low = mid + 1;
      else high = mid;
    }
    return items[low] as T;
  };
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');

function isoDate(random: () => number, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

async function insertInBatches<T extends keyof DB>(
  db: Kysely<DB>,
  table: T,
  rows: object[],
  batchSize: number,
) {
  for (let i = 0; i < rows.length; i += batchSize) {
    // Batches keep each statement under PostgreSQL's 65,535 bind parameters.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batchSize) as never)
      .execute();
  }
}

interface SyntheticAssignment {
  post_id: string;
  person_id: string;
  kind: 'holder' | 'deputy';
  valid_from: string;
  valid_to: string | null;
}

/**
 * The assignments without those of people who hold nothing and whose every post ended before
 * `cutoff`: the retention job (DESIGN §3.7) erases such people, so a directory it looks after has
 * none. They stay, without posts.
 */
function withoutExpired(assignments: SyntheticAssignment[], cutoff: string) {
  // The day each person's last post ended; null while one is open.
  const lastEnd = new Map<string, string | null>();
  for (const a of assignments) {
    const known = lastEnd.get(a.person_id);
    if (known === null) continue;
    if (a.valid_to === null) lastEnd.set(a.person_id, null);
    else if (known === undefined || a.valid_to > known) lastEnd.set(a.person_id, a.valid_to);
  }
  return assignments.filter((a) => {
    const end = lastEnd.get(a.person_id);
    return end === null || (end !== undefined && end >= cutoff);
  });
}

export interface SyntheticSummary {
  organisations: number;
  people: number;
  posts: number;
  assignments: number;
}

/**
 * Adds `people` synthetic people to a directory that already holds the demo network: units
 * nested three deep below each municipality and division, one post per person (most held since
 * a date between 2019 and 2026, many with an earlier holder), realistic names and contact
 * details. Deterministic for a given seed. With `retentionCutoff` (`YYYY-MM-DD`), nobody is
 * left for the retention job to erase (see `withoutExpired`).
 */
export async function generateSyntheticDirectory(
  db: Kysely<DB>,
  options: { people: number; seed?: number; retentionCutoff?: string },
): Promise<SyntheticSummary> {
  const random = prng(options.seed ?? 1);
  const pickFamily = skewedPicker(familyNames, random);
  const pickFemale = skewedPicker(femaleGivenNames, random);
  const pickMale = skewedPicker(maleGivenNames, random);
  const pickTitle = skewedPicker(jobTitles, random, 0.5);
  const pickUnit = skewedPicker(unitNames, random, 0.3);

  const parents = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('kind', 'in', ['municipality', 'division', 'hospital'])
    .execute();
  const roles = await db.selectFrom('roles').select('id').execute();
  const networks = await db.selectFrom('networks').select('id').execute();
  if (parents.length === 0 || roles.length === 0) {
    throw new Error('Load the demo network first: synthetic data grows below it.');
  }

  // About 40 people per unit; departments group ten units each.
  const unitCount = Math.max(1, Math.ceil(options.people / 40));
  const organisations: { id: string; name: string; kind: 'unit'; parent_id: string }[] = [];
  const units: string[] = [];
  const departments: string[] = [];
  for (let d = 0; d < Math.ceil(unitCount / 10); d++) {
    const parent = parents[d % parents.length] as { id: string; name: string };
    const id = randomUUID();
    departments.push(id);
    organisations.push({
      id,
      name: `${parent.name}, avdelning ${d + 1}`,
      kind: 'unit',
      parent_id: parent.id,
    });
  }
  for (let u = 0; u < unitCount; u++) {
    const id = randomUUID();
    units.push(id);
    const department = departments[Math.floor(u / 10)] as string;
    organisations.push({ id, name: `${pickUnit()} ${u + 1}`, kind: 'unit', parent_id: department });
  }
  await insertInBatches(db, 'organisations', organisations, 2000);

  const people: NewPerson[] = [];
  const usedEmails = new Set<string>();
  for (let p = 0; p < options.people; p++) {
    const female = random() < 0.55;
    const givenName = female ? pickFemale() : pickMale();
    const familyName = random() < 0.03 ? `${pickFamily()}-${pickFamily()}` : pickFamily();
    let email = `${fold(givenName)}.${fold(familyName)}@synt.example`;
    if (usedEmails.has(email)) email = `${fold(givenName)}.${fold(familyName)}.${p}@synt.example`;
    usedEmails.add(email);
    const mobileDigits = String(Math.floor(random() * 1e7)).padStart(7, '0');
    people.push({
      id: randomUUID(),
      organisation_id: units[p % units.length] as string,
      given_name: givenName,
      family_name: familyName,
      title: pickTitle(),
      email,
      phone:
        random() < 0.7
          ? `016-${mobileDigits.slice(0, 2)} ${mobileDigits.slice(2, 4)} ${mobileDigits.slice(4, 6)}`
          : null,
      mobile:
        random() < 0.8
          ? `070-${mobileDigits.slice(0, 3)} ${mobileDigits.slice(3, 5)} ${mobileDigits.slice(5)}`
          : null,
      bio: null,
      hsa_id: null,
      last_verified_at: random() < 0.8 ? `${isoDate(random, 2024, 2026)}T09:00:00Z` : null,
      last_verified_by: null,
      archived_at: null,
      erased_at: null,
    });
  }
  await insertInBatches(db, 'people', people, 2000);

  const posts: object[] = [];
  let assignments: SyntheticAssignment[] = [];
  for (let p = 0; p < people.length; p++) {
    const postId = randomUUID();
    const person = people[p] as NewPerson & { id: string };
    posts.push({
      id: postId,
      role_id: (roles[Math.floor(random() * roles.length)] as { id: string }).id,
      organisation_id: person.organisation_id,
      network_id:
        random() < 0.3
          ? (networks[Math.floor(random() * networks.length)] as { id: string }).id
          : null,
      title: null,
      required: random() < 0.6,
    });
    const since = isoDate(random, 2019, 2026);
    const vacant = random() < 0.05;
    if (!vacant) {
      assignments.push({
        post_id: postId,
        person_id: person.id,
        kind: 'holder',
        valid_from: since,
        valid_to: null,
      });
    }
    if (random() < 0.6) {
      // An earlier holder, now elsewhere: the history every profile shows.
      const earlier = people[Math.floor(random() * people.length)] as NewPerson & { id: string };
      assignments.push({
        post_id: postId,
        person_id: earlier.id,
        kind: 'holder',
        valid_from: isoDate(random, 2012, 2018),
        valid_to: dayBefore(since),
      });
    }
    if (random() < 0.05) {
      assignments.push({
        post_id: postId,
        person_id: (people[(p + 1) % people.length] as { id: string }).id,
        kind: 'deputy',
        valid_from: since,
        valid_to: null,
      });
    }
  }
  if (options.retentionCutoff) assignments = withoutExpired(assignments, options.retentionCutoff);
  await insertInBatches(db, 'posts', posts, 5000);
  await insertInBatches(db, 'assignments', assignments, 5000);

  const summary = {
    organisations: organisations.length,
    people: people.length,
    posts: posts.length,
    assignments: assignments.length,
  };
  await db
    .insertInto('audit_events')
    .values({
      actor_id: null,
      request_id: null,
      action: 'synthetic.seeded',
      entity_type: 'directory',
      entity_id: null,
      before: null,
      after: JSON.stringify(summary),
    })
    .execute();
  // What autovacuum would do in time, at once: fresh statistics so the planner knows the tables
  // are large, trigram indexes' pending lists merged, and visibility maps set for index-only scans.
  await sql`VACUUM ANALYZE`.execute(db);
  return summary;
}
