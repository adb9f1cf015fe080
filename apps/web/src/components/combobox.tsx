import { type UseComboboxState, type UseComboboxStateChangeOptions, useCombobox } from 'downshift';
import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useT } from '../i18n/use-t';
import './combobox.css';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line: the kind of organisation, where a person works. */
  hint?: string;
  /** Other words that find the option when filtered here: synonyms, abbreviations, codes. */
  keywords?: readonly string[];
}

export interface ComboboxProps<O extends ComboboxOption> {
  /** The text box's id, for `focus()` and error summaries; generated when left out. */
  id?: string;
  label: string;
  /** Shown after the label inside it, e.g. "(obligatorisk)". */
  labelSuffix?: ReactNode;
  /** Shown under the label and read after it: what to type, what choosing does. */
  description?: string;
  /** What is wrong with the choice; shown above the box and read with it. */
  error?: string | null;
  required?: boolean;
  disabled?: boolean;
  /** Extra classes on the wrapper, e.g. `form-field`. */
  className?: string;
  /** In the order they are listed (callers sort them the Swedish way). */
  options: readonly O[];
  /**
   * `local` (the default) filters `options` by what is typed: every word must occur in the
   * label, hint or keywords, and å, ä, ö and case do not matter. `none` lists `options` as given:
   * the caller searches for the text it gets from `onInputChange`.
   */
  filter?: 'local' | 'none';
  /** The chosen option's value; null when nothing is chosen. */
  value: string | null;
  /** The chosen option's name when it is not among `options` (a searched list); '' while unknown. */
  valueLabel?: string;
  onChange: (option: O) => void;
  /** Called with the text as the user types it. */
  onInputChange?: (text: string) => void;
  /**
   * The options for the text typed now are still on their way. Enter then waits for them, so it
   * never chooses an option found for an earlier, shorter text.
   */
  loading?: boolean;
  /** Said when nothing matches; by default "no matches, try fewer letters". */
  emptyText?: string;
  /** At most this many are listed; a note asks for more letters. */
  maxShown?: number;
  /** Empties the box after a choice: for choosing several, one after the other. */
  clearOnSelect?: boolean;
  /** A button that opens the whole list; by default shown for a `local` list. */
  showAllButton?: boolean;
}

/**
 * An editable combobox with a list box, on downshift's `useCombobox` (the WAI-ARIA 1.2 pattern):
 * focus stays in the text box and `aria-activedescendant` points at the highlighted option.
 * Typing filters or searches and highlights the first option; ↓/↑, Home/End move; Enter or a
 * click chooses; Esc, Tab or a click elsewhere leave without choosing and put back the chosen
 * option's name, so the box never shows something that is not chosen. A live region says how
 * many options there are, or that the search is still running.
 */
export function Combobox<O extends ComboboxOption>({
  id,
  label,
  labelSuffix,
  description,
  error,
  required,
  disabled = false,
  className,
  options,
  filter = 'local',
  value,
  valueLabel,
  onChange,
  onInputChange,
  loading = false,
  emptyText,
  maxShown,
  clearOnSelect = false,
  showAllButton = filter === 'local',
}: ComboboxProps<O>) {
  const t = useT();
  const baseId = useId();
  const inputId = id ?? `${baseId}-input`;
  const descriptionId = `${baseId}-description`;
  const errorId = `${baseId}-error`;

  const chosen = useMemo<O | null>(() => {
    if (clearOnSelect || value === null) return null;
    const listed = options.find((option) => option.value === value);
    // A searched list need not hold the chosen option; downshift only needs its value and name.
    return listed ?? ({ value, label: valueLabel ?? '' } as O);
  }, [clearOnSelect, value, options, valueLabel]);
  const chosenLabel = chosen?.label ?? '';

  // What is typed, for filtering. The box's own value is downshift's, so it changes in the same
  // render as a choice; this follows it (after the render) when it is not the person typing.
  const [text, setText] = useState(chosenLabel);
  // Until something other than the chosen name is typed, the whole list shows.
  const filtering = filter === 'local' && text.trim() !== '' && text !== chosenLabel;
  const matches = useMemo(
    () => (filtering ? filterOptions(options, text) : [...options]),
    [filtering, options, text],
  );
  const shown = maxShown !== undefined ? matches.slice(0, maxShown) : matches;
  const capped = shown.length < matches.length;

  // The highlight belongs to one list: a new list (new text, new search results) highlights its
  // first option, as a search box does; moving in the same list keeps the person's choice.
  const listKey = shown.map((option) => option.value).join('\u0000');
  const [pinned, setPinned] = useState<{ listKey: string; index: number } | null>(null);
  const highlighted =
    pinned && pinned.listKey === listKey ? pinned.index : shown.length > 0 ? 0 : -1;

  // Enter pressed while the options for the current text were on their way.
  const pendingEnter = useRef(false);

  function stateReducer(
    state: UseComboboxState<O>,
    { type, changes, props }: UseComboboxStateChangeOptions<O>,
  ): Partial<UseComboboxState<O>> {
    const choose = (option: O | null | undefined): Partial<UseComboboxState<O>> =>
      option
        ? {
            ...changes,
            isOpen: false,
            highlightedIndex: -1,
            selectedItem: option,
            inputValue: clearOnSelect ? '' : option.label,
          }
        : state;
    const leave = {
      ...changes,
      isOpen: false,
      highlightedIndex: -1,
      selectedItem: state.selectedItem,
      inputValue: chosenLabel,
    };
    const types = useCombobox.stateChangeTypes;
    switch (type) {
      case types.InputKeyDownEnter: {
        const items = props.items;
        return choose(items[state.highlightedIndex] ?? (items.length === 1 ? items[0] : null));
      }
      case types.ItemClick:
      case types.FunctionSelectItem:
        return choose(changes.selectedItem);
      case types.InputKeyDownEscape:
      case types.InputBlur:
      case types.FunctionCloseMenu:
        return leave;
      case types.ToggleButtonClick:
        return changes.isOpen ? changes : leave;
      case types.InputClick:
        // A click in the open box places the caret; it does not close the list.
        return state.isOpen ? state : changes;
      case types.InputChange:
      case types.MenuMouseLeave:
        // The highlight follows the list (see `pinned`), not the pointer leaving it.
        return { ...changes, highlightedIndex: state.highlightedIndex };
      case types.ControlledPropUpdatedSelectedItem:
        // The name is put back by the effect below, which also waits for a name still loading.
        return { ...changes, inputValue: state.inputValue };
      default:
        return changes;
    }
  }

  const {
    isOpen,
    getLabelProps,
    getInputProps,
    getToggleButtonProps,
    getMenuProps,
    getItemProps,
    selectItem,
    setInputValue,
  } = useCombobox<O>({
    id: baseId,
    inputId,
    getItemId: (index) => `${baseId}-option-${index}`,
    items: shown,
    itemToString: (item) => item?.label ?? '',
    itemToKey: (item) => item?.value ?? null,
    selectedItem: chosen,
    initialInputValue: chosenLabel,
    highlightedIndex: highlighted,
    stateReducer,
    onInputValueChange: ({ type, inputValue }) => {
      // Typing is taken in the change handler below, in the same render as the keystroke.
      if (type !== useCombobox.stateChangeTypes.InputChange) setText(inputValue);
    },
    // Called with the props of the render the person acted on: the index is in that list.
    onHighlightedIndexChange: ({ highlightedIndex }) =>
      setPinned({ listKey, index: highlightedIndex }),
    onIsOpenChange: ({ isOpen: open }) => {
      if (!open) pendingEnter.current = false;
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem && (clearOnSelect || selectedItem.value !== value)) onChange(selectedItem);
    },
  });

  // A choice made elsewhere (the address, a remembered organisation), or the chosen option's
  // name arriving after it, shows in the box; what the person is typing is left alone.
  const shownLabel = useRef(chosenLabel);
  useEffect(() => {
    if (shownLabel.current === chosenLabel) return;
    if (isOpen || (chosen && !chosenLabel)) return;
    shownLabel.current = chosenLabel;
    setInputValue(chosenLabel);
  }, [chosen, chosenLabel, isOpen, setInputValue]);

  // The options for the current text have arrived: carry out the Enter that waited for them.
  useEffect(() => {
    if (!pendingEnter.current || loading) return;
    pendingEnter.current = false;
    if (!isOpen) return;
    const option = shown[highlighted] ?? (shown.length === 1 ? shown[0] : undefined);
    if (option) selectItem(option);
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const skipDownshift = () => {
      (event.nativeEvent as { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
    };
    if (event.key === 'Enter' && isOpen && loading) {
      // The listed options belong to an earlier text: wait for those of this one.
      event.preventDefault();
      skipDownshift();
      pendingEnter.current = true;
    } else if (event.key === 'Escape' && !isOpen) {
      // Nothing to undo: Esc is left to the page, e.g. to close a dialog.
      skipDownshift();
    }
  }

  const expanded = isOpen && shown.length > 0;
  const nothing = isOpen && !loading && shown.length === 0;
  const message =
    isOpen && loading && shown.length === 0
      ? t('combobox.searching')
      : nothing
        ? (emptyText ?? t('combobox.none'))
        : expanded && capped && maxShown !== undefined
          ? t('combobox.more', { count: maxShown })
          : '';
  const status = !isOpen
    ? ''
    : loading
      ? t('combobox.searching')
      : shown.length === 0
        ? (emptyText ?? t('combobox.none'))
        : [
            shown.length === 1 ? t('combobox.one') : t('combobox.many', { count: shown.length }),
            capped && maxShown !== undefined ? t('combobox.more', { count: maxShown }) : '',
          ]
            .filter(Boolean)
            .join(' ');
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') ||
    undefined;

  return (
    <div
      className={['combobox', showAllButton ? 'combobox-with-button' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label {...getLabelProps({ className: 'combobox-label' })} htmlFor={inputId}>
        {label}
        {labelSuffix}
      </label>
      {description ? (
        <p id={descriptionId} className="field-hint">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="combobox-control">
        <input
          {...getInputProps({
            className: 'combobox-input',
            type: 'text',
            spellCheck: false,
            disabled,
            onKeyDown,
            onChange: (event) => {
              const next = event.currentTarget.value;
              setText(next);
              setPinned(null);
              pendingEnter.current = false;
              onInputChange?.(next);
            },
            'aria-expanded': expanded,
            'aria-describedby': describedBy,
            'aria-invalid': error ? true : undefined,
            'aria-required': required ? true : undefined,
          })}
          aria-activedescendant={
            expanded && highlighted >= 0 ? `${baseId}-option-${highlighted}` : undefined
          }
        />
        {showAllButton ? (
          <button
            {...getToggleButtonProps({
              className: 'combobox-toggle',
              disabled,
              'aria-label': t('combobox.showAll', { label }),
              'aria-expanded': expanded,
              // Keeps focus in the text box, where the keyboard works.
              onMouseDown: (event) => event.preventDefault(),
            })}
            type="button"
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        ) : null}
        <div className="combobox-popup" hidden={!expanded && !message}>
          <ul
            {...getMenuProps({ className: 'combobox-list' })}
            hidden={!expanded}
            aria-busy={loading || undefined}
          >
            {expanded
              ? shown.map((option, index) => (
                  <li
                    key={option.value}
                    {...getItemProps({ item: option, index })}
                    className={`combobox-option${option.value === value ? ' combobox-option-chosen' : ''}`}
                  >
                    <span className="combobox-option-label">
                      {option.label}
                      {option.value === value && !clearOnSelect ? (
                        // The chosen option is also the box's text; the tick is for the eye.
                        <span className="combobox-option-tick" aria-hidden="true">
                          {' ✓'}
                        </span>
                      ) : null}
                    </span>
                    {option.hint ? (
                      <span className="combobox-option-hint">{option.hint}</span>
                    ) : null}
                  </li>
                ))
              : null}
          </ul>
          {message ? <p className="combobox-message">{message}</p> : null}
        </div>
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}

/** Lower case without diacritics: "Närvårdskoordinator" → "narvardskoordinator". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The options whose label, hint or keywords contain every word typed, in their given order:
 * "kull sjuk" finds Kullbergska sjukhuset and "nvk" finds Närvårdskoordinator by its synonym.
 */
export function filterOptions<O extends ComboboxOption>(options: readonly O[], query: string): O[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const haystack = fold([option.label, option.hint ?? '', ...(option.keywords ?? [])].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
