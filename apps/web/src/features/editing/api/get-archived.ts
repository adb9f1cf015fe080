import type { Organisation, Person, Post } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAll } from './get-catalogue';

export interface ArchivedEntries {
  people: Person[];
  organisations: Organisation[];
  posts: Post[];
}

/**
 * Everything archived: the lists with `include=archived`, keeping only the archived entries.
 * The API has no "archived only" filter, so the whole lists are read.
 */
export async function getArchived(signal?: AbortSignal): Promise<ArchivedEntries> {
  const query = { include: 'archived' };
  const [people, organisations, posts] = await Promise.all([
    fetchAll<Person>('/people', query, signal),
    fetchAll<Organisation>('/organisations', query, signal),
    fetchAll<Post>('/posts', query, signal),
  ]);
  return {
    people: people.filter((person) => person.archivedAt),
    organisations: organisations.filter((organisation) => organisation.archivedAt),
    posts: posts.filter((post) => post.archivedAt),
  };
}

export const archivedQueryOptions = () =>
  queryOptions({
    queryKey: ['editing', 'archived'] as const,
    queryFn: ({ signal }) => getArchived(signal),
  });

export function useArchived() {
  return useQuery(archivedQueryOptions());
}
