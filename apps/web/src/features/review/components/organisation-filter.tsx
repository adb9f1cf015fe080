import { useMemo } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { useReviewOrganisations } from '../api/get-organisations';

interface OrganisationFilterProps {
  /** The chosen organisation's id; null for all. */
  value: string | null;
  onChange: (id: string | null) => void;
}

/** The administrator's "only this organisation (and those below it)": a combobox that filters. */
export function OrganisationFilter({ value, onChange }: OrganisationFilterProps) {
  const { t, locale } = useI18n();
  const organisations = useReviewOrganisations(true);

  const options = useMemo<ComboboxOption[]>(
    () => [
      // "All" is an option like the others, so the filter is undone the way it was chosen.
      { value: '', label: t('review.filter.all') },
      ...(organisations.data ?? [])
        .map((o) => ({ value: o.id, label: o.name }))
        .sort((a, b) => nameCollator(locale).compare(a.label, b.label)),
    ],
    [organisations.data, locale, t],
  );

  return (
    <div className="review-filter">
      <Combobox
        id="review-organisation"
        label={t('review.filter.label')}
        description={t('review.filter.hint')}
        options={options}
        value={value ?? ''}
        loading={organisations.isPending}
        onChange={(option) => onChange(option.value || null)}
      />
    </div>
  );
}
