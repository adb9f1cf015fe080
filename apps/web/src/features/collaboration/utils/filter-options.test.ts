import { describe, expect, it } from 'vitest';
import { filterOptions, fold } from './filter-options';

const options = [
  { label: 'Kullbergska sjukhuset', hint: 'Sjukhus' },
  { label: 'Närvårdskoordinator', keywords: ['nvk', 'närvårdssamordnare'] },
  { label: 'Vingåkers kommun', hint: 'Kommun' },
];

describe('filterOptions', () => {
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
  });

  it('keeps every option, in order, for an empty query', () => {
    expect(filterOptions(options, '  ')).toHaveLength(3);
  });
});
