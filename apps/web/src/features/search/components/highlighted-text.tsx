import type { SearchHighlight } from '@nk/shared';
import { highlightSegments } from '../utils/highlight';

interface HighlightedTextProps {
  text: string;
  /** The API's highlight for this text, if it has one; its ranges apply only to the same text. */
  highlight?: SearchHighlight | undefined;
}

/** The text with the parts that matched the search in `<mark>`. */
export function HighlightedText({ text, highlight }: HighlightedTextProps) {
  if (!highlight || highlight.value !== text) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, highlight.ranges).map((segment, index) =>
        segment.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text
          <mark key={index}>{segment.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed text
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** The highlight of one field of a hit (`name`, `role`, `email`, …). */
export function highlightOf(
  highlights: readonly SearchHighlight[],
  field: string,
): SearchHighlight | undefined {
  return highlights.find((highlight) => highlight.field === field);
}
