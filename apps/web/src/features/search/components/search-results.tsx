import type { SearchHit, SearchHitType } from '@nk/shared';
import { type KeyboardEvent, useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { SearchHitItem } from './search-hit';

interface SearchResultsProps {
  id: string;
  items: SearchHit[];
  /** Esc: clear the search and go back to the box. */
  onEscape: () => void;
  /** Arrow up from the first hit, or typing a letter: back to the box. */
  onLeaveToInput: () => void;
  /** The previous answer is shown while the next one loads. */
  stale: boolean;
}

/** Hits grouped by kind; the group with the best hit comes first, hits keep their order. */
function groupByType(items: SearchHit[]): { type: SearchHitType; hits: SearchHit[] }[] {
  const groups = new Map<SearchHitType, SearchHit[]>();
  for (const hit of items) {
    const group = groups.get(hit.type) ?? [];
    group.push(hit);
    groups.set(hit.type, group);
  }
  return [...groups].map(([type, hits]) => ({ type, hits }));
}

/** The result links in screen order; arrows move through them across groups. */
function resultLinks(container: HTMLElement): HTMLAnchorElement[] {
  return [...container.querySelectorAll<HTMLAnchorElement>('a[data-result-index]')];
}

/** Focuses the first hit inside the results with this id; false when there is none. */
export function focusFirstResult(resultsId: string): boolean {
  const container = document.getElementById(resultsId);
  const first = container ? resultLinks(container)[0] : undefined;
  first?.focus();
  return Boolean(first);
}

/**
 * The hits as groups of links. Keyboard: ArrowUp/ArrowDown (and Home/End) move focus between
 * hits (roving tab index, so Tab leaves the list in one step), Enter follows the link, Esc clears.
 */
export function SearchResults({ id, items, onEscape, onLeaveToInput, stale }: SearchResultsProps) {
  const t = useT();
  const headingId = useId();
  const [activeIndex, setActiveIndex] = useState(0);
  const active = activeIndex < items.length ? activeIndex : 0;
  const groups = groupByType(items);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const links = resultLinks(event.currentTarget);
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(current + 1, links.length - 1);
        break;
      case 'ArrowUp':
        if (current === 0) {
          event.preventDefault();
          onLeaveToInput();
          return;
        }
        next = current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = links.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        onEscape();
        return;
      default:
        // Typing while on a hit goes on in the search box, as in a combobox.
        if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey) {
          onLeaveToInput();
        }
        return;
    }
    event.preventDefault();
    links[next]?.focus();
  }

  let index = 0;
  return (
    // The keys move focus between the links inside; the section itself is never focused.
    <section
      id={id}
      className={`search-results${stale ? ' is-stale' : ''}`}
      aria-labelledby={headingId}
      aria-busy={stale}
      onKeyDown={onKeyDown}
    >
      <h2 id={headingId} className="visually-hidden">
        {t('search.results')}
      </h2>
      {groups.map((group) => (
        <section key={group.type} className="hit-group" aria-labelledby={`${id}-${group.type}`}>
          <h3 id={`${id}-${group.type}`} className="hit-group-title">
            {t(`search.group.${group.type}`)}{' '}
            <span className="hit-group-count">({group.hits.length})</span>
          </h3>
          <ul className="hit-list">
            {group.hits.map((hit) => {
              const position = index++;
              return (
                <SearchHitItem
                  key={`${hit.type}:${hit.id}`}
                  hit={hit}
                  index={position}
                  active={position === active}
                  onFocus={setActiveIndex}
                />
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
