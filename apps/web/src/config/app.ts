/** Base of every API request; the API serves the app from the same origin. */
export const apiBase = '/api/v1';

/** Where the chosen interface language is remembered between visits. */
export const languageStorageKey = 'nk.language';

/** Large enough to fetch the whole organisation register in one or two pages. */
export const organisationPageSize = 500;
