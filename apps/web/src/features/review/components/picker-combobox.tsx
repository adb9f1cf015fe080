import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';

export interface PickerOption {
  value: string;
  label: string;
  /** A second line: where the person works, what kind of organisation. */
  hint?: string;
}

interface PickerComboboxProps {
  label: string;
  /** Read after the label: what to type, what happens on choosing. */
  description?: string;
  /** What the text box shows when nobody is typing: the chosen option's name, or empty. */
  selectedLabel: string;
  /** The options for what is typed now; the caller filters or searches. */
  options: readonly PickerOption[];
  /** Called as the user types, so the caller can filter or search. */
  onInputChange: (text: string) => void;
  onChoose: (option: PickerOption) => void;
  /** The options for the latest text are still on their way. */
  loading?: boolean;
  /** Shown when the typed text finds nothing (or is too short to search). */
  emptyText?: string;
  id?: string;
}

/**
 * An editable combobox whose options come from the caller, after the WAI-ARIA Authoring
 * Practices pattern: the text box keeps focus (`aria-activedescendant` points at the highlighted
 * option), ↓/↑ move, Enter chooses, Esc and Tab leave without choosing and put back the chosen
 * name, so the field never shows something that is not chosen.
 */
export function PickerCombobox({
  label,
  description,
  selectedLabel,
  options,
  onInputChange,
  onChoose,
  loading = false,
  emptyText,
  id: givenId,
}: PickerComboboxProps) {
  const t = useT();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const descriptionId = `${id}-description`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [text, setText] = useState(selectedLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setText(selectedLabel);
  }, [selectedLabel]);

  // New options for new text: highlight the first, as a search box would.
  useEffect(() => {
    setActive(options.length > 0 ? 0 : -1);
  }, [options]);

  const expanded = open && options.length > 0;

  useEffect(() => {
    if (expanded && active >= 0) {
      document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    }
  });

  function choose(option: PickerOption) {
    setText(option.label);
    setOpen(false);
    onChoose(option);
  }

  function revert() {
    setText(selectedLabel);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (options.length > 0) setActive((current) => (current + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (options.length > 0) {
          setActive((current) => (current <= 0 ? options.length - 1 : current - 1));
        }
        break;
      case 'Enter': {
        if (!expanded) return;
        event.preventDefault();
        const option = options[active];
        if (option) choose(option);
        break;
      }
      case 'Escape':
        if (open || text !== selectedLabel) {
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
    : loading
      ? t('review.picker.searching')
      : options.length === 0
        ? (emptyText ?? t('review.picker.none'))
        : options.length === 1
          ? t('review.picker.one')
          : t('review.picker.many', { count: options.length });

  return (
    <div className="picker">
      <label htmlFor={inputId} className="picker-label">
        {label}
      </label>
      {description ? (
        <p id={descriptionId} className="field-hint">
          {description}
        </p>
      ) : null}
      <div className="picker-control">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          className="picker-input"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={description ? descriptionId : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            onInputChange(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={revert}
          onClick={() => setOpen(true)}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={label}
          className="picker-list"
          hidden={!expanded}
          // Choosing with the mouse must not blur the text box first.
          onMouseDown={(event) => event.preventDefault()}
        >
          {expanded
            ? options.map((option, index) => (
                // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the text box, which points here with aria-activedescendant
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the text box (aria-activedescendant)
                <div
                  key={option.value}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className="picker-option"
                  onClick={() => choose(option)}
                  onMouseMove={() => {
                    if (index !== active) setActive(index);
                  }}
                >
                  <span className="picker-option-label">{option.label}</span>
                  {option.hint ? <span className="picker-option-hint">{option.hint}</span> : null}
                </div>
              ))
            : null}
        </div>
        {open && !loading && options.length === 0 && text.trim() ? (
          <p className="picker-empty">{emptyText ?? t('review.picker.none')}</p>
        ) : null}
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
