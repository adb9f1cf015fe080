import type { Person, Post } from '@nk/shared';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, type Page } from '../../../lib/api-client';

/** Enough to say "12 people"; beyond it the count reads "more than 500". */
const countLimit = 500;

export interface OrganisationContents {
  people: number;
  posts: number;
  /** True when there are more than the counts say. */
  more: boolean;
}

/** How many people and posts the organisation (and those below it) has: what archiving touches. */
export async function getOrganisationContents(
  id: string,
  signal?: AbortSignal,
): Promise<OrganisationContents> {
  const query = { organisation: id, limit: countLimit };
  const [people, posts] = await Promise.all([
    apiFetch<Page<Person>>('/people', { query, signal }),
    apiFetch<Page<Post>>('/posts', { query, signal }),
  ]);
  return {
    people: people.items.length,
    posts: posts.items.length,
    more: Boolean(people.nextCursor || posts.nextCursor),
  };
}

export function useOrganisationContents(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['editing', 'organisation-contents', id] as const,
    queryFn: ({ signal }) => getOrganisationContents(id, signal),
    enabled,
  });
}
