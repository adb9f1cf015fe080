import { describe, expect, it } from 'vitest';
import { lowerFirst } from './text';

describe('lowerFirst', () => {
  it('lowers a name put inside a sentence but keeps abbreviations', () => {
    expect(lowerFirst('Närvårdskoordinator')).toBe('närvårdskoordinator');
    expect(lowerFirst('MAS')).toBe('MAS');
    expect(lowerFirst('')).toBe('');
  });
});
