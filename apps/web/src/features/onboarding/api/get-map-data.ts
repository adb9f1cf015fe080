import type { Network, Organisation, OrganisationLinkEdge, Post } from '@nk/shared';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchAll } from './fetch-all';
import { networksQueryOptions } from './get-networks';
import { organisationsQueryOptions } from './get-organisation';
import { postsQueryOptions } from './get-posts';

export interface MapData {
  organisations: Organisation[];
  networks: Network[];
  posts: Post[];
  /** Today's catchment (`serves`) and partner links between current organisations. */
  links: OrganisationLinkEdge[];
}

/** Every current link between organisations, in one list. */
export function getOrganisationLinks(signal?: AbortSignal): Promise<OrganisationLinkEdge[]> {
  return fetchAll<OrganisationLinkEdge>('/organisation-links', {}, signal);
}

export const organisationLinksQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'links'] as const,
    queryFn: ({ signal }) => getOrganisationLinks(signal),
  });

/**
 * Everything the network map and its table show: four lists, read side by side. `fetchQuery`
 * rather than `ensureQueryData`, so a list marked stale by an edit is read again.
 */
export async function getMapData(client: QueryClient): Promise<MapData> {
  const [organisations, networks, posts, links] = await Promise.all([
    client.fetchQuery(organisationsQueryOptions()),
    client.fetchQuery(networksQueryOptions()),
    client.fetchQuery(postsQueryOptions()),
    client.fetchQuery(organisationLinksQueryOptions()),
  ]);
  return {
    organisations: organisations.filter((organisation) => !organisation.archivedAt),
    networks: networks.filter((network) => !network.archivedAt),
    posts: posts.filter((post) => !post.archivedAt),
    links,
  };
}

export function useMapData() {
  const client = useQueryClient();
  return useQuery(
    queryOptions({
      queryKey: ['onboarding', 'map'] as const,
      queryFn: () => getMapData(client),
    }),
  );
}
