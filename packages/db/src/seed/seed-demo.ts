import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { hashPassword } from '../password';
import type { DB } from '../schema';
import type { DemoNetworkData } from './demo-types';

export interface SeedSummary {
  organisations: number;
  people: number;
  posts: number;
  assignments: number;
  users: number;
}

/** Resolves refs to generated ids, failing loudly on a ref that names nothing. */
class Refs {
  private readonly ids = new Map<string, string>();
  constructor(private readonly kind: string) {}
  add(ref: string): string {
    const id = randomUUID();
    this.ids.set(ref, id);
    return id;
  }
  get(ref: string): string {
    const id = this.ids.get(ref);
    if (!id) throw new Error(`Demo data: unknown ${this.kind} "${ref}"`);
    return id;
  }
}

/** Orders items so that each comes after its parent. */
function parentsFirst<T extends { ref: string; parent?: string }>(items: T[]): T[] {
  const done = new Set<string>();
  const ordered: T[] = [];
  let pending = items;
  while (pending.length > 0) {
    const ready = pending.filter((i) => !i.parent || done.has(i.parent));
    if (ready.length === 0) throw new Error('Demo data: a parent is missing or forms a cycle');
    for (const item of ready) {
      ordered.push(item);
      done.add(item.ref);
    }
    pending = pending.filter((i) => !done.has(i.ref));
  }
  return ordered;
}

/** Loads the demo network in one transaction, with one audit event that says so. */
export async function seedDemoNetwork(
  db: Kysely<DB>,
  data: DemoNetworkData,
  password: string,
): Promise<SeedSummary> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute((trx) => insertAll(trx, data, passwordHash));
}

async function insertAll(trx: Transaction<DB>, data: DemoNetworkData, passwordHash: string) {
  const organisations = new Refs('organisation');
  const roles = new Refs('role');
  const topics = new Refs('topic');
  const networks = new Refs('network');
  const people = new Refs('person');
  const posts = new Refs('post');

  for (const o of parentsFirst(data.organisations)) {
    await trx
      .insertInto('organisations')
      .values({
        id: organisations.add(o.ref),
        name: o.name,
        short_name: o.shortName ?? null,
        kind: o.kind,
        parent_id: o.parent ? organisations.get(o.parent) : null,
        municipality_code: o.municipalityCode ?? null,
        hsa_id: o.hsaId ?? null,
        email: o.email ?? null,
        phone: o.phone ?? null,
        website: o.website ?? null,
        street_address: o.streetAddress ?? null,
        postal_code: o.postalCode ?? null,
        city: o.city ?? null,
        description: o.description ?? null,
      })
      .execute();
  }
  await trx
    .insertInto('organisation_links')
    .values(
      data.organisationLinks.map((l) => ({
        kind: l.kind,
        from_organisation_id: organisations.get(l.from),
        to_organisation_id: organisations.get(l.to),
      })),
    )
    .execute();

  await trx
    .insertInto('topics')
    .values(
      data.topics.map((t) => ({
        id: topics.add(t.key),
        key: t.key,
        kind: t.kind,
        name_sv: t.nameSv,
        name_en: t.nameEn,
        description_sv: t.descriptionSv,
        description_en: t.descriptionEn,
      })),
    )
    .execute();

  await trx
    .insertInto('roles')
    .values(
      data.roles.map((r) => ({
        id: roles.add(r.key),
        key: r.key,
        name_sv: r.nameSv,
        name_en: r.nameEn,
        description_sv: r.descriptionSv,
        description_en: r.descriptionEn,
        synonyms: r.synonyms,
      })),
    )
    .execute();
  await trx
    .insertInto('role_counterparts')
    .values(
      data.roleCounterparts.map((c) => ({
        role_a_id: roles.get(c.a),
        role_b_id: roles.get(c.b),
        description_sv: c.descriptionSv,
        description_en: c.descriptionEn,
      })),
    )
    .execute();

  for (const n of parentsFirst(data.networks)) {
    const networkId = networks.add(n.ref);
    await trx
      .insertInto('networks')
      .values({
        id: networkId,
        name: n.name,
        short_name: n.shortName ?? null,
        kind: n.kind,
        parent_id: n.parent ? networks.get(n.parent) : null,
        description: n.description,
      })
      .execute();
    if (n.topics.length > 0) {
      await trx
        .insertInto('network_topics')
        .values(n.topics.map((t) => ({ network_id: networkId, topic_id: topics.get(t) })))
        .execute();
    }
    if (n.organisations.length > 0) {
      await trx
        .insertInto('network_organisations')
        .values(
          n.organisations.map((o) => ({
            network_id: networkId,
            organisation_id: organisations.get(o),
            valid_from: null,
            valid_to: null,
          })),
        )
        .execute();
    }
  }

  await trx
    .insertInto('people')
    .values(
      data.people.map((p) => ({
        id: people.add(p.ref),
        organisation_id: organisations.get(p.organisation),
        given_name: p.givenName,
        family_name: p.familyName,
        title: p.title,
        email: p.email,
        phone: p.phone ?? null,
        mobile: p.mobile ?? null,
        phone_visibility: p.phoneVisibility ?? 'network',
        mobile_visibility: p.mobileVisibility ?? 'network',
        bio: p.bio ?? null,
        languages: p.languages ?? [],
        hsa_id: null,
        last_verified_at: p.lastVerifiedAt ?? null,
        last_verified_by: null,
        archived_at: null,
        erased_at: null,
      })),
    )
    .execute();
  const personTopics = data.people.flatMap((p) =>
    (p.topics ?? []).map((t) => ({ person_id: people.get(p.ref), topic_id: topics.get(t) })),
  );
  if (personTopics.length > 0) await trx.insertInto('person_topics').values(personTopics).execute();

  await trx
    .insertInto('posts')
    .values(
      data.posts.map((p) => ({
        id: posts.add(p.ref),
        role_id: roles.get(p.role),
        organisation_id: organisations.get(p.organisation),
        network_id: p.network ? networks.get(p.network) : null,
        title: p.title ?? null,
        functional_email: p.functionalEmail ?? null,
        functional_phone: p.functionalPhone ?? null,
        required: p.required ?? true,
        note: null,
      })),
    )
    .execute();
  await trx
    .insertInto('assignments')
    .values(
      data.assignments.map((a) => ({
        post_id: posts.get(a.post),
        person_id: people.get(a.person),
        kind: a.kind ?? 'holder',
        valid_from: a.validFrom,
        valid_to: a.validTo ?? null,
        note: null,
        import_id: null,
      })),
    )
    .execute();

  for (const u of data.users) {
    const userId = randomUUID();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        email: u.email,
        display_name: u.displayName,
        password_hash: passwordHash,
        role: u.role,
        person_id: u.person ? people.get(u.person) : null,
        disabled_at: null,
        locked_until: null,
        last_login_at: null,
        password_changed_at: null,
        invite_token_hash: null,
        invite_expires_at: null,
      })
      .execute();
    if (u.scope && u.scope.length > 0) {
      await trx
        .insertInto('user_scopes')
        .values(u.scope.map((o) => ({ user_id: userId, organisation_id: organisations.get(o) })))
        .execute();
    }
  }

  const summary: SeedSummary = {
    organisations: data.organisations.length,
    people: data.people.length,
    posts: data.posts.length,
    assignments: data.assignments.length,
    users: data.users.length,
  };
  await trx
    .insertInto('audit_events')
    .values({
      actor_id: null,
      request_id: null,
      action: 'demo.seeded',
      entity_type: 'directory',
      entity_id: null,
      before: null,
      after: JSON.stringify(summary),
    })
    .execute();
  return summary;
}

/** True when the directory holds no organisation yet: the moment to seed. */
export async function isDirectoryEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
