import type { sv } from './i18n';

/** The English strings of the shared components: the same keys as the Swedish ones in `i18n.ts`. */
export const en: Record<keyof typeof sv, string> = {
  'combobox.showAll': 'Show all options for {label}',
  'combobox.searching': 'Searching …',
  'combobox.none': 'No matches. Try typing fewer letters.',
  'combobox.one': '1 match. Press Enter to choose it.',
  'combobox.many': '{count} matches. Use the up and down arrows, Enter to choose.',
  'combobox.more': 'The first {count} are shown. Type more to find others.',
};
