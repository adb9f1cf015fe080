/** Strings of the shared components in `src/components`, in Swedish (the source language). */
export const sv = {
  'combobox.showAll': 'Visa alla alternativ för {label}',
  'combobox.searching': 'Söker …',
  'combobox.none': 'Inga träffar. Prova att skriva färre bokstäver.',
  'combobox.one': '1 träff. Välj med Enter.',
  'combobox.many': '{count} träffar. Bläddra med pil upp och ner, välj med Enter.',
  'combobox.more': 'De första {count} visas. Skriv mer för att hitta fler.',
} as const;
