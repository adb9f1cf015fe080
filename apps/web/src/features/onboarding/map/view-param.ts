/** The map page's view is kept in its address: `/karta?visa=tabell` or `?visa=karta`. */
export const mapViewParam = 'visa';
export const mapTableValue = 'tabell';
export const mapGraphValue = 'karta';
