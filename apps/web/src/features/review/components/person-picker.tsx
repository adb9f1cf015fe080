import { useDeferredValue, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useT } from '../../../i18n/use-t';
import { useMergePerson } from '../api/get-person';
import { usePeopleSearch } from '../api/search-people';

interface PersonPickerProps {
  id: string;
  label: string;
  description: string;
  /** The chosen person's id, or null. */
  value: string | null;
  onChange: (id: string) => void;
}

/** Finds a person by name, e-mail or phone through the directory's search, as one types. */
export function PersonPicker({ id, label, description, value, onChange }: PersonPickerProps) {
  const t = useT();
  const chosen = useMergePerson(value);
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const search = usePeopleSearch(query);
  const searching = text.trim().length >= 2;

  const options: ComboboxOption[] = searching
    ? (search.data?.items ?? [])
        .filter((hit) => hit.type === 'person' && hit.person)
        .map((hit) => ({
          value: hit.id,
          label: hit.label,
          hint: [hit.person?.organisation.name, hit.person?.title, hit.person?.email]
            .filter(Boolean)
            .join(' · '),
        }))
    : [];

  return (
    <Combobox
      id={`${id}-input`}
      label={label}
      description={description}
      filter="none"
      options={options}
      value={value}
      valueLabel={chosen.data ? `${chosen.data.givenName} ${chosen.data.familyName}` : ''}
      // The listed people belong to the text typed until the search for this one has answered.
      loading={searching && (text !== query || search.isFetching)}
      emptyText={searching ? t('review.picker.none') : t('review.picker.typeMore')}
      onInputChange={setText}
      onChange={(option) => {
        setText('');
        onChange(option.value);
      }}
    />
  );
}
