import type { SearchHitType, SearchResult } from '@nk/shared';
import {
  type FormEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useI18n, useT } from '../../../i18n/use-t';
import { paths, type SearchParams, searchQueryString } from '../../../lib/paths';
import { searchMaxSize, searchPageSize, useSearch } from '../api/search';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';
import { canSearch, hasFilters, hitTypes, readSearchParams } from '../utils/search-params';
import { type FacetName, facetOrder, facetTitle, SearchFilters } from './search-filters';
import { focusFirstResult, SearchResults } from './search-results';
import './search.css';

/**
 * Wait this long after a keystroke before searching, and while an answer is on its way, until it
 * comes: a fast typist keeps one search in flight, the server (one connection on PGlite) never
 * queues stale ones, and the last word's answer comes right after the previous one (B9 asks for
 * the paint within 150 ms of the last keystroke).
 */
const debounceMs = 20;
/** An answer slower than this (a stalled phone connection) is given up for the newer question. */
const waitForAnswerMs = 1000;

/** The `q` the address holds once `text` is written to it (blank text leaves it out). */
const addressQ = (text: string) => (text.trim() ? text : '');

/** Navigation state set by the home page's search box: the person came here to type. */
export interface SearchNavigationState {
  focusSearch?: boolean;
}

/** Examples on the empty page: kinds of search the directory is good at. */
const examples = ['processledare', 'nvk flen', 'Kullbergska', 'utskrivning'];

/**
 * The search page. What is typed goes to the address after a short pause (replacing the entry,
 * so Back does not step through every letter); filters add an entry, so Back undoes them. The
 * address is the only source of truth for what is searched, so shared links and Back just work.
 */
export function SearchPage() {
  const { t, language } = useI18n();
  const [urlParams, setUrlParams] = useSearchParams();
  const params = useMemo(() => readSearchParams(urlParams), [urlParams]);
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const resultsId = useId();
  useSlashToFocus(inputRef);
  useDocumentTitle(
    params.q?.trim() ? t('search.titleWithQuery', { q: params.q.trim() }) : t('search.title'),
  );

  // ---- The text in the box, and the address it is written to ----
  const urlQ = params.q ?? '';
  const [text, setText] = useState(urlQ);
  const typedAt = useRef(0);
  /** When this page last wrote what is typed to the address. */
  const askedAt = useRef(0);
  /** The last `q` this page wrote; any other `q` in the address came from Back or a link. */
  const written = useRef(urlQ);

  useEffect(() => {
    if (urlQ === written.current) return;
    written.current = urlQ;
    setText(urlQ);
    // A link on this page (an example, a role) replaced the list it was in: continue in the box.
    if (document.activeElement === document.body) inputRef.current?.focus();
  }, [urlQ]);

  const navigate = useCallback(
    (next: SearchParams, replace: boolean) => {
      written.current = next.q ?? '';
      setUrlParams(new URLSearchParams(searchQueryString(next)), {
        replace,
        preventScrollReset: true,
      });
    },
    [setUrlParams],
  );

  // Arriving from the home page's box (or at an empty page), the next thing is more typing. The
  // frame moves focus to <main> after a navigation, so this waits until that has happened.
  const focusOnArrival =
    (location.state as SearchNavigationState | null)?.focusSearch === true || !urlQ;
  const arrivalHandled = useRef(false);
  useEffect(() => {
    if (arrivalHandled.current || !focusOnArrival) return;
    arrivalHandled.current = true;
    const timer = window.setTimeout(() => inputRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [focusOnArrival]);

  const clear = useCallback(() => {
    setText('');
    if (written.current !== '') navigate({ ...params, q: '' }, false);
    inputRef.current?.focus();
  }, [navigate, params]);

  /** A filter change keeps what is typed, even if the pause has not passed yet. */
  const withFilters = (changes: Partial<SearchParams>, focusInput = false) => {
    navigate({ ...params, q: text, ...changes }, false);
    if (focusInput) inputRef.current?.focus();
  };

  // ---- The answer ----
  const requestKey = searchQueryString(params);
  const [moreFor, setMoreFor] = useState<string | null>(null);
  const limit = moreFor === requestKey ? searchMaxSize : searchPageSize;
  const active = canSearch(params);
  const search = useSearch({ ...params, limit });
  // With a kind chosen, the counts of the other kinds come from the same search without it.
  const untyped = useSearch(
    { ...params, type: undefined, limit },
    { enabled: Boolean(params.type) },
  );
  // A question is on its way from the moment it is written to the address: the address catches
  // up in a later render (a keystroke may come first), and the query fetches from that render on.
  const searching = addressQ(written.current) !== urlQ || search.isFetching || untyped.isFetching;
  useEffect(() => {
    if (text === written.current) return;
    const pause = searching ? waitForAnswerMs : debounceMs;
    const since = Math.max(typedAt.current, askedAt.current);
    const wait = Math.max(0, pause - (performance.now() - since));
    const timer = window.setTimeout(() => {
      written.current = text;
      askedAt.current = performance.now();
      setUrlParams(
        (current) =>
          new URLSearchParams(searchQueryString({ ...readSearchParams(current), q: text })),
        { replace: true, preventScrollReset: true },
      );
    }, wait);
    return () => window.clearTimeout(timer);
  }, [text, searching, setUrlParams]);

  const data = active ? search.data : undefined;
  const typeFacets = (params.type ? untyped.data : data)?.facets.type ?? [];

  const labels = useFacetLabels(data, language);

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      // Chromium clears a search field on Esc by itself; doing it here keeps the address in step.
      event.preventDefault();
      clear();
    } else if (event.key === 'ArrowDown') {
      if (focusFirstResult(resultsId)) event.preventDefault();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text !== written.current) navigate({ ...params, q: text }, true);
  }

  const selected: Partial<Record<FacetName, string>> = {};
  for (const name of facetOrder) selected[name] = params[name];
  const chosenFilters = facetOrder.filter((name) => params[name]);

  return (
    <div className="search-page">
      <h1 className="search-heading">{t('search.title')}</h1>
      <search className="search-form">
        <form onSubmit={onSubmit}>
          <label htmlFor={inputId} className="search-label">
            {t('search.label')}
          </label>
          <div className="search-field">
            <input
              ref={inputRef}
              id={inputId}
              className="search-input"
              type="search"
              name="q"
              value={text}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              enterKeyHint="search"
              aria-describedby={hintId}
              aria-controls={data && data.items.length > 0 ? resultsId : undefined}
              aria-keyshortcuts="/"
              onChange={(event) => {
                typedAt.current = performance.now();
                setText(event.target.value);
              }}
              onKeyDown={onInputKeyDown}
            />
            {text ? (
              <button type="button" className="search-clear" onClick={clear}>
                {t('search.clear')}
              </button>
            ) : null}
          </div>
          <p id={hintId} className="search-hint">
            {t('search.keyboardHint')}
          </p>
        </form>
      </search>

      {(active && typeFacets.length > 0) || params.type ? (
        <TypeFilter
          counts={typeFacets}
          selected={params.type}
          onSelect={(type) => withFilters({ type })}
        />
      ) : null}

      <div className="search-layout">
        {active ? (
          <SearchFilters
            facets={data?.facets ?? {}}
            selected={selected}
            labelOf={labels.labelOf}
            former={Boolean(params.former)}
            onSelect={(name, value) => withFilters({ [name]: value })}
            onFormerChange={(former) => withFilters({ former })}
          />
        ) : null}

        <div className="search-main">
          {chosenFilters.length > 0 ? (
            <div className="chosen-filters">
              <p className="chosen-filters-title">{t('search.chosenFilters')}</p>
              <ul className="chosen-filter-list">
                {chosenFilters.map((name) => {
                  const value = params[name] as string;
                  const label = `${t(facetTitle(name))}: ${labels.labelOf(name, value)}`;
                  return (
                    <li key={name}>
                      <button
                        type="button"
                        className="chosen-filter"
                        aria-label={t('search.removeFilter', { filter: label })}
                        onClick={() => withFilters({ [name]: undefined }, true)}
                      >
                        <span>{label}</span>
                        <span aria-hidden="true" className="chosen-filter-x">
                          ×
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {chosenFilters.length > 1 ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    withFilters(
                      Object.fromEntries(facetOrder.map((name) => [name, undefined])),
                      true,
                    )
                  }
                >
                  {t('search.removeAllFilters')}
                </button>
              ) : null}
            </div>
          ) : null}

          <p className="search-summary" role="status">
            {active ? summaryText() : ''}
          </p>

          {!active ? (
            <EmptyState />
          ) : search.isError && !search.isPlaceholderData ? (
            <ErrorMessage error={search.error} onRetry={() => search.refetch()} />
          ) : !data ? (
            <ResultsSkeleton />
          ) : data.items.length === 0 ? (
            <NoResults
              q={data.q}
              filtered={hasFilters(params)}
              former={Boolean(params.former)}
              onRemoveFilters={() =>
                withFilters(
                  {
                    ...Object.fromEntries(facetOrder.map((name) => [name, undefined])),
                    type: undefined,
                  },
                  true,
                )
              }
              onIncludeFormer={() => withFilters({ former: true }, true)}
            />
          ) : (
            <>
              <SearchResults
                id={resultsId}
                items={data.items}
                stale={search.isPlaceholderData || search.isFetching || text !== urlQ}
                onEscape={clear}
                onLeaveToInput={() => inputRef.current?.focus()}
              />
              {data.items.length >= limit && limit < searchMaxSize ? (
                <button
                  type="button"
                  className="button button-secondary search-more"
                  onClick={() => setMoreFor(requestKey)}
                >
                  {t('search.showMore')}
                </button>
              ) : null}
            </>
          )}
        </div>
      </div>
    </div>
  );

  function summaryText(): string {
    // While loading, the placeholders announce themselves.
    if (!data) return '';
    const count = data.items.length;
    if (count === 0) return t('search.summary.none');
    if (count >= limit || data.capped) return t('search.summary.more', { count });
    return count === 1 ? t('search.summary.one') : t('search.summary.many', { count });
  }
}

/**
 * Names for filter values. The API names facets in Swedish; role names it also knows in English
 * come from the hits. Names seen earlier are kept, so a chosen filter keeps its name even when
 * the narrowed answer no longer lists it.
 */
function useFacetLabels(data: SearchResult | undefined, language: string) {
  const seen = useRef(new Map<string, string>());
  const englishRoles = useRef(new Map<string, string>());
  if (data) {
    for (const name of facetOrder) {
      for (const value of data.facets[name])
        seen.current.set(`${name}:${value.value}`, value.label);
    }
    for (const hit of data.items) {
      const roles = [
        ...(hit.person?.currentPosts.map((post) => post.role) ?? []),
        ...(hit.post ? [hit.post.role] : []),
        ...(hit.role ? [hit.role] : []),
      ];
      for (const role of roles) {
        englishRoles.current.set(role.id, role.nameEn);
        seen.current.set(`role:${role.id}`, role.nameSv);
      }
    }
  }
  const { t } = useI18n();
  return {
    labelOf: (name: FacetName, value: string): string => {
      if (name === 'role' && language === 'en') {
        const english = englishRoles.current.get(value);
        if (english) return english;
      }
      return seen.current.get(`${name}:${value}`) ?? t('search.facet.unknown');
    },
  };
}

function TypeFilter({
  counts,
  selected,
  onSelect,
}: {
  counts: { value: string; count: number }[];
  selected: string | undefined;
  onSelect: (type: SearchHitType | undefined) => void;
}) {
  const t = useT();
  const countOf = new Map(counts.map((value) => [value.value, value.count]));
  const total = counts.reduce((sum, value) => sum + value.count, 0);
  const types = hitTypes.filter((type) => countOf.has(type) || type === selected);

  return (
    <fieldset className="type-filter">
      <legend className="visually-hidden">{t('search.typeFilter')}</legend>
      <button
        type="button"
        className="type-option"
        aria-pressed={!selected}
        onClick={() => onSelect(undefined)}
      >
        {t('search.type.all')}
        {total > 0 ? <span className="type-count">{total}</span> : null}
      </button>
      {types.map((type) => (
        <button
          key={type}
          type="button"
          className="type-option"
          aria-pressed={selected === type}
          onClick={() => onSelect(selected === type ? undefined : type)}
        >
          {t(`search.group.${type}`)}
          {countOf.has(type) ? <span className="type-count">{countOf.get(type)}</span> : null}
        </button>
      ))}
    </fieldset>
  );
}

function EmptyState() {
  const t = useT();
  return (
    <div className="card search-empty">
      <h2>{t('search.empty.title')}</h2>
      <p>{t('search.empty.body')}</p>
      <p className="search-examples-title">{t('search.empty.examples')}</p>
      <ul className="search-examples">
        {examples.map((example) => (
          <li key={example}>
            <Link to={paths.search({ q: example })} className="search-example">
              {example}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface NoResultsProps {
  q: string;
  filtered: boolean;
  former: boolean;
  onRemoveFilters: () => void;
  onIncludeFormer: () => void;
}

function NoResults({ q, filtered, former, onRemoveFilters, onIncludeFormer }: NoResultsProps) {
  const t = useT();
  return (
    <div className="card search-none">
      <h2>{q ? t('search.none.title', { q }) : t('search.none.titleFiltered')}</h2>
      <p>{t('search.none.try')}</p>
      <ul className="search-tips">
        <li>{t('search.none.spelling')}</li>
        <li>{t('search.none.role')}</li>
        <li>{t('search.none.place')}</li>
        {filtered ? (
          <li>
            <button type="button" className="link-button" onClick={onRemoveFilters}>
              {t('search.none.removeFilters')}
            </button>
          </li>
        ) : null}
        {!former ? (
          <li>
            <button type="button" className="link-button" onClick={onIncludeFormer}>
              {t('search.none.includeFormer')}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function ResultsSkeleton() {
  const t = useT();
  return (
    <LoadingRegion label={t('search.searching')}>
      <Skeleton className="skeleton-subheading" />
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="hit-skeleton">
          <Skeleton className="skeleton-line skeleton-short" />
          <Skeleton className="skeleton-line" />
        </div>
      ))}
    </LoadingRegion>
  );
}
