import { describe, expect, it } from 'vitest';
import { filterOptions, fold } from './combobox';

const options = [
  { value: 'kull', label: 'Kullbergska sjukhuset', hint: 'Sjukhus' },
  { value: 'nvk', label: 'Närvårdskoordinator', keywords: ['nvk', 'närvårdssamordnare'] },
  { value: 'vin', label: 'Vingåkers kommun', hint: 'Kommun' },
];

describe('the combobox’s local filter', () => {
  it('ignores case and diacritics', () => {
    expect(fold('Närvård ÅÄÖ')).toBe('narvard aao');
    expect(filterOptions(options, 'vingaker').map((o) => o.label)).toEqual(['Vingåkers kommun']);
  });

  it('needs every typed word somewhere in the name, hint or keywords', () => {
    expect(filterOptions(options, 'kull sjuk').map((o) => o.label)).toEqual([
      'Kullbergska sjukhuset',
    ]);
    expect(filterOptions(options, 'NVK').map((o) => o.label)).toEqual(['Närvårdskoordinator']);
    expect(filterOptions(options, 'kommun').map((o) => o.label)).toEqual(['Vingåkers kommun']);
    expect(filterOptions(options, 'kull kommun')).toEqual([]);
  });

  it('keeps every option, in order, for an empty query', () => {
    expect(filterOptions(options, '  ').map((o) => o.value)).toEqual(['kull', 'nvk', 'vin']);
  });
});
