import { describe, expect, it } from 'vitest';
import { paths } from '../../../lib/paths';
import { canSearch, hasFilters, readSearchParams } from './search-params';

const kullbergska = 'fd2bd2dd-d8d6-47f8-8c83-fc83516d0bb4';

describe('search page address', () => {
  it('round-trips words, filters and "include former" through the URL', () => {
    const url = paths.search({
      q: 'sjöqvist',
      type: 'person',
      organisation: kullbergska,
      municipality: '0483',
      former: true,
    });
    expect(url).toBe(
      `/sok?q=sj%C3%B6qvist&type=person&organisation=${kullbergska}&municipality=0483&former=1`,
    );
    const query = new URLSearchParams(url.split('?')[1]);
    expect(readSearchParams(query)).toEqual({
      q: 'sjöqvist',
      type: 'person',
      organisation: kullbergska,
      municipality: '0483',
      former: true,
    });
  });

  it('leaves out empty values so an empty search is just /sok', () => {
    expect(paths.search({ q: '  ', role: '', former: false })).toBe('/sok');
  });

  it('drops values the API would reject instead of showing an error', () => {
    const query = new URLSearchParams('q=anna&type=people&role=not-an-id&municipality=484');
    expect(readSearchParams(query)).toEqual({ q: 'anna' });
  });

  it('searches with words or a narrowing filter, not with the kind of hit alone', () => {
    expect(canSearch({ q: 'nvk flen' })).toBe(true);
    expect(canSearch({ organisation: kullbergska })).toBe(true);
    expect(canSearch({ q: ' ', type: 'person' })).toBe(false);
    expect(hasFilters({ type: 'person' })).toBe(true);
    expect(hasFilters({ q: 'anna' })).toBe(false);
  });
});
