import type { FacetValue } from '@nk/shared';
import { useId, useState } from 'react';
import type { TranslationKey } from '../../../i18n/sv';
import { useT } from '../../../i18n/use-t';
import type { SearchFilterParam } from '../../../lib/paths';

/** Values shown per facet before "show all". */
const visibleValues = 6;

export type FacetName = Exclude<SearchFilterParam, 'type'>;

/** The facets in the order they are offered: who first, then where, then in what. */
export const facetOrder: readonly FacetName[] = [
  'role',
  'organisation',
  'municipality',
  'network',
  'topic',
];

const facetTitles: Record<FacetName, TranslationKey> = {
  role: 'search.facet.role',
  organisation: 'search.facet.organisation',
  municipality: 'search.facet.municipality',
  network: 'search.facet.network',
  topic: 'search.facet.topic',
};

export function facetTitle(name: FacetName): TranslationKey {
  return facetTitles[name];
}

interface SearchFiltersProps {
  facets: Partial<Record<FacetName, FacetValue[]>>;
  /** The chosen value of each facet. */
  selected: Partial<Record<FacetName, string>>;
  /** Label of a chosen value that the current answer does not list. */
  labelOf: (name: FacetName, value: string) => string;
  former: boolean;
  onSelect: (name: FacetName, value: string | undefined) => void;
  onFormerChange: (former: boolean) => void;
}

/**
 * The filters beside the hits: "include former", then one group of toggle buttons per facet
 * with the number of hits each would leave. On a phone they fold away behind one button.
 */
export function SearchFilters(props: SearchFiltersProps) {
  const t = useT();
  const headingId = useId();
  const panelId = useId();
  const formerId = useId();
  const [open, setOpen] = useState(false);
  const chosen = facetOrder.filter((name) => props.selected[name]).length + (props.former ? 1 : 0);

  return (
    <aside className="search-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="search-filters-title">
        {t('search.filters')}
      </h2>
      <button
        type="button"
        className="button button-secondary search-filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {chosen > 0 ? t('search.filtersToggleCount', { count: chosen }) : t('search.filtersToggle')}
      </button>
      <div id={panelId} className={`search-filters-panel${open ? ' is-open' : ''}`}>
        <div className="filter-former">
          <input
            id={formerId}
            type="checkbox"
            checked={props.former}
            onChange={(event) => props.onFormerChange(event.target.checked)}
          />
          <label htmlFor={formerId}>{t('search.former')}</label>
        </div>
        {facetOrder.map((name) => (
          <FacetGroup
            key={name}
            name={name}
            values={props.facets[name] ?? []}
            selected={props.selected[name]}
            labelOf={props.labelOf}
            onSelect={props.onSelect}
          />
        ))}
      </div>
    </aside>
  );
}

interface FacetGroupProps {
  name: FacetName;
  values: FacetValue[];
  selected: string | undefined;
  labelOf: (name: FacetName, value: string) => string;
  onSelect: (name: FacetName, value: string | undefined) => void;
}

function FacetGroup({ name, values, selected, labelOf, onSelect }: FacetGroupProps) {
  const t = useT();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  // A chosen value stays listed (and can be turned off) even if the answer no longer counts it.
  const all =
    selected && !values.some((value) => value.value === selected)
      ? [{ value: selected, label: labelOf(name, selected), count: 0 }, ...values]
      : values;
  if (all.length === 0) return null;
  const shown = showAll ? all : all.slice(0, visibleValues);

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet-title">
        {t(facetTitles[name])}
      </h3>
      <ul className="facet-values">
        {shown.map((value) => {
          const pressed = value.value === selected;
          return (
            <li key={value.value}>
              <button
                type="button"
                className="facet-value"
                aria-pressed={pressed}
                onClick={() => onSelect(name, pressed ? undefined : value.value)}
              >
                <span className="facet-label">
                  {pressed ? (
                    <span className="facet-check" aria-hidden="true">
                      ✓{' '}
                    </span>
                  ) : null}
                  {labelOf(name, value.value) || value.label}
                </span>
                {value.count > 0 ? (
                  <span className="facet-count">
                    <span className="visually-hidden">, </span>
                    {value.count}
                    <span className="visually-hidden"> {t('search.facet.hits')}</span>
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {all.length > visibleValues ? (
        <button
          type="button"
          className="link-button facet-more"
          aria-expanded={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? t('search.facet.fewer') : t('search.facet.all', { count: all.length })}
        </button>
      ) : null}
    </section>
  );
}
