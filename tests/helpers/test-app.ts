import { randomBytes } from 'node:crypto';
import type { Database } from '@nk/db';
import { inject } from 'vitest';
import { type App, buildApp } from '../../apps/api/src/app';
import { recordRouteAnswers } from './route-coverage';
import { createTestDatabase } from './test-database';

export const demoUsers = {
  admin: 'admin@demo.example',
  editor: 'redaktor@demo.example',
  viewer: 'lasare@demo.example',
} as const;

export type DemoUser = keyof typeof demoUsers;
export type DemoHeaders = Record<DemoUser, Record<string, string>>;

/** Bearer headers of each demo user, signed in through the API. */
export async function demoHeaders(t: TestApp): Promise<DemoHeaders> {
  return {
    admin: bearer(await t.signIn(demoUsers.admin)),
    editor: bearer(await t.signIn(demoUsers.editor)),
    viewer: bearer(await t.signIn(demoUsers.viewer)),
  };
}

export interface TestApp {
  app: App;
  database: Database;
  jwtSecret: string;
  demoPassword: string;
  /** Signs in through the API and returns the bearer token. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The production app (same plugins, same validation) on this test file's own database. */
export async function createTestApp(options: { loginRateLimit?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const jwtSecret = randomBytes(32).toString('hex');
  const app = await buildApp({
    database,
    jwtSecret,
    loginRateLimit: options.loginRateLimit ?? 1000,
    // A web app built elsewhere, so parallel work need not share apps/web/dist.
    ...(process.env.TEST_WEB_ROOT ? { webRoot: process.env.TEST_WEB_ROOT } : {}),
  });
  recordRouteAnswers(app);
  await app.ready();
  const demoPassword = inject('demoPassword');
  return {
    app,
    database,
    jwtSecret,
    demoPassword,
    async signIn(email, password = demoPassword) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
      });
      if (response.statusCode !== 200) {
        throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
      }
      return response.json<{ token: string }>().token;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
