import type { SearchHit } from '@nk/shared';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { minSearchLength, useEntitySearch } from '../api/search-entities';

export interface PickedEntity {
  id: string;
  label: string;
  hit?: SearchHit;
}

interface SearchPickerProps {
  /** The wrapper's id: the error summary links to it. */
  id: string;
  type: 'person' | 'post';
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: PickedEntity | null;
  onChange: (value: PickedEntity) => void;
  /** The label of a hit as listed, and a second line. */
  describe: (hit: SearchHit) => { label: string; detail?: string };
  /** Hits that cannot be chosen are left out (e.g. posts the steward may not change). */
  accept?: (hit: SearchHit) => boolean;
}

/**
 * A combobox that asks the search API as the user types, for lists too long to load whole
 * (people, posts). The WAI-ARIA combobox pattern: focus stays in the text box, ↓/↑ move through
 * the hits (`aria-activedescendant`), Enter chooses, Esc puts back the chosen name.
 */
export function SearchPicker({
  id,
  type,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  describe,
  accept,
}: SearchPickerProps) {
  const t = useT();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [text, setText] = useState(value?.label ?? '');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  // Asks once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text), 200);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    setText(value?.label ?? '');
  }, [value?.label]);

  const search = useEntitySearch(type, open ? query : '');
  const hits = (search.data ?? []).filter((hit) => !accept || accept(hit));
  const searching = open && query.trim().length >= minSearchLength;
  const expanded = searching && hits.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (expanded && active >= 0) {
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    }
  });

  function choose(hit: SearchHit) {
    const described = describe(hit);
    setText(described.label);
    setOpen(false);
    setActive(-1);
    onChange({ id: hit.id, label: described.label, hit });
  }

  function revert() {
    setText(value?.label ?? '');
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        if (!expanded) return;
        event.preventDefault();
        setActive((current) => (current + 1) % hits.length);
        break;
      case 'ArrowUp':
        if (!expanded) return;
        event.preventDefault();
        setActive((current) => (current <= 0 ? hits.length - 1 : current - 1));
        break;
      case 'Enter': {
        if (!expanded) {
          // Enter in a half-typed picker must not send the form.
          if (open) event.preventDefault();
          return;
        }
        event.preventDefault();
        const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
        if (hit) choose(hit);
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          revert();
        }
        break;
    }
  }

  const status = !searching
    ? open && text.trim().length > 0 && text.trim().length < minSearchLength
      ? t('editing.picker.typeMore')
      : ''
    : search.isFetching && hits.length === 0
      ? t('editing.picker.searching')
      : hits.length === 0
        ? t('editing.picker.none')
        : hits.length === 1
          ? t('editing.picker.one')
          : t('editing.picker.many', { count: hits.length });

  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

  return (
    <div id={id} className="form-field combobox editing-search-picker">
      <label htmlFor={inputId} className="combobox-label">
        {label}
        {required ? <span className="editing-required"> {t('editing.form.required')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="editing-error-icon" aria-hidden="true">
            !
          </span>{' '}
          {error}
        </p>
      ) : null}
      <div className="combobox-control">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          className="combobox-input editing-search-input"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={revert}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={label}
          className="combobox-list"
          hidden={!expanded}
          onMouseDown={(event) => event.preventDefault()}
        >
          {expanded
            ? hits.map((hit, index) => {
                const described = describe(hit);
                return (
                  // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the text box, which points here with aria-activedescendant
                  // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the text box (aria-activedescendant)
                  <div
                    key={hit.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className={`combobox-option${hit.id === value?.id ? ' combobox-option-chosen' : ''}`}
                    onClick={() => choose(hit)}
                    onMouseMove={() => {
                      if (index !== active) setActive(index);
                    }}
                  >
                    <span className="combobox-option-label">{described.label}</span>
                    {described.detail ? (
                      <span className="combobox-option-hint">{described.detail}</span>
                    ) : null}
                  </div>
                );
              })
            : null}
        </div>
        {searching && !expanded && !search.isFetching ? (
          <p className="combobox-empty">{t('editing.picker.none')}</p>
        ) : null}
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
