import type { TFunction } from '../../../i18n/dictionaries';

export type MergeNoun = 'assignments' | 'reports' | 'topics';

/** "1 felrapport", "2 felrapporter": the count with its noun in the right number. */
export function countText(t: TFunction, noun: MergeNoun, count: number): string {
  return count === 1
    ? t(`review.count.${noun}.one`, { count })
    : t(`review.count.${noun}.many`, { count });
}
