import type { Network, Organisation, Role, Topic } from '@nk/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages } from './fetch-all-pages';

/*
 * The catalogues the pickers and lists choose from. They change seldom, so they are kept fresh
 * for a few minutes instead of being fetched on every visit.
 */
const catalogueStaleTime = 5 * 60_000;

export const rolesQueryOptions = () =>
  queryOptions({
    queryKey: ['collaboration', 'roles'] as const,
    queryFn: ({ signal }) => fetchAllPages<Role>('/roles', {}, signal),
    staleTime: catalogueStaleTime,
  });

export function useRoles() {
  return useQuery(rolesQueryOptions());
}

export const pickerOrganisationsQueryOptions = () =>
  queryOptions({
    queryKey: ['collaboration', 'organisations'] as const,
    queryFn: ({ signal }) => fetchAllPages<Organisation>('/organisations', {}, signal),
    staleTime: catalogueStaleTime,
  });

export function usePickerOrganisations() {
  return useQuery(pickerOrganisationsQueryOptions());
}

export const networksQueryOptions = () =>
  queryOptions({
    queryKey: ['collaboration', 'networks'] as const,
    queryFn: ({ signal }) => fetchAllPages<Network>('/networks', {}, signal),
    staleTime: catalogueStaleTime,
  });

export function useNetworks() {
  return useQuery(networksQueryOptions());
}

export const topicsQueryOptions = () =>
  queryOptions({
    queryKey: ['collaboration', 'topics'] as const,
    queryFn: ({ signal }) => fetchAllPages<Topic>('/topics', {}, signal),
    staleTime: catalogueStaleTime,
  });

export function useTopics() {
  return useQuery(topicsQueryOptions());
}
