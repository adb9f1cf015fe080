import { type MergeableField, mergeableFields, type PersonDetail } from '@nk/shared';

/** What happens to one field of the surviving entry. */
export type FieldOutcome =
  /** Both entries say the same (or both are empty): nothing to choose. */
  | 'same'
  /** The survivor's is empty: the API always fills it from the duplicate. */
  | 'fill'
  /** They differ: the user chooses, the survivor's by default. */
  | 'choose';

export type Choice = 'keep' | 'take';

export interface FieldComparison {
  field: MergeableField;
  survivor: string | null;
  duplicate: string | null;
  outcome: FieldOutcome;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value : null);

/** The mergeable fields side by side, in the order the form shows them. */
export function compareFields(survivor: PersonDetail, duplicate: PersonDetail): FieldComparison[] {
  return mergeableFields.map((field) => {
    const ours = blankToNull(survivor[field]);
    const theirs = blankToNull(duplicate[field]);
    const outcome: FieldOutcome = ours === theirs ? 'same' : ours === null ? 'fill' : 'choose';
    return { field, survivor: ours, duplicate: theirs, outcome };
  });
}

/**
 * The fields to send as `take`: those the user chose to take from the duplicate. Fields the API
 * fills anyway (the survivor's is empty) need not be listed; listing them changes nothing.
 */
export function takenFields(
  comparisons: readonly FieldComparison[],
  choices: Partial<Record<MergeableField, Choice>>,
): MergeableField[] {
  return comparisons
    .filter((c) => c.outcome === 'choose' && choices[c.field] === 'take')
    .map((c) => c.field);
}

/** Which value the survivor will have after the merge, for the summary. */
export function resultingValue(
  comparison: FieldComparison,
  choice: Choice | undefined,
): string | null {
  if (comparison.outcome === 'fill') return comparison.duplicate;
  if (comparison.outcome === 'choose' && choice === 'take') return comparison.duplicate;
  return comparison.survivor;
}

export interface MergeMoves {
  /** All the duplicate's assignments: current, upcoming and past. */
  assignments: number;
  /** Topics the survivor does not list yet. */
  topics: number;
}

/** What moves from the duplicate to the survivor, as far as the two profiles tell. */
export function mergeMoves(survivor: PersonDetail, duplicate: PersonDetail): MergeMoves {
  const own = new Set(survivor.topicIds);
  return {
    assignments:
      duplicate.currentPosts.length + duplicate.upcoming.length + duplicate.history.length,
    topics: duplicate.topicIds.filter((id) => !own.has(id)).length,
  };
}
