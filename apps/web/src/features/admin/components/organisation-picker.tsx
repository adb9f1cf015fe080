import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { fold } from '../utils/fold';

export interface PickerOption {
  id: string;
  label: string;
}

/** More than this many matches are not listed; typing more narrows them. */
const maxShown = 50;

interface OrganisationComboboxProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** In the order to show them (Swedish order). */
  options: readonly PickerOption[];
  /** The chosen organisation; `null` when none. Ignored when `clearOnSelect`. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** Options not to offer, e.g. those already chosen in a multiple choice. */
  exclude?: ReadonlySet<string>;
  /** Empties the box after a choice: for choosing several, one after the other. */
  clearOnSelect?: boolean;
}

/**
 * A searchable organisation picker: the ARIA 1.2 combobox pattern with a list box. Type part of a
 * name (accents and case do not matter), move with the arrow keys, choose with Enter or a click,
 * close with Esc. Used instead of a long select, which is hard to use with 25+ organisations.
 */
export function OrganisationCombobox({
  id,
  label,
  hint,
  error,
  options,
  value,
  onChange,
  exclude,
  clearOnSelect = false,
}: OrganisationComboboxProps) {
  const t = useT();
  const listboxId = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const inputRef = useRef<HTMLInputElement>(null);
  const selected = clearOnSelect ? undefined : options.find((option) => option.id === value);
  const [text, setText] = useState(selected?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A choice made elsewhere (a remembered organisation) shows in the box; clearing the choice
  // by typing leaves what was typed alone.
  useEffect(() => {
    if (!clearOnSelect && selected) setText(selected.label);
  }, [selected, clearOnSelect]);

  const matches = useMemo(() => {
    const query = fold(text.trim());
    const showAll = !query || (selected && text === selected.label);
    return options.filter(
      (option) => !exclude?.has(option.id) && (showAll || fold(option.label).includes(query)),
    );
  }, [options, exclude, text, selected]);
  const shown = matches.slice(0, maxShown);
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  function choose(option: PickerOption) {
    onChange(option.id);
    setText(clearOnSelect ? '' : option.label);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((current) => Math.min(current + 1, shown.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => Math.max(current - 1, 0));
        break;
      case 'Enter': {
        const option = open ? shown[active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        } else if (open) {
          event.preventDefault();
          setOpen(false);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
          if (!clearOnSelect) onChange(null);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null, statusId]
    .filter(Boolean)
    .join(' ');
  const expanded = open && shown.length > 0;

  return (
    <div className="form-field admin-combobox">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="admin-combobox-control">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (!clearOnSelect && value) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div
          id={listboxId}
          role="listbox"
          aria-label={label}
          className="admin-combobox-list"
          hidden={!expanded}
        >
          {shown.map((option, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox, which points at the active option.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles the keys for every option.
            <div
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={`admin-combobox-option${index === active ? ' is-active' : ''}${
                option.id === value ? ' is-chosen' : ''
              }`}
              // Keeps focus in the box, so the list does not close before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
            </div>
          ))}
        </div>
      </div>
      <p id={statusId} className="admin-combobox-status" role="status">
        {open && text.trim() && matches.length === 0
          ? t('admin.picker.noMatch', { q: text.trim() })
          : open && matches.length > maxShown
            ? t('admin.picker.more', { count: maxShown })
            : ''}
      </p>
    </div>
  );
}

interface OrganisationMultiPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  options: readonly PickerOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Several organisations: the chosen ones as a list with remove buttons, and a combobox to add. */
export function OrganisationMultiPicker({
  id,
  label,
  hint,
  error,
  options,
  value,
  onChange,
}: OrganisationMultiPickerProps) {
  const t = useT();
  const chosen = useMemo(() => new Set(value), [value]);
  const labelOf = new Map(options.map((option) => [option.id, option.label]));
  return (
    <div className="admin-multi-picker">
      <OrganisationCombobox
        id={id}
        label={label}
        hint={hint}
        error={error}
        options={options}
        value={null}
        exclude={chosen}
        clearOnSelect
        onChange={(picked) => {
          if (picked && !chosen.has(picked)) onChange([...value, picked]);
        }}
      />
      {value.length > 0 ? (
        <ul className="admin-chips" aria-label={t('admin.picker.chosen')}>
          {value.map((organisationId) => {
            const name = labelOf.get(organisationId) ?? organisationId;
            return (
              <li key={organisationId} className="admin-chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="admin-chip-remove"
                  aria-label={t('admin.picker.remove', { name })}
                  onClick={() => onChange(value.filter((other) => other !== organisationId))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="field-hint">{t('admin.picker.noneChosen')}</p>
      )}
    </div>
  );
}
