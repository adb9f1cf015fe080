import type { PostTimelineEntry } from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { planHandover } from './handover-plan';

const entry = (
  id: string,
  validFrom: string,
  validTo: string | null,
  kind: PostTimelineEntry['kind'] = 'holder',
): PostTimelineEntry => ({
  assignmentId: `a-${id}`,
  kind,
  validFrom,
  validTo,
  note: null,
  person: {
    id,
    givenName: id,
    familyName: 'Test',
    title: null,
    email: null,
    phone: null,
    mobile: null,
  },
});

describe('planning a handover', () => {
  it('ends the current holder the day before the successor starts', () => {
    const plan = planHandover(
      [entry('tove', '2020-01-01', null)],
      'holder',
      '2024-03-01',
      'helena',
    );
    expect(plan).toEqual({
      ok: true,
      ending: { entry: entry('tove', '2020-01-01', null), lastDay: '2024-02-29' },
    });
  });

  it('ends nobody on a vacant post, and ignores deputies when the holder changes', () => {
    const plan = planHandover(
      [entry('old', '2019-01-01', '2023-12-31'), entry('magnus', '2022-01-01', null, 'deputy')],
      'holder',
      '2024-03-01',
      'helena',
    );
    expect(plan).toEqual({ ok: true, ending: null });
  });

  it('refuses a successor who already holds the post', () => {
    const plan = planHandover([entry('tove', '2020-01-01', null)], 'holder', '2024-03-01', 'tove');
    expect(plan).toMatchObject({ ok: false, reason: 'successor-already' });
  });

  it('refuses a date before a holder who is already due to start', () => {
    const plan = planHandover(
      [entry('tove', '2020-01-01', '2030-05-31'), entry('nils', '2030-06-01', null)],
      'holder',
      '2030-01-01',
      'helena',
      '2025-01-01',
    );
    expect(plan).toMatchObject({ ok: false, reason: 'later-exists' });
  });

  it('refuses a date before the only holder started', () => {
    const plan = planHandover(
      [entry('tove', '2024-05-01', null)],
      'holder',
      '2024-03-01',
      'helena',
      '2025-01-01',
    );
    expect(plan).toMatchObject({ ok: false, reason: 'starts-after' });
  });

  it('counts calendar days across a leap day', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });
});
