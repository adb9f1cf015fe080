import type { TFunction } from '../../../i18n/dictionaries';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';

/**
 * A failed merge or undo as a sentence in the user's language. The API's details are English and
 * general; these say what happened to *this* merge and what to do about it.
 */
export function describeMergeError(error: unknown, t: TFunction, during: 'merge' | 'undo'): string {
  if (!isApiError(error)) return describeError(error, t);
  switch (error.status) {
    case 412:
      return t('review.merge.error.stale');
    case 409:
      if (during === 'merge') return t('review.merge.error.accounts');
      return /already/i.test(error.message)
        ? t('review.merge.error.alreadyUndone')
        : t('review.merge.error.changedSince');
    case 422:
      if (error.fieldErrors.id) return t('review.merge.error.survivorArchived');
      if (error.fieldErrors.duplicateId) {
        return /this person/i.test(error.fieldErrors.duplicateId)
          ? t('review.merge.error.same')
          : t('review.merge.error.duplicateArchived');
      }
      return t('review.merge.error.erased');
    case 403:
      return t('review.merge.error.forbidden');
    case 404:
      return t('review.merge.error.notFound');
    default:
      return describeError(error, t);
  }
}
