/**
 * Every path of the app is built here, so a renamed route is one edit. Paths are Swedish first:
 * they are what people see, share and bookmark.
 */

/** Route patterns for the router. */
export const routes = {
  home: '/',
  signIn: '/logga-in',
  organisations: '/organisationer',
  organisation: '/organisationer/:id',
} as const;

/** Name of the query parameter that carries "where to go after signing in". */
export const returnToParam = 'till';

/** Name of the query parameter that asks for an organisation "as of" a date. */
export const asOfParam = 'datum';

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
};

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
