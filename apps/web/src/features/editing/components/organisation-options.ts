import type { Organisation } from '@nk/shared';
import type { ComboboxOption } from '../../../components/combobox';
import type { TFunction } from '../../../i18n/dictionaries';
import { nameCollator } from '../../../lib/format';

/**
 * Organisations as picker options, in Swedish (or English) order: a unit is named with its
 * parent ("Vuxenpsykiatrin (Mälarsjukhuset)") and its kind is the second line; the short name
 * finds it too.
 */
export function organisationOptions(
  organisations: readonly Organisation[],
  locale: string,
  t: TFunction,
  keep: (organisation: Organisation) => boolean = () => true,
): ComboboxOption[] {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const collator = nameCollator(locale);
  return organisations
    .filter(keep)
    .map((organisation) => {
      const parent = organisation.parentId ? byId.get(organisation.parentId) : undefined;
      return {
        value: organisation.id,
        label: parent ? `${organisation.name} (${parent.name})` : organisation.name,
        hint: t(`kind.${organisation.kind}`),
        keywords: organisation.shortName ? [organisation.shortName] : [],
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}
