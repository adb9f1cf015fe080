import type pg from 'pg';

type Query = (...args: unknown[]) => Promise<pg.QueryResult>;

/**
 * What becomes of a statement asked for while a transaction's `begin` may be held back: `held`
 * (the `begin` itself), `dropped` (a commit or rollback of a transaction that never ran a
 * statement: nothing to send), `after begin` (the transaction's first statement, which takes the
 * held `begin` with it) or `alone`.
 */
export type BeginStep = 'held' | 'dropped' | 'after begin' | 'alone';

/**
 * Holds Kysely's `begin` for the transaction's first statement, for a connection that runs one
 * transaction at a time. Only the plain `begin` is held: `start transaction` with an isolation
 * level goes out as asked.
 */
export function beginHolder(): (text: unknown) => BeginStep {
  let waiting = false;
  return (text) => {
    if (text === 'begin') {
      waiting = true;
      return 'held';
    }
    if (!waiting) return 'alone';
    waiting = false;
    return text === 'commit' || text === 'rollback' ? 'dropped' : 'after begin';
  };
}

const answered = (command: string): pg.QueryResult => ({
  command,
  rowCount: null,
  oid: 0,
  fields: [],
  rows: [],
});

/**
 * A transaction's `begin` goes out with its first statement instead of a round trip ahead of it,
 * as pgjdbc and Npgsql send it: on a client in pg's pipeline mode the statement follows `begin`
 * on the wire without waiting for its answer, and the transaction takes one round trip fewer
 * (without pipelining it is still right, only not sooner). On two cores shared by the API,
 * PostgreSQL and the load, each round trip is a hand-over of the CPU; an edit took five (figures
 * in the README, "Several instances"). A failed `begin` fails the statement sent with it. A
 * transaction that ends before its first statement sends nothing.
 */
export function beginWithFirstStatement(client: pg.ClientBase): void {
  const query = client.query.bind(client) as Query;
  const stepOf = beginHolder();
  client.query = ((...args: unknown[]) => {
    const [text] = args;
    const step = stepOf(text);
    if (step === 'alone') return query(...args);
    if (step !== 'after begin') return Promise.resolve(answered(String(text).toUpperCase()));
    const begun = query('begin');
    const answer = query(...args);
    return Promise.all([begun, answer]).then(([, result]) => result);
  }) as typeof client.query;
}
