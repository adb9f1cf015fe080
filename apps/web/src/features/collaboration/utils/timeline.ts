import type { PostTimelineEntry } from '@nk/shared';

/** `2024-02-29` + 1 → `2024-03-01`, in UTC so no time zone moves the day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type TimelineStatus = 'upcoming' | 'current' | 'ended';

export type TimelineItem =
  | { type: 'assignment'; entry: PostTimelineEntry; status: TimelineStatus }
  | { type: 'vacancy'; validFrom: string; validTo: string | null; status: TimelineStatus };

export interface Handover {
  date: string;
  from: PostTimelineEntry;
  to: PostTimelineEntry;
}

export function statusOn(
  period: { validFrom: string; validTo: string | null },
  asOf: string,
): TimelineStatus {
  if (period.validFrom > asOf) return 'upcoming';
  if (period.validTo !== null && period.validTo < asOf) return 'ended';
  return 'current';
}

/**
 * A post's history newest first: every assignment, plus the stretches without a holder between
 * (and after) them when the post is required. Interim and deputy assignments do not fill a post.
 */
export function buildTimeline(
  entries: readonly PostTimelineEntry[],
  asOf: string,
  required: boolean,
): TimelineItem[] {
  const items: TimelineItem[] = entries.map((entry) => ({
    type: 'assignment',
    entry,
    status: statusOn(entry, asOf),
  }));
  if (required) {
    const holders = entries
      .filter((entry) => entry.kind === 'holder')
      .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    let coveredUntil: string | null | undefined; // undefined: before the first holder
    for (const holder of holders) {
      if (coveredUntil === null) break; // an open-ended holder covers everything after
      if (coveredUntil !== undefined && addDays(coveredUntil, 1) < holder.validFrom) {
        const gap = { validFrom: addDays(coveredUntil, 1), validTo: addDays(holder.validFrom, -1) };
        items.push({ type: 'vacancy', ...gap, status: statusOn(gap, asOf) });
      }
      if (coveredUntil === undefined || holder.validTo === null || holder.validTo > coveredUntil) {
        coveredUntil = holder.validTo;
      }
    }
    if (typeof coveredUntil === 'string') {
      const gap = { validFrom: addDays(coveredUntil, 1), validTo: null };
      items.push({ type: 'vacancy', ...gap, status: statusOn(gap, asOf) });
    }
  }
  const from = (item: TimelineItem) =>
    item.type === 'assignment' ? item.entry.validFrom : item.validFrom;
  return items.sort((a, b) => from(b).localeCompare(from(a)));
}

/** Holder to holder without a gap: the previous holder's last day is the day before. */
export function findHandovers(entries: readonly PostTimelineEntry[]): Handover[] {
  const holders = entries
    .filter((entry) => entry.kind === 'holder')
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const handovers: Handover[] = [];
  for (const to of holders) {
    const from = holders.find(
      (candidate) =>
        candidate !== to &&
        candidate.validTo !== null &&
        addDays(candidate.validTo, 1) === to.validFrom,
    );
    if (from) handovers.push({ date: to.validFrom, from, to });
  }
  return handovers.reverse();
}
