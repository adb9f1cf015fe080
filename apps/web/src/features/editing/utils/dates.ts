/** Today's date in Sweden as `YYYY-MM-DD`: the API judges "current" by it too. */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `2024-03-01` minus one day is `2024-02-29`: calendar arithmetic in UTC, so no zone moves it. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
