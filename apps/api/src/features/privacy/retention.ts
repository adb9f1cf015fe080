import type { DB } from '@nk/db';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../../lib/app-error';
import { todayInSweden } from '../../lib/dates';
import { erasePerson } from './erase';
import { expiredPeople, monthsBefore } from './repository';

/** Months after the last assignment ended before a person is anonymised (DESIGN §3.7). */
export const defaultRetentionMonths = 24;

export interface RetentionOptions {
  months: number;
  /** `YYYY-MM-DD`; default today in Sweden. */
  today?: string;
}

export interface RetentionResult {
  /** Assignments that ended before this day have expired. */
  cutoff: string;
  erased: string[];
}

/**
 * The retention rule: people whose every assignment ended more than `months` months before
 * `today` (so they hold nothing now and nothing later) are erased as an administrator would erase
 * them, each in a transaction of its own, with `person.erased` events whose actor is the system.
 * People who never held a post are not touched: the rule counts from the last assignment.
 */
export async function anonymiseExpired(
  db: Kysely<DB>,
  options: RetentionOptions,
): Promise<RetentionResult> {
  if (!Number.isInteger(options.months) || options.months < 1) {
    throw new RangeError('The retention period must be a whole number of months, at least 1.');
  }
  const today = options.today ?? todayInSweden();
  const cutoff = await monthsBefore(db, today, options.months);
  const erased: string[] = [];
  for (const id of await expiredPeople(db, cutoff)) {
    try {
      await erasePerson(db, id, {
        actor: { actorId: null, requestId: `retention-${today}` },
        reason: 'retention',
      });
      erased.push(id);
    } catch (error) {
      // Another instance (or an administrator) erased them meanwhile: nothing left to do.
      if (error instanceof AppError && error.code === 'CONFLICT') continue;
      throw error;
    }
  }
  return { cutoff, erased };
}

const day = 24 * 60 * 60 * 1000;

/**
 * Runs the retention rule once shortly after start and then every 24 hours, on timers that never
 * keep the process alive and stop when the app closes. Several instances may run it: erasure
 * locks the person and answers "already erased" to the second one, which is skipped.
 * Call it before `listen` (it adds an `onClose` hook), e.g. in `server.ts` after `buildApp`.
 */
export function scheduleRetention(
  app: FastifyInstance,
  options: { months: number; firstRunAfterMs?: number },
): void {
  const run = async () => {
    try {
      const result = await anonymiseExpired(app.db, { months: options.months });
      if (result.erased.length > 0) {
        app.log.info(
          { erased: result.erased.length, cutoff: result.cutoff },
          'retention: people anonymised',
        );
      }
    } catch (error) {
      app.log.error({ err: error }, 'retention run failed');
    }
  };
  const first = setTimeout(run, options.firstRunAfterMs ?? 60_000);
  first.unref();
  const daily = setInterval(run, day);
  daily.unref();
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(daily);
  });
}
