import type { SearchHit } from '@nk/shared';
import { useEffect, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useT } from '../../../i18n/use-t';
import { minSearchLength, useEntitySearch } from '../api/search-entities';
import { RequiredMark } from './form-fields';

export interface PickedEntity {
  id: string;
  label: string;
  hit?: SearchHit;
}

interface SearchPickerProps {
  /** The wrapper's id: the error summary links to it; the text box is `${id}-input`. */
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

type HitOption = ComboboxOption & { hit: SearchHit };

/**
 * The app's combobox, asking the search API as the user types, for lists too long to load whole
 * (people, posts). The search waits for a pause in the typing; until its answer for the text
 * typed now has come, Enter waits too, so it never chooses a hit for an earlier, shorter text.
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
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');

  // Asks once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text), 200);
    return () => window.clearTimeout(timer);
  }, [text]);

  const searching = text.trim().length >= minSearchLength;
  const search = useEntitySearch(type, searching ? query : '');
  const options: HitOption[] = searching
    ? (search.data ?? [])
        .filter((hit) => !accept || accept(hit))
        .map((hit) => {
          const described = describe(hit);
          return { value: hit.id, label: described.label, hint: described.detail, hit };
        })
    : [];

  return (
    <div id={id} className={`form-field editing-picker${error ? ' editing-picker-invalid' : ''}`}>
      <Combobox
        id={`${id}-input`}
        label={label}
        labelSuffix={<RequiredMark required={required} />}
        description={hint}
        error={error}
        required={required}
        filter="none"
        options={options}
        value={value?.id ?? null}
        valueLabel={value?.label ?? ''}
        loading={searching && (text !== query || search.isFetching)}
        emptyText={searching ? t('editing.picker.none') : t('editing.picker.typeMore')}
        onInputChange={setText}
        onChange={(option) => {
          setText('');
          onChange({ id: option.value, label: option.label, hit: option.hit });
        }}
      />
    </div>
  );
}
