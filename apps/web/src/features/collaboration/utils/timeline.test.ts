import type { PostTimelineEntry } from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { addDays, buildTimeline, findHandovers } from './timeline';

const entry = (
  name: string,
  validFrom: string,
  validTo: string | null,
  kind: PostTimelineEntry['kind'] = 'holder',
): PostTimelineEntry => ({
  assignmentId: `${name}-${validFrom}`,
  kind,
  validFrom,
  validTo,
  note: null,
  person: {
    id: name,
    givenName: name,
    familyName: 'Test',
    title: null,
    email: null,
    phone: null,
    mobile: null,
  },
});

describe('post timeline', () => {
  it('adds days across a leap day', () => {
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('finds a handover when the successor starts the day after', () => {
    const tove = entry('Tove', '2021-09-01', '2024-02-29');
    const helena = entry('Helena', '2024-03-01', null);
    const magnus = entry('Magnus', '2024-03-01', null, 'deputy');
    const handovers = findHandovers([tove, helena, magnus]);
    expect(handovers).toEqual([{ date: '2024-03-01', from: tove, to: helena }]);
  });

  it('shows the stretches a required post had no holder, newest first', () => {
    const peter = entry('Peter', '2021-10-01', '2025-06-30');
    const items = buildTimeline([peter], '2026-01-01', true);
    expect(items.map((item) => [item.type, item.status])).toEqual([
      ['vacancy', 'current'],
      ['assignment', 'ended'],
    ]);
    expect(items[0]).toMatchObject({ validFrom: '2025-07-01', validTo: null });
    expect(buildTimeline([peter], '2026-01-01', false)).toHaveLength(1);
  });

  it('marks a gap between two holders', () => {
    const items = buildTimeline(
      [entry('A', '2020-01-01', '2020-12-31'), entry('B', '2021-03-01', null)],
      '2024-01-01',
      true,
    );
    expect(items.map((item) => item.type)).toEqual(['assignment', 'vacancy', 'assignment']);
    expect(items[1]).toMatchObject({ validFrom: '2021-01-01', validTo: '2021-02-28' });
  });
});
