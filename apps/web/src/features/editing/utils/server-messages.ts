import type { Language, TFunction } from '../../../i18n/dictionaries';

/**
 * The API words its per-field problems in English ("is already used by another person"). In
 * Swedish the known ones are said in Swedish; anything else is shown as the API wrote it.
 */
export function serverFieldMessage(
  message: string,
  label: string,
  t: TFunction,
  language: Language,
): string {
  const known = knownMessage(message, label, t);
  if (known) return known;
  return language === 'en' ? `${label}: ${message}` : t('editing.server.other', { label, message });
}

function knownMessage(message: string, label: string, t: TFunction): string | null {
  const text = message.replace(/[.]$/, '').trim();
  const lower = text.toLowerCase();
  if (lower.includes('already used by another role')) {
    return t('editing.server.duplicateRole', { label });
  }
  if (lower.includes('already used by another topic')) {
    return t('editing.server.duplicateTopic', { label });
  }
  if (lower.includes('already used')) return t('editing.server.duplicate', { label });
  if (lower.includes('already a counterpart')) return t('editing.server.alreadyCounterpart');
  if (lower.includes('already linked')) return t('editing.server.alreadyLinked');
  if (lower === 'is the organisation itself') return t('editing.server.linkItself');
  if (lower === 'is an archived role') return t('editing.server.archived', { label });
  if (lower.includes('on or after validfrom')) return t('editing.server.endsBeforeStart');
  if (lower.includes('network itself')) return t('editing.server.networkBelowItself');
  if (lower === 'does not exist') return t('editing.server.missing', { label });
  if (lower === 'is archived') return t('editing.server.archived', { label });
  if (lower === 'is required')
    return t('editing.validation.required', { label: label.toLowerCase() });
  if (lower.includes('format "email"')) return t('editing.validation.email');
  if (lower.includes('format "uri"')) return t('editing.validation.url');
  if (lower.startsWith('is not yours to change')) return t('editing.server.notYours', { label });
  if (lower.includes('itself or one below it')) return t('editing.server.belowItself');
  const tooLong = /more than (\d+) characters/i.exec(text);
  if (tooLong) return t('editing.server.tooLong', { label, max: tooLong[1] ?? '' });
  const after = /must be after (\d{4}-\d{2}-\d{2})/.exec(text);
  if (after) return t('editing.server.after', { date: after[1] ?? '' });
  if (lower.startsWith('must match pattern')) return t('editing.server.pattern', { label });
  return null;
}
