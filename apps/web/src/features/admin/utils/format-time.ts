/**
 * A moment as people in Sweden read it: "1 dec. 2026 14:03" in sv-SE, in Swedish time whatever
 * the computer's zone, because the directory's days are Swedish days.
 */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}

/** The Swedish calendar date of a moment, `YYYY-MM-DD`, for the date formatter. */
export function swedishDate(iso: string): string {
  return new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}
