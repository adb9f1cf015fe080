/** `date` moved by `days` calendar days; dates are plain `YYYY-MM-DD` days, no time zone. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** "2024-02-29" or "2024-03-01 until further notice" style wording of a period, for sentences. */
export function describePeriod(validFrom: string, validTo: string | null): string {
  return validTo === null ? `from ${validFrom} with no end date` : `${validFrom} – ${validTo}`;
}
