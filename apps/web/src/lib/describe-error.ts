import type { TFunction } from '../i18n/dictionaries';
import { isApiError } from './api-client';

/**
 * The sentence to show a person for a failure, in their language. Known codes get our own
 * wording; anything else falls back to what the API said, then to a generic sentence.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('error.generic');
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t('error.network');
    case 'INVALID_CREDENTIALS':
      return t('error.invalidCredentials');
    case 'TOO_MANY_REQUESTS':
      return t('error.tooManyRequests');
    case 'DATABASE_UNAVAILABLE':
      return t('error.unavailable');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'NOT_FOUND':
      return t('error.notFound');
    case 'NOT_SIGNED_IN':
    case 'TOKEN_INVALID':
      return t('error.notSignedIn');
    case 'VALIDATION_FAILED':
      return t('error.validation');
    case 'INTERNAL':
    case 'UNEXPECTED_RESPONSE':
      return t('error.generic');
    default:
      return error.message || t('error.generic');
  }
}
