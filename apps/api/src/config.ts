import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const logLevels: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

/** Everything the process reads from its environment, checked once at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL connection string; null → embedded PGlite in `dataDir`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** Null → generated once and kept in `dataDir` (refused in production). */
  readonly jwtSecret: string | null;
  /** Null → generated and printed when the demo network is seeded. */
  readonly demoPassword: string | null;
  /** Null → seed when the database is empty. */
  readonly seedDemo: boolean | null;
  readonly logLevel: LogLevel;
  /** People are anonymised this many months after their last assignment ended (GDPR). */
  readonly retentionMonths: number;
  readonly production: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws a ConfigError that lists every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';

  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${env.PORT}")`);
  }

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const jwtSecret = env.JWT_SECRET || null;
  if (jwtSecret !== null && jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  if (production && jwtSecret === null) {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
  }

  const demoPassword = env.DEMO_PASSWORD || null;
  if (demoPassword !== null && (demoPassword.length < 8 || demoPassword.length > 128)) {
    problems.push('DEMO_PASSWORD must be 8 to 128 characters long');
  }

  let seedDemo: boolean | null = null;
  if (env.SEED_DEMO !== undefined && env.SEED_DEMO !== '') {
    if (env.SEED_DEMO === 'true') seedDemo = true;
    else if (env.SEED_DEMO === 'false') seedDemo = false;
    else problems.push(`SEED_DEMO must be "true" or "false" (got "${env.SEED_DEMO}")`);
  }

  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!logLevels.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')} (got "${env.LOG_LEVEL}")`);
  }

  const retentionMonths = Number(env.RETENTION_MONTHS?.trim() || '24');
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1 || retentionMonths > 1200) {
    problems.push(
      `RETENTION_MONTHS must be a whole number from 1 to 1200 (got "${env.RETENTION_MONTHS}")`,
    );
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    jwtSecret,
    demoPassword,
    seedDemo,
    logLevel,
    retentionMonths,
    production,
  });
}
