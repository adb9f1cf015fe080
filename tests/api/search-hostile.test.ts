import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/**
 * Whatever is typed into the search box, the answer is a clean 200 with hits or a 400 problem
 * with field errors: never a 500, never a database error leaking out.
 */

let t: TestApp;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  viewer = bearer(await t.signIn(demoUsers.viewer));
});
afterAll(() => t.close());

/**
 * Percent-encodes like a browser, except that a lone surrogate (which encodeURIComponent refuses)
 * goes out as the invalid UTF-8 bytes a careless client would send.
 */
function percentEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    const unit = ch.charCodeAt(0);
    if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xed, 0xa0 | ((unit >> 6) & 0x1f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

async function statusFor(q: string, extra = '') {
  const response = await t.app.inject({
    url: `/api/v1/search?q=${percentEncode(q)}${extra}`,
    headers: viewer,
  });
  if (response.statusCode === 400) {
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.length).toBeGreaterThan(0);
  }
  return response.statusCode;
}

const hostile = [
  '',
  ' ',
  '%',
  '_',
  '\\',
  '%_%',
  "'",
  '"',
  "' OR 1=1 --",
  "'; DROP TABLE people; --",
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '😀',
  '👩‍⚕️ sjuksköterska',
  '()[]{}.*+?^$|',
  '<script>alert(1)</script>',
  '+',
  '+46',
  '-',
  '@',
  '@@@',
  '070-',
  '\u200b\u200b',
  'a'.repeat(200),
  'å'.repeat(200),
];

describe('hostile search input', () => {
  it.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))(
    'answers %s with 200 or 400',
    async (_name, q) => {
      expect([200, 400]).toContain(await statusFor(q));
    },
  );

  it('refuses 10 kB of text with a field error instead of searching it', async () => {
    expect(await statusFor('a'.repeat(10_000))).toBe(400);
  });

  it('never answers 5xx for any string, with or without filters (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.string({ maxLength: 250 }),
          fc.constantFrom(...hostile),
        ),
        fc.constantFrom('', '&type=person', '&former=true', '&municipality=0482', '&limit=1'),
        async (q, extra) => {
          const status = await statusFor(q, extra);
          expect([200, 400]).toContain(status);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
