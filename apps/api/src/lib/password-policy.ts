import { AppError } from './app-error';

let commonPasswords: Promise<Set<string>> | undefined;

/**
 * zxcvbn's 49,000 most common passwords, lower-cased. Loaded the first time a password is set:
 * unpacking the list costs a start that sets none 40 ms.
 */
function loadCommonPasswords(): Promise<Set<string>> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) =>
      new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())),
  );
  return commonPasswords;
}

/**
 * OWASP ASVS 2.1: 8 to 128 characters (the schema checks length), nothing from a list of
 * breached or common passwords (compared case-insensitively), and not the account's own address.
 */
export async function assertAcceptablePassword(
  password: string,
  email: string,
  field: string,
): Promise<void> {
  const common = await loadCommonPasswords();
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
