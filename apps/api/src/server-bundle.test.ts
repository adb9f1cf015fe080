import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run build` writes it; `npm test` builds first. */
const dist = path.resolve(import.meta.dirname, '../dist');

const bundledFiles = () => [
  path.join(dist, 'server.js'),
  ...readdirSync(path.join(dist, 'chunks')).map((file) => path.join(dist, 'chunks', file)),
];

/**
 * Every module the bundle asks Node for: its import statements (esbuild writes each at the start
 * of a line), `import()`, and `require` in bundled CommonJS.
 */
function specifiersIn(code: string): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /^(?:import|export|\})[^\n;]*?\bfrom "([^"]+)";$/gm,
    /^import "([^"]+)";$/gm,
    /\bimport\(\s*"([^"]+)"\s*\)/g,
    /__require\("([^"]+)"\)/g,
  ];
  for (const pattern of patterns)
    for (const [, specifier] of code.matchAll(pattern)) if (specifier) found.add(specifier);
  return found;
}

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the server bundle (apps/api/build.ts)', () => {
  it('is built', () => {
    expect(existsSync(path.join(dist, 'server.js')), 'run `npm run build` first').toBe(true);
  });

  it('holds the npm packages, except those that read their own files beside their code', () => {
    const fromNodeModules = new Set<string>();
    for (const file of bundledFiles()) {
      for (const specifier of specifiersIn(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.') || isBuiltin(specifier)) continue;
        fromNodeModules.add(packageOf(specifier));
      }
    }
    expect([...fromNodeModules].sort()).toEqual([
      '@electric-sql/pglite',
      '@fastify/swagger',
      '@fastify/swagger-ui',
      'argon2',
      // `pg`'s optional native driver, asked for only when configured; not installed.
      'pg-native',
    ]);
  });
});
