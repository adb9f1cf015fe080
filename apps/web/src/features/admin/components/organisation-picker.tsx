import { useMemo, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useT } from '../../../i18n/use-t';

/** More than this many matches are not listed; typing more narrows them. */
export const organisationsShown = 50;

interface OrganisationMultiPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** In the order to show them (Swedish order). */
  options: readonly ComboboxOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Several organisations: the chosen ones as a list with remove buttons, and a combobox that adds
 * one at a time (it offers only those not chosen yet and empties itself after each choice).
 */
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
  const [typed, setTyped] = useState('');
  const offered = useMemo(() => {
    const chosen = new Set(value);
    return options.filter((option) => !chosen.has(option.value));
  }, [options, value]);
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  return (
    <div className="admin-multi-picker">
      <Combobox
        id={id}
        className="form-field"
        label={label}
        description={hint}
        error={error}
        options={offered}
        value={null}
        clearOnSelect
        maxShown={organisationsShown}
        emptyText={t('admin.picker.noMatch', { q: typed.trim() })}
        onInputChange={setTyped}
        onChange={(option) => onChange([...value, option.value])}
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
