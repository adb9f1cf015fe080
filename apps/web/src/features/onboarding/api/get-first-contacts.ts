import type {
  CounterpartPost,
  Counterparts,
  Network,
  OrganisationDetail,
  OrganisationRef,
  PersonAssignment,
  PersonDetail,
} from '@nk/shared';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { counterpartsQueryOptions } from './get-counterparts';
import { networksQueryOptions } from './get-networks';
import { organisationQueryOptions } from './get-organisation';
import { personQueryOptions } from './get-person';
import { postsQueryOptions } from './get-posts';

/** Counterparts of one of the person's current posts. */
export interface PostCounterparts {
  assignment: PersonAssignment;
  counterparts: Counterparts;
}

/** Posts of a forum the person takes part in, besides those already among the counterparts. */
export interface ForumContacts {
  network: Network;
  posts: CounterpartPost[];
}

/**
 * Who to ask about the network and the directory in the person's own organisation. The API
 * shows an organisation's stewards (editors) to administrators only, so this is the
 * processledare of the organisation or of the nearest organisation above it.
 */
export interface SupportContacts {
  organisation: OrganisationRef;
  posts: CounterpartPost[];
}

export interface FirstContacts {
  person: PersonDetail;
  counterparts: PostCounterparts[];
  forums: ForumContacts[];
  support: SupportContacts;
}

/** Roles whose holders answer questions about the network in an organisation. */
const supportRoleKey = /^processledare/;

/**
 * A new person's first contacts, built from their current posts: counterparts per post, the
 * others in the forums they take part in, and the processledare of their own organisation.
 * The parts are fetched through their own queries, so other pages share the cache.
 */
export async function getFirstContacts(
  client: QueryClient,
  personId: string,
): Promise<FirstContacts> {
  const person = await client.ensureQueryData(personQueryOptions(personId));
  const posts = person.currentPosts;

  const [counterparts, forums, support] = await Promise.all([
    Promise.all(
      posts.map(async (assignment) => ({
        assignment,
        counterparts: await client.ensureQueryData(
          counterpartsQueryOptions(assignment.role.id, assignment.organisation.id),
        ),
      })),
    ),
    forumsOf(client, person),
    supportOf(client, person),
  ]);

  // Each post once on the page: counterparts first, then forums; never the person's own posts.
  const seen = new Set(posts.map((assignment) => assignment.post.id));
  for (const entry of counterparts) {
    for (const group of entry.counterparts.groups) {
      for (const post of group.posts) seen.add(post.id);
    }
  }
  const forumContacts = forums
    .map((forum) => ({
      network: forum.network,
      posts: forum.posts.filter((post) => {
        if (seen.has(post.id) || post.holders.length === 0) return false;
        seen.add(post.id);
        return true;
      }),
    }))
    .filter((forum) => forum.posts.length > 0);

  return { person, counterparts, forums: forumContacts, support };
}

async function forumsOf(client: QueryClient, person: PersonDetail) {
  if (person.currentPosts.length === 0) return [];
  const networks = await client.ensureQueryData(networksQueryOptions());
  const postNetworks = new Set(
    person.currentPosts.flatMap((a) => (a.network ? [a.network.id] : [])),
  );
  const organisations = new Set(person.currentPosts.map((a) => a.organisation.id));
  const forums = networks.filter(
    (network) =>
      network.kind === 'forum' &&
      !network.archivedAt &&
      (postNetworks.has(network.id) || network.organisationIds.some((id) => organisations.has(id))),
  );
  return Promise.all(
    forums.map(async (network) => ({
      network,
      posts: await client.ensureQueryData(postsQueryOptions(network.id)),
    })),
  );
}

async function supportOf(client: QueryClient, person: PersonDetail): Promise<SupportContacts> {
  const own = await client.ensureQueryData(organisationQueryOptions(person.organisation.id));
  const chain: OrganisationRef[] = [own, ...[...own.ancestors].reverse()];
  for (const ref of chain) {
    const detail: OrganisationDetail =
      ref.id === own.id ? own : await client.ensureQueryData(organisationQueryOptions(ref.id));
    const posts = detail.posts
      .filter((post) => supportRoleKey.test(post.role.key))
      .map((post) => ({ ...post, organisation: toRef(detail) }))
      .filter((post) => post.holders.some((holder) => holder.person.id !== person.id));
    if (posts.length > 0) return { organisation: toRef(own), posts };
  }
  return { organisation: toRef(own), posts: [] };
}

function toRef(organisation: OrganisationRef): OrganisationRef {
  return {
    id: organisation.id,
    name: organisation.name,
    shortName: organisation.shortName,
    kind: organisation.kind,
  };
}

export const firstContactsQueryOptions = (client: QueryClient, personId: string) =>
  queryOptions({
    queryKey: ['onboarding', 'first-contacts', personId] as const,
    queryFn: () => getFirstContacts(client, personId),
  });

export function useFirstContacts(personId: string) {
  const client = useQueryClient();
  return useQuery(firstContactsQueryOptions(client, personId));
}

/** Every person on the page once, for the vCard bundle (the export takes at most 300 ids). */
export function contactPersonIds(contacts: FirstContacts): string[] {
  const ids = new Set<string>();
  const add = (posts: CounterpartPost[]) => {
    for (const post of posts) for (const holder of post.holders) ids.add(holder.person.id);
  };
  for (const entry of contacts.counterparts) {
    for (const group of entry.counterparts.groups) add(group.posts);
  }
  for (const forum of contacts.forums) add(forum.posts);
  add(contacts.support.posts);
  ids.delete(contacts.person.id);
  return [...ids].slice(0, 300);
}
