import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { filterOptions } from '../utils/filter-options';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line, e.g. the kind of organisation. */
  hint?: string;
  /** Other words that find the option: synonyms, abbreviations, the name in another language. */
  keywords?: readonly string[];
}

interface ComboboxProps {
  label: string;
  /** Read after the label: what to type, what happens on choosing. */
  description?: string;
  /** In the order they are listed (callers sort them the Swedish way). */
  options: readonly ComboboxOption[];
  value: string | null;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/**
 * An editable combobox with a filtered list, after the WAI-ARIA Authoring Practices pattern
 * (`role="combobox"` on the text box, `aria-activedescendant` for the highlighted option):
 * type to filter (å, ä, ö and case do not matter), ↓/↑ to move, Enter to choose, Esc to close.
 * Focus never leaves the text box, so screen readers keep reading what is typed.
 */
export function Combobox({
  label,
  description,
  options,
  value,
  onChange,
  disabled = false,
}: ComboboxProps) {
  const t = useT();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const descriptionId = `${id}-description`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const selected = options.find((option) => option.value === value) ?? null;
  const [text, setText] = useState(selected?.label ?? '');
  const [open, setOpen] = useState(false);
  // Until something is typed the whole list shows, so opening it shows every choice.
  const [filtering, setFiltering] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setText(selected?.label ?? '');
  }, [selected?.label]);

  const shown = useMemo(
    () => (filtering ? filterOptions(options, text) : options),
    [filtering, options, text],
  );
  const expanded = open && shown.length > 0;

  useEffect(() => {
    if (!expanded || active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  function openList(at: 'selected' | 'first' | 'last') {
    setOpen(true);
    setFiltering(false);
    const index = selected ? options.indexOf(selected) : -1;
    if (at === 'last') setActive(options.length - 1);
    else if (at === 'selected' && index >= 0) setActive(index);
    else setActive(options.length > 0 ? 0 : -1);
  }

  function close() {
    setOpen(false);
    setFiltering(false);
    setActive(-1);
  }

  function choose(option: ComboboxOption) {
    setText(option.label);
    close();
    if (option.value !== value) onChange(option.value);
  }

  /** Leaving without choosing puts back the chosen option's name: the field never lies. */
  function revert() {
    setText(selected?.label ?? '');
    close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) openList('selected');
        else setActive((current) => (current + 1) % shown.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) openList('last');
        else setActive((current) => (current <= 0 ? shown.length - 1 : current - 1));
        break;
      case 'Enter': {
        if (!expanded) return;
        event.preventDefault();
        const option = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
        if (option) choose(option);
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          revert();
        }
        break;
      case 'Tab':
        if (open) revert();
        break;
    }
  }

  const status = !open
    ? ''
    : shown.length === 0
      ? t('collaboration.combobox.none')
      : shown.length === 1
        ? t('collaboration.combobox.one')
        : t('collaboration.combobox.many', { count: shown.length });

  return (
    <div className="combobox">
      <label htmlFor={inputId} className="combobox-label">
        {label}
      </label>
      {description ? (
        <p id={descriptionId} className="field-hint">
          {description}
        </p>
      ) : null}
      <div className="combobox-control">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          className="combobox-input"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={description ? descriptionId : undefined}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            setOpen(true);
            setFiltering(true);
            setActive(filterOptions(options, next).length > 0 ? 0 : -1);
          }}
          onKeyDown={onKeyDown}
          onBlur={revert}
          onClick={() => {
            if (!open) openList('selected');
          }}
        />
        <button
          type="button"
          className="combobox-toggle"
          tabIndex={-1}
          aria-label={t('collaboration.combobox.showAll', { label })}
          aria-expanded={expanded}
          aria-controls={listId}
          disabled={disabled}
          // Keeps focus in the text box, where the keyboard works.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (expanded) revert();
            else openList('selected');
            inputRef.current?.focus();
          }}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
        <div
          id={listId}
          role="listbox"
          aria-label={label}
          className="combobox-list"
          hidden={!expanded}
          // Choosing with the mouse must not blur the text box first.
          onMouseDown={(event) => event.preventDefault()}
        >
          {expanded
            ? shown.map((option, index) => (
                // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the text box, which points here with aria-activedescendant
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the text box (aria-activedescendant)
                <div
                  key={option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={`combobox-option${option.value === value ? ' combobox-option-chosen' : ''}`}
                  onClick={() => choose(option)}
                  onMouseMove={() => {
                    if (index !== active) setActive(index);
                  }}
                >
                  <span className="combobox-option-label">
                    {option.label}
                    {option.value === value ? (
                      // The chosen option is also the text box's value; the tick is for the eye.
                      <span className="combobox-option-tick" aria-hidden="true">
                        {' ✓'}
                      </span>
                    ) : null}
                  </span>
                  {option.hint ? <span className="combobox-option-hint">{option.hint}</span> : null}
                </div>
              ))
            : null}
        </div>
        {open && shown.length === 0 ? (
          <p className="combobox-empty">{t('collaboration.combobox.none')}</p>
        ) : null}
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
