import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { useReviewOrganisations } from '../api/get-organisations';
import { fold } from '../utils/fold';
import { PickerCombobox, type PickerOption } from './picker-combobox';

interface OrganisationFilterProps {
  /** The chosen organisation's id; null for all. */
  value: string | null;
  onChange: (id: string | null) => void;
}

/** The administrator's "only this organisation (and those below it)": a combobox that filters. */
export function OrganisationFilter({ value, onChange }: OrganisationFilterProps) {
  const { t, locale } = useI18n();
  const organisations = useReviewOrganisations(true);
  const [text, setText] = useState('');

  const all: PickerOption = { value: '', label: t('review.filter.all') };
  const sorted = useMemo(
    () =>
      (organisations.data ?? [])
        .map((o) => ({ value: o.id, label: o.name }))
        .sort((a, b) => nameCollator(locale).compare(a.label, b.label)),
    [organisations.data, locale],
  );
  const wanted = fold(text);
  const chosen = sorted.find((o) => o.value === value);
  const selectedLabel = chosen?.label ?? (value ? '' : all.label);
  const options =
    !wanted || text === selectedLabel
      ? [all, ...sorted]
      : sorted.filter((o) => fold(o.label).includes(wanted));

  return (
    <div className="review-filter">
      <PickerCombobox
        id="review-organisation"
        label={t('review.filter.label')}
        description={t('review.filter.hint')}
        selectedLabel={selectedLabel}
        options={options}
        loading={organisations.isPending}
        onInputChange={setText}
        onChoose={(option) => {
          setText('');
          onChange(option.value || null);
        }}
      />
    </div>
  );
}
