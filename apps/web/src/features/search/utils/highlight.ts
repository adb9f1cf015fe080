/** A piece of a highlighted text: `match` parts are shown in `<mark>`. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Cuts `value` into plain and matching pieces from the API's `[start, end)` ranges. Ranges may
 * come unsorted, overlapping or outside the text (the text may have changed since); they are
 * sorted, merged and clamped so the pieces always add up to the whole text.
 */
export function highlightSegments(
  value: string,
  ranges: readonly (readonly [number, number])[],
): TextSegment[] {
  const clamped = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(value.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);

  const merged: [number, number][] = [];
  for (const [start, end] of clamped) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    if (start > position) segments.push({ text: value.slice(position, start), match: false });
    segments.push({ text: value.slice(start, end), match: true });
    position = end;
  }
  if (position < value.length) segments.push({ text: value.slice(position), match: false });
  return segments;
}
