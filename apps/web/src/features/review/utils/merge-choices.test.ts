import type { PersonDetail } from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { compareFields, mergeMoves, resultingValue, takenFields } from './merge-choices';

const person = (overrides: Partial<PersonDetail>): PersonDetail =>
  ({
    givenName: 'Åke',
    familyName: 'Lindström',
    title: null,
    email: null,
    phone: null,
    mobile: null,
    bio: null,
    hsaId: null,
    topicIds: [],
    currentPosts: [],
    upcoming: [],
    history: [],
    ...overrides,
  }) as PersonDetail;

describe('comparing two entries for a merge', () => {
  const survivor = person({ email: 'ake@eskilstuna.example', phone: '016-10 00 01' });
  const duplicate = person({
    givenName: 'Ake',
    email: 'ake.l@eskilstuna.example',
    mobile: '070-123 45 67',
  });
  const byField = Object.fromEntries(compareFields(survivor, duplicate).map((c) => [c.field, c]));

  it("lets the user choose where both differ, fills the survivor's empty fields as the API does", () => {
    expect(byField.givenName?.outcome).toBe('choose');
    expect(byField.familyName?.outcome).toBe('same');
    expect(byField.email?.outcome).toBe('choose');
    expect(byField.phone?.outcome).toBe('choose');
    expect(byField.mobile?.outcome).toBe('fill');
    expect(byField.bio?.outcome).toBe('same');
  });

  it('sends only chosen fields as take, and says what the survivor ends up with', () => {
    const comparisons = compareFields(survivor, duplicate);
    expect(takenFields(comparisons, { email: 'take', mobile: 'take', phone: 'keep' })).toEqual([
      'email',
    ]);
    expect(resultingValue(byField.mobile as never, undefined)).toBe('070-123 45 67');
    expect(resultingValue(byField.phone as never, 'keep')).toBe('016-10 00 01');
    expect(resultingValue(byField.phone as never, 'take')).toBeNull();
  });

  it('counts every assignment of the duplicate and only topics the survivor lacks', () => {
    const moves = mergeMoves(
      person({ topicIds: ['a'] }),
      person({
        topicIds: ['a', 'b'],
        currentPosts: [{}, {}] as PersonDetail['currentPosts'],
        history: [{}] as PersonDetail['history'],
      }),
    );
    expect(moves).toEqual({ assignments: 3, topics: 1 });
  });
});
