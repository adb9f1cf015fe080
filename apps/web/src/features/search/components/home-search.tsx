import { type FormEvent, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';
import type { SearchNavigationState } from './search-page';
import './search.css';

/** The start page's search box: `/` focuses it, Enter opens the search page with the words. */
export function HomeSearch() {
  const t = useT();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  useSlashToFocus(inputRef);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const state: SearchNavigationState = { focusSearch: true };
    navigate(paths.search({ q: text }), { state });
  }

  return (
    <search className="home-search">
      <form onSubmit={onSubmit}>
        <label htmlFor={inputId} className="home-search-label">
          {t('home.search.label')}
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
            aria-keyshortcuts="/"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button-primary search-submit">
            {t('home.search.submit')}
          </button>
        </div>
        <p id={hintId} className="home-search-hint">
          {t('home.search.hint')}{' '}
          <span className="shortcut-hint" aria-hidden="true">
            {t('home.search.shortcutBefore')} <kbd>/</kbd> {t('home.search.shortcutAfter')}
          </span>
        </p>
      </form>
    </search>
  );
}
