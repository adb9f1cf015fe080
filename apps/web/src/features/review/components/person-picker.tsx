import { useDeferredValue, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useMergePerson } from '../api/get-person';
import { usePeopleSearch } from '../api/search-people';
import { PickerCombobox, type PickerOption } from './picker-combobox';

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
  const searching = query.trim().length >= 2;

  const options: PickerOption[] = searching
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
  const selectedLabel = chosen.data ? `${chosen.data.givenName} ${chosen.data.familyName}` : '';

  return (
    <PickerCombobox
      id={id}
      label={label}
      description={description}
      selectedLabel={selectedLabel}
      options={options}
      loading={searching && (search.isFetching || text !== query)}
      emptyText={searching ? t('review.picker.none') : t('review.picker.typeMore')}
      onInputChange={setText}
      onChoose={(option) => {
        setText('');
        onChange(option.value);
      }}
    />
  );
}
