import { defineConfig } from 'vitest/config';

const apiSuites = ['tests/api/**/*.test.ts'];
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * Unit tests; API suites on PGlite and (with TEST_DATABASE_URL) again on PostgreSQL, each test
 * file on its own database cloned from a migrated, seeded template; browser journeys in Chromium.
 * Every project `extends` the options here (timeouts, workers); inline projects otherwise do not.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true as const,
        test: { name: 'unit', include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts'] },
      },
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: apiSuites,
          globalSetup: ['tests/setup/database-template.ts', 'tests/setup/route-coverage.ts'],
          env: { TEST_DB: 'pglite' },
        },
      },
      ...(onPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                // tests/postgres: what only the `pg` pool does (named statements).
                include: [...apiSuites, 'tests/postgres/**/*.test.ts'],
                globalSetup: ['tests/setup/database-template.ts', 'tests/setup/route-coverage.ts'],
                env: { TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/database-template.ts'],
          env: { TEST_DB: 'pglite' },
          // A hang guard, not a speed check: journeys with several axe passes took up to 60 s
          // while the API suites shared the two cores.
          testTimeout: 180_000,
          // A page waited for with expect.poll may take seconds to load while the API suites
          // share the machine's two cores; Vitest's default is one second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
