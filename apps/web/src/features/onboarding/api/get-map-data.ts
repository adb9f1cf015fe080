import type { Network, Organisation, Post } from '@nk/shared';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { networksQueryOptions } from './get-networks';
import { organisationQueryOptions, organisationsQueryOptions } from './get-organisation';
import { postsQueryOptions } from './get-posts';

/** A catchment (`serves`: from serves to) or partner link between two organisations. */
export interface OrganisationLinkEdge {
  id: string;
  kind: 'serves' | 'partner';
  from: string;
  to: string;
}

export interface MapData {
  organisations: Organisation[];
  networks: Network[];
  posts: Post[];
  links: OrganisationLinkEdge[];
  /** Some organisations' links could not be read; the map says so. */
  linksIncomplete: boolean;
}

/** Organisation pages read at once for their links; kind to the API and the browser alike. */
const concurrency = 6;

/**
 * Everything the network map and its table show. Links are read from each organisation's page
 * (there is no list of links), a few at a time; a failed one leaves its links out, not the map.
 */
export async function getMapData(client: QueryClient, signal?: AbortSignal): Promise<MapData> {
  const [organisations, networks, posts] = await Promise.all([
    client.ensureQueryData(organisationsQueryOptions()),
    client.ensureQueryData(networksQueryOptions()),
    client.ensureQueryData(postsQueryOptions()),
  ]);

  const links = new Map<string, OrganisationLinkEdge>();
  let linksIncomplete = false;
  const queue = organisations.map((organisation) => organisation.id);
  async function worker() {
    for (let id = queue.shift(); id; id = queue.shift()) {
      if (signal?.aborted) return;
      try {
        const detail = await client.ensureQueryData(organisationQueryOptions(id));
        for (const link of detail.links) {
          const outgoing = link.direction === 'outgoing';
          links.set(link.id, {
            id: link.id,
            kind: link.kind,
            from: outgoing ? id : link.organisation.id,
            to: outgoing ? link.organisation.id : id,
          });
        }
      } catch {
        linksIncomplete = true;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));

  return {
    organisations: organisations.filter((organisation) => !organisation.archivedAt),
    networks: networks.filter((network) => !network.archivedAt),
    posts: posts.filter((post) => !post.archivedAt),
    links: [...links.values()],
    linksIncomplete,
  };
}

export function useMapData() {
  const client = useQueryClient();
  return useQuery(
    queryOptions({
      queryKey: ['onboarding', 'map'] as const,
      queryFn: ({ signal }) => getMapData(client, signal),
    }),
  );
}
