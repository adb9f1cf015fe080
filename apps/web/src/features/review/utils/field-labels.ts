import type { TranslationKey } from '../../../i18n/sv';
import { sv } from '../i18n';

/** The label of a field a report or a merge names (`phone` → "Telefon"), if we have one. */
export function fieldLabelKey(field: string): TranslationKey | null {
  const key = `review.field.${field}`;
  return key in sv ? (key as TranslationKey) : null;
}
