/**
 * Formats an ISO calendar date (`2025-07-01`) as a long date in the given locale: "1 juli 2025"
 * in sv-SE. The date is read and printed in UTC so no time zone can move it a day.
 */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `tel:` link for a phone number as people write it ("016-10 50 00" → `tel:016105000`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email.trim()}`;
}

/** A website as stored may lack its scheme; links need one, people do not want to read it. */
export function websiteHref(website: string): string {
  const trimmed = website.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function websiteLabel(website: string): string {
  return website
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** A collator that sorts Swedish names the Swedish way: Å, Ä, Ö after Z. */
export function nameCollator(locale = 'sv'): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}
