import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from './app-error';

/**
 * OWASP ASVS 2.1: 8 to 128 characters (the schema checks length), nothing from a list of
 * breached or common passwords, and not the account's own address. The list is zxcvbn's
 * 49,000 most common passwords; compared case-insensitively.
 */
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function assertAcceptablePassword(password: string, email: string, field: string): void {
  const lowered = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  let problem: string | undefined;
  if (common.has(lowered)) problem = 'is one of the most common passwords';
  else if (lowered === email.toLowerCase() || (local.length >= 4 && lowered.includes(local))) {
    problem = 'contains your e-mail address';
  } else if (new Set(password).size < 3) problem = 'repeats too few characters';
  if (problem) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Choose another password: this one ${problem}, so it would be guessed quickly. A few unrelated words make a good one.`,
      { errors: [{ field, message: problem }] },
    );
  }
}
