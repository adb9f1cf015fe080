import type { Organisation } from '@nk/shared';
import type { ComboboxOption } from '../../../components/combobox';

/**
 * The organisations a scope reaches: the listed ones and every one below them, as the API
 * grants editors their scope.
 */
export function organisationsInScope(
  organisations: readonly Organisation[],
  scope: readonly string[],
): Organisation[] {
  const childrenOf = new Map<string, Organisation[]>();
  for (const organisation of organisations) {
    if (!organisation.parentId) continue;
    childrenOf.set(organisation.parentId, [
      ...(childrenOf.get(organisation.parentId) ?? []),
      organisation,
    ]);
  }
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const reached = new Map<string, Organisation>();
  const queue = scope.flatMap((id) => byId.get(id) ?? []);
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next || reached.has(next.id)) continue;
    reached.set(next.id, next);
    queue.push(...(childrenOf.get(next.id) ?? []));
  }
  return [...reached.values()];
}

/** "Enhet X (Eskilstuna kommun)": a unit is easier to recognise with its parent's name. */
export function organisationLabel(
  organisation: Organisation,
  byId: ReadonlyMap<string, Organisation>,
): string {
  const parent = organisation.parentId ? byId.get(organisation.parentId) : undefined;
  return parent ? `${organisation.name} (${parent.name})` : organisation.name;
}

/** Picker options in Swedish (or English) order, each unit named with its parent. */
export function pickerOptions(
  organisations: readonly Organisation[],
  all: readonly Organisation[],
  locale: string,
): ComboboxOption[] {
  const byId = new Map(all.map((o) => [o.id, o]));
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return organisations
    .map((organisation) => ({
      value: organisation.id,
      label: organisationLabel(organisation, byId),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
