import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      jwtSecret: null,
      demoPassword: null,
      seedDemo: null,
      logLevel: 'info',
      production: false,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://root@127.0.0.1:5432/nk',
      DATA_DIR: '/tmp/nk',
      JWT_SECRET: 'x'.repeat(32),
      DEMO_PASSWORD: 'hemligt-losen',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RETENTION_MONTHS: '36',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://root@127.0.0.1:5432/nk',
      dataDir: '/tmp/nk',
      jwtSecret: 'x'.repeat(32),
      demoPassword: 'hemligt-losen',
      seedDemo: false,
      logLevel: 'warn',
      retentionMonths: 36,
    });
  });

  it('lists every problem at once', () => {
    const attempt = () =>
      loadConfig({
        NODE_ENV: 'production',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        DEMO_PASSWORD: 'short',
        SEED_DEMO: 'yes',
        LOG_LEVEL: 'loud',
        RETENTION_MONTHS: '0',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const variable of [
        'PORT',
        'DATABASE_URL',
        'JWT_SECRET',
        'DEMO_PASSWORD',
        'SEED_DEMO',
        'LOG_LEVEL',
        'RETENTION_MONTHS',
      ]) {
        expect(problems).toContain(variable);
      }
    }
  });
});
