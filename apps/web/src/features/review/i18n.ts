/**
 * The strings of this feature, Swedish first; `en` must have exactly the same keys. Spread into
 * the app's dictionaries by `i18n/sv.ts` and `i18n/en.ts`. Keys start with `review.`.
 */
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
