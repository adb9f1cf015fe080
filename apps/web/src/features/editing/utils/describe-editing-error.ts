import type { TFunction } from '../../../i18n/dictionaries';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';

/**
 * A failed change as a sentence. Codes the app words itself get the app's sentence; for rules
 * only the API can explain (an overlapping assignment, an archived organisation) its own
 * sentence is shown, since it names what is in the way.
 */
export function describeEditingError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('error.generic');
  switch (error.code) {
    case 'PRECONDITION_FAILED':
      return t('editing.error.stale');
    case 'FORBIDDEN':
      return t('editing.error.forbidden');
    case 'DUPLICATE':
      return t('editing.error.duplicate');
    case 'NOT_FOUND':
      return t('editing.error.notFound');
    case 'VALIDATION_FAILED':
      return t('error.validation');
    case 'OVERLAPPING_ASSIGNMENT':
      return t('editing.error.overlapping');
    default:
      return describeError(error, t);
  }
}
