import type { ReactNode } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useT } from '../../../i18n/use-t';
import './editing.css';

/** The parts every field shares: where it is, what it is called, what is wrong with it. */
interface FieldFrame {
  /** The control's id: the label points at it, the error summary links to it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

/**
 * "(obligatoriskt)" after the label: the requirement is said in words, not only with a mark.
 * `htmlFor` is the control's id, which differs from the field's when the field wraps it.
 */
export function FieldLabel({
  id,
  label,
  required,
  className,
}: Pick<FieldFrame, 'id' | 'label' | 'required'> & { className?: string }) {
  const t = useT();
  return (
    <label htmlFor={id} className={className}>
      {label}
      {required ? <span className="editing-required"> {t('editing.form.required')}</span> : null}
    </label>
  );
}

/** A field's error, `${id}-error`, which its control names in `aria-describedby`. */
export function FieldError({ id, error }: Pick<FieldFrame, 'id' | 'error'>) {
  if (!error) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      <span className="editing-error-icon" aria-hidden="true">
        !
      </span>{' '}
      {error}
    </p>
  );
}

/** The hint (`${id}-hint`) and the error (`${id}-error`) under a label, in that order. */
export function FieldHintAndError({ id, hint, error }: Pick<FieldFrame, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </>
  );
}

interface TextFieldProps extends FieldFrame {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  multiline?: boolean;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url';
  disabled?: boolean;
  /** A narrow field for short codes. */
  short?: boolean;
}

/**
 * A labelled text box with its hint and error read out with it (`aria-describedby`). The length
 * limit is checked on sending, not enforced while typing, so a pasted text is never cut silently.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  type = 'text',
  multiline = false,
  maxLength,
  autoComplete,
  inputMode,
  disabled,
  short = false,
}: TextFieldProps) {
  const t = useT();
  const over = maxLength !== undefined && value.trim().length > maxLength;
  const counterId = `${id}-count`;
  const common = {
    id,
    name: id,
    value,
    required,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(
      hint && `${id}-hint`,
      error && `${id}-error`,
      multiline && maxLength !== undefined && counterId,
    ),
  };
  return (
    <div className={`form-field${short ? ' editing-field-short' : ''}`}>
      <FieldLabel id={id} label={label} required={required} />
      <FieldHintAndError id={id} hint={hint} error={error} />
      {multiline ? (
        <>
          <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
          {maxLength !== undefined ? (
            <p id={counterId} className={`editing-counter${over ? ' editing-counter-over' : ''}`}>
              {t('editing.form.characters', { count: value.trim().length, max: maxLength })}
            </p>
          ) : null}
        </>
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          spellCheck={type === 'text' ? undefined : false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupProps extends FieldFrame {
  value: string;
  options: readonly ChoiceOption[];
  onChange: (value: string) => void;
}

/** A few exclusive choices, all visible: a fieldset whose legend is the question. */
export function RadioGroup({ id, label, hint, error, value, options, onChange }: RadioGroupProps) {
  return (
    <fieldset
      id={id}
      className="form-field editing-fieldset"
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{label}</legend>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <div className="editing-choices">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="editing-choice">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p className="field-hint editing-choice-hint" id={`${optionId}-hint`}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface CheckboxGroupProps extends FieldFrame {
  values: readonly string[];
  options: readonly ChoiceOption[];
  onChange: (values: string[]) => void;
}

/** Several independent choices, e.g. focus areas. */
export function CheckboxGroup({
  id,
  label,
  hint,
  error,
  values,
  options,
  onChange,
}: CheckboxGroupProps) {
  return (
    <fieldset
      id={id}
      className="form-field editing-fieldset"
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{label}</legend>
      <FieldHintAndError id={id} hint={hint} error={error} />
      <div className="editing-choices editing-choices-columns">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = values.includes(option.value);
          return (
            <div key={option.value} className="editing-choice">
              <input
                type="checkbox"
                id={optionId}
                checked={checked}
                onChange={() =>
                  onChange(
                    checked
                      ? values.filter((value) => value !== option.value)
                      : [...values, option.value],
                  )
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface CheckboxFieldProps extends Omit<FieldFrame, 'required'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One yes/no question. */
export function CheckboxField({ id, label, hint, error, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="form-field editing-choice editing-checkbox-field">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <div className="editing-choice-hint">
        <FieldHintAndError id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}

interface SelectFieldProps extends FieldFrame {
  value: string;
  options: readonly ChoiceOption[];
  onChange: (value: string) => void;
  /** The empty first choice, e.g. "Välj typ". */
  placeholder?: string;
}

/** A short, fixed list (the kinds of organisation): a native select. */
export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  value,
  options,
  onChange,
  placeholder,
}: SelectFieldProps) {
  return (
    <div className="form-field">
      <FieldLabel id={id} label={label} required={required} />
      <FieldHintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface PickerFieldProps extends FieldFrame {
  value: string | null;
  options: readonly ComboboxOption[];
  onChange: (value: string) => void;
  /** Offer "no choice" (e.g. no network), with this text on the button. */
  clearLabel?: string;
  onClear?: () => void;
  disabled?: boolean;
  children?: ReactNode;
}

/**
 * A choice among many (organisations, roles, networks): the app's searchable combobox. The
 * wrapper carries the field's id (the error summary focuses the text box inside it); the text
 * box is `${id}-input`.
 */
export function PickerField({
  id,
  label,
  hint,
  error,
  required,
  value,
  options,
  onChange,
  clearLabel,
  onClear,
  disabled,
}: PickerFieldProps) {
  return (
    <div id={id} className={`form-field editing-picker${error ? ' editing-picker-invalid' : ''}`}>
      <Combobox
        id={`${id}-input`}
        label={label}
        labelSuffix={<RequiredMark required={required} />}
        description={hint}
        error={error}
        required={required}
        options={options}
        value={value}
        onChange={(option) => onChange(option.value)}
        disabled={disabled}
      />
      {onClear && value ? (
        <p className="editing-picker-clear">
          <button type="button" className="link-button" onClick={onClear}>
            {clearLabel}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** " (obligatoriskt)" inside a label, for controls that draw their own label. */
export function RequiredMark({ required }: { required?: boolean }) {
  const t = useT();
  return required ? <span className="editing-required"> {t('editing.form.required')}</span> : null;
}

interface MultiPickerFieldProps extends Omit<FieldFrame, 'required'> {
  values: readonly string[];
  /** Every choice; those already chosen are left out of the picker. */
  options: readonly ComboboxOption[];
  onChange: (values: string[]) => void;
  /** The picker's label, e.g. "Lägg till en organisation". */
  addLabel: string;
  /** Read when nothing is chosen yet. */
  emptyText: string;
  /** The remove button's name, e.g. "Ta bort Flens kommun". */
  removeLabel: (name: string) => string;
  disabled?: boolean;
}

/**
 * A set chosen from a long list (a network's member organisations): what is chosen, each with
 * a remove button, and a searchable picker that adds one more and empties itself again, focus
 * staying in it, so several can be added in a row.
 */
export function MultiPickerField({
  id,
  label,
  hint,
  error,
  values,
  options,
  onChange,
  addLabel,
  emptyText,
  removeLabel,
  disabled,
}: MultiPickerFieldProps) {
  const t = useT();
  const byValue = new Map(options.map((option) => [option.value, option]));
  const available = options.filter((option) => !values.includes(option.value));

  return (
    <fieldset
      id={id}
      className="form-field editing-fieldset"
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{label}</legend>
      <FieldHintAndError id={id} hint={hint} error={error} />
      {values.length === 0 ? (
        <p className="editing-muted">{emptyText}</p>
      ) : (
        <ul className="editing-chosen">
          {values.map((value) => {
            const name = byValue.get(value)?.label ?? value;
            return (
              <li key={value}>
                <span>{name}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={removeLabel(name)}
                  onClick={() => onChange(values.filter((other) => other !== value))}
                >
                  {t('editing.multi.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="editing-picker">
        <Combobox
          id={`${id}-input`}
          label={addLabel}
          options={available}
          value={null}
          clearOnSelect
          disabled={disabled}
          onChange={(option) => onChange([...values, option.value])}
        />
      </div>
    </fieldset>
  );
}

export interface SummaryError {
  id: string;
  label: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: readonly SummaryError[];
  onFocusField: (id: string) => void;
  title?: string;
}

/**
 * The errors of the last attempt, at the top of the form, each a link to its field. Announced
 * when it appears (`role="alert"`); focus goes to the first invalid field itself.
 */
export function ErrorSummary({ errors, onFocusField, title }: ErrorSummaryProps) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div className="alert alert-error editing-error-summary" role="alert">
      <h2 className="editing-error-summary-title">
        {title ??
          (errors.length === 1
            ? t('editing.summary.one')
            : t('editing.summary.many', { count: errors.length }))}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={error.id}>
            <a
              href={`#${error.id}`}
              onClick={(event) => {
                event.preventDefault();
                onFocusField(error.id);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
