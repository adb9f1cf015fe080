import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Access } from './access';
import {
  type ContactFields,
  canSeePerson,
  visibilityKey,
  visibleNumbers,
} from './person-visibility';

const organisations = ['eskilstuna', 'flen', 'kullbergska', 'malarsjukhuset'];
const visibility = fc.constantFrom<ContactFields['phoneVisibility']>('network', 'organisation');

const person = fc.record({
  organisationId: fc.constantFrom(...organisations),
  phone: fc.option(fc.constant('016-10 23 66')),
  mobile: fc.option(fc.constant('070-174 06 39')),
  phoneVisibility: visibility,
  mobileVisibility: visibility,
  protected: fc.boolean(),
});

/** Only what visibility reads of a caller. */
const caller = fc
  .record({ isAdmin: fc.boolean(), inside: fc.subarray(organisations) })
  .map(({ isAdmin, inside }) => ({ isAdmin, inside: new Set(inside) }) as unknown as Access);

const shown = (access: Access, people: ContactFields[]) =>
  people.map((p) => (canSeePerson(access, p) ? visibleNumbers(access, p) : 'hidden'));

const access = (isAdmin: boolean, inside: string[]) =>
  ({ isAdmin, inside: new Set(inside) }) as unknown as Access;

describe('visibilityKey', () => {
  it('is the same for two callers only if they are shown the same of every person', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), caller, caller, (people, one, other) => {
        if (visibilityKey(one, people) === visibilityKey(other, people)) {
          expect(shown(one, people)).toEqual(shown(other, people));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is shared by callers outside every organisation whose numbers are restricted', () => {
    const people: ContactFields[] = [
      {
        organisationId: 'eskilstuna',
        phone: '016-10 23 66',
        mobile: '070-174 06 39',
        phoneVisibility: 'network',
        mobileVisibility: 'organisation',
        protected: false,
      },
    ];
    const flen = visibilityKey(access(false, ['flen']), people);
    expect(visibilityKey(access(false, ['kullbergska']), people)).toBe(flen);
    expect(visibilityKey(access(false, ['eskilstuna']), people)).not.toBe(flen);
    expect(visibilityKey(access(true, []), people)).not.toBe(flen);
  });
});
