/**
 * Every path of the app is built here, so a renamed route is one edit. Paths are Swedish first:
 * they are what people see, share and bookmark.
 */

/** Route patterns for the router. */
export const routes = {
  home: '/',
  signIn: '/logga-in',
  acceptInvite: '/aktivera',
  organisations: '/organisationer',
  organisation: '/organisationer/:id',
  search: '/sok',
  person: '/personer/:id',
  counterparts: '/motparter',
  networks: '/natverk',
  network: '/natverk/:id',
  role: '/roller/:id',
  post: '/funktioner/:id',
  onboarding: '/ny-i-natverket',
  networkMap: '/karta',
  admin: '/admin',
  adminImport: '/admin/import',
  adminAudit: '/admin/logg',
  adminUsers: '/admin/anvandare',
  adminReview: '/admin/granskning',
  adminMerge: '/admin/sammanfoga',
  adminHandover: '/admin/overlamning',
  newPerson: '/personer/ny',
  editPerson: '/personer/:id/redigera',
  newOrganisation: '/organisationer/ny',
  editOrganisation: '/organisationer/:id/redigera',
  newPost: '/funktioner/ny',
  editPost: '/funktioner/:id/redigera',
  archived: '/admin/arkiv',
  adminCatalogue: '/admin/katalog',
  newRole: '/roller/ny',
  editRole: '/roller/:id/redigera',
  newNetwork: '/natverk/ny',
  editNetwork: '/natverk/:id/redigera',
  newTopic: '/amnen/ny',
  editTopic: '/amnen/:id/redigera',
  postAssignments: '/funktioner/:id/uppdrag',
} as const;

/** Name of the query parameter that carries "where to go after signing in". */
export const returnToParam = 'till';

/** Name of the query parameter that asks for an organisation "as of" a date. */
export const asOfParam = 'datum';

/**
 * What a search page shows, as it is kept in its address (`/sok?q=…&organisation=…`): every
 * filter takes one value, an id except `municipality` (SCB code) and `type` (kind of hit).
 */
export interface SearchParams {
  q?: string;
  type?: string;
  role?: string;
  organisation?: string;
  network?: string;
  municipality?: string;
  topic?: string;
  /** Also people who have left and posts held before. */
  former?: boolean;
}

/** The filters of the search page, in the order they appear in its address. */
export const searchFilterParams = [
  'type',
  'role',
  'organisation',
  'network',
  'municipality',
  'topic',
] as const;
export type SearchFilterParam = (typeof searchFilterParams)[number];

/** The query string of a search page; empty values are left out, so equal searches share a URL. */
export function searchQueryString(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q?.trim()) query.set('q', params.q);
  for (const name of searchFilterParams) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  if (params.former) query.set('former', '1');
  return query.toString();
}

export const paths = {
  home: () => routes.home,
  signIn: (returnTo?: string) => {
    const safe = safeReturnTo(returnTo);
    return safe && safe !== routes.home
      ? `${routes.signIn}?${new URLSearchParams({ [returnToParam]: safe })}`
      : routes.signIn;
  },
  organisations: () => routes.organisations,
  organisation: (id: string, asOf?: string) => {
    const base = `${routes.organisations}/${encodeURIComponent(id)}`;
    return asOf ? `${base}?${new URLSearchParams({ [asOfParam]: asOf })}` : base;
  },
  search: (params: SearchParams = {}) => {
    const query = searchQueryString(params);
    return query ? `${routes.search}?${query}` : routes.search;
  },
  person: (id: string, asOf?: string) => {
    const base = `/personer/${encodeURIComponent(id)}`;
    return asOf ? `${base}?${new URLSearchParams({ [asOfParam]: asOf })}` : base;
  },
  counterparts: (params: { role?: string; organisation?: string } = {}) => {
    const query = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ).toString();
    return query ? `${routes.counterparts}?${query}` : routes.counterparts;
  },
  networks: () => routes.networks,
  network: (id: string, asOf?: string) => withAsOf(`/natverk/${encodeURIComponent(id)}`, asOf),
  role: (id: string) => `/roller/${encodeURIComponent(id)}`,
  post: (id: string, asOf?: string) => withAsOf(`/funktioner/${encodeURIComponent(id)}`, asOf),
  onboarding: () => routes.onboarding,
  networkMap: () => routes.networkMap,
  admin: () => routes.admin,
  adminImport: () => routes.adminImport,
  adminAudit: () => routes.adminAudit,
  adminUsers: () => routes.adminUsers,
  adminReview: () => routes.adminReview,
  /** Compare two entries side by side; `keep` is the one that survives. */
  adminMerge: (keep?: string, duplicate?: string) => {
    const query = new URLSearchParams(
      Object.entries({ keep, duplicate }).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString();
    return query ? `${routes.adminMerge}?${query}` : routes.adminMerge;
  },
  adminHandover: (postId?: string) =>
    postId
      ? `${routes.adminHandover}?${new URLSearchParams({ post: postId })}`
      : routes.adminHandover,
  newPerson: (organisationId?: string) =>
    organisationId
      ? `${routes.newPerson}?${new URLSearchParams({ organisation: organisationId })}`
      : routes.newPerson,
  editPerson: (id: string) => `/personer/${encodeURIComponent(id)}/redigera`,
  newOrganisation: (parentId?: string) =>
    parentId
      ? `${routes.newOrganisation}?${new URLSearchParams({ parent: parentId })}`
      : routes.newOrganisation,
  editOrganisation: (id: string) => `/organisationer/${encodeURIComponent(id)}/redigera`,
  newPost: (organisationId?: string) =>
    organisationId
      ? `${routes.newPost}?${new URLSearchParams({ organisation: organisationId })}`
      : routes.newPost,
  editPost: (id: string) => `/funktioner/${encodeURIComponent(id)}/redigera`,
  archived: () => routes.archived,
  /** Roles, networks and topics, with links to their forms. */
  adminCatalogue: () => routes.adminCatalogue,
  newRole: () => routes.newRole,
  editRole: (id: string) => `/roller/${encodeURIComponent(id)}/redigera`,
  newNetwork: () => routes.newNetwork,
  editNetwork: (id: string) => `/natverk/${encodeURIComponent(id)}/redigera`,
  newTopic: () => routes.newTopic,
  editTopic: (id: string) => `/amnen/${encodeURIComponent(id)}/redigera`,
  /** Who is on a post and when: add, change and end assignments. */
  postAssignments: (id: string) => `/funktioner/${encodeURIComponent(id)}/uppdrag`,
};

function withAsOf(base: string, asOf?: string): string {
  return asOf ? `${base}?${new URLSearchParams({ [asOfParam]: asOf })}` : base;
}

/**
 * Accepts only a path inside this app as a place to return to after signing in, so a crafted
 * link cannot send someone to another site (`//evil.example`, `https://…`).
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if (value === routes.signIn || value.startsWith(`${routes.signIn}?`)) return null;
  return value;
}
