import type { AssignmentKind, PostTimelineEntry } from '@nk/shared';
import { addDays, todayInSweden } from './dates';

/** What a handover on `date` will do, or why the API would refuse it. */
export type HandoverPlan =
  | {
      ok: true;
      /** The assignment that ends the day before, or null when nobody has the post then. */
      ending: { entry: PostTimelineEntry; lastDay: string } | null;
    }
  | {
      ok: false;
      reason: 'successor-already' | 'later-exists' | 'starts-after' | 'several';
      entry?: PostTimelineEntry;
    };

/**
 * The API's handover rules (features/assignments/write-service.ts `handOver`), worked out in
 * advance from the post's timeline so the preview can say in words what will happen, or why not.
 */
export function planHandover(
  timeline: readonly PostTimelineEntry[],
  kind: AssignmentKind,
  date: string,
  successorId: string,
  today = todayInSweden(),
): HandoverPlan {
  const reaching = timeline.filter(
    (entry) => entry.kind === kind && (entry.validTo === null || entry.validTo >= date),
  );
  const covering = reaching.filter((entry) => entry.validFrom < date);
  const later = reaching
    .filter((entry) => entry.validFrom >= date)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));

  const already = covering.find((entry) => entry.person.id === successorId);
  if (already) return { ok: false, reason: 'successor-already', entry: already };
  const [next] = later;
  if (next) {
    const startsAfter = covering.length === 0 && next.validFrom <= today;
    return { ok: false, reason: startsAfter ? 'starts-after' : 'later-exists', entry: next };
  }
  if (covering.length > 1) return { ok: false, reason: 'several' };
  const [current] = covering;
  return {
    ok: true,
    ending: current ? { entry: current, lastDay: addDays(date, -1) } : null,
  };
}
