import type { TFunction } from '../../../i18n/dictionaries';

/**
 * The API words a row's problems in English ("is empty"); the known ones are said in the reader's
 * language, anything else is shown as the API wrote it.
 */
export function rowMessage(message: string, t: TFunction): string {
  const known: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^is empty$/, () => t('admin.rowError.empty')],
    [/^is not an e-mail address$/, () => t('admin.rowError.email')],
    [/^is not a phone number$/, () => t('admin.rowError.phone')],
    [
      /^is longer than (\d+) characters$/,
      (m) => t('admin.rowError.tooLong', { limit: m[1] ?? '' }),
    ],
    [
      /^"(.*)" is not a role in the catalogue$/,
      (m) => t('admin.rowError.role', { role: m[1] ?? '' }),
    ],
    [/^is not a date \(YYYY-MM-DD\)$/, () => t('admin.rowError.date')],
    [/^is already on line (\d+)/, (m) => t('admin.rowError.repeated', { line: m[1] ?? '' })],
    [
      /^belongs to (.+) of another organisation, outside your scope/,
      (m) => t('admin.rowError.otherOrganisation', { name: m[1] ?? '' }),
    ],
  ];
  for (const [pattern, say] of known) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return message;
}
