import type pg from 'pg';

type Query = (...args: unknown[]) => Promise<pg.QueryResult>;

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
 *
 * Only Kysely's plain `begin` waits: `start transaction` with an isolation level goes out as sent.
 */
export function beginWithFirstStatement(client: pg.ClientBase): void {
  const query = client.query.bind(client) as Query;
  let beginWaiting = false;
  client.query = ((...args: unknown[]) => {
    const [text] = args;
    if (text === 'begin') {
      beginWaiting = true;
      return Promise.resolve(answered('BEGIN'));
    }
    if (!beginWaiting) return query(...args);
    beginWaiting = false;
    if (text === 'commit' || text === 'rollback') {
      return Promise.resolve(answered(text.toUpperCase()));
    }
    const begun = query('begin');
    const answer = query(...args);
    return Promise.all([begun, answer]).then(([, result]) => result);
  }) as typeof client.query;
}
