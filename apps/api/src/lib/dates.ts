const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden as `YYYY-MM-DD`: the default "as of" of every read. */
export function todayInSweden(now = new Date()): string {
  return stockholmDate.format(now);
}
