import net from 'node:net';
import { type Database, openDatabase } from '@nk/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * A proxy in front of PostgreSQL that counts the client's turns: each time the client speaks
 * after the server has (or first), it has waited for an answer, a round trip.
 */
async function turnCountingProxy(target: URL) {
  let turns = 0;
  let lastToSpeak: 'client' | 'server' | undefined;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('data', (chunk) => {
      if (lastToSpeak !== 'client') turns += 1;
      lastToSpeak = 'client';
      server.write(chunk);
    });
    server.on('data', (chunk) => {
      lastToSpeak = 'server';
      client.write(chunk);
    });
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((proxy.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    /** Turns since the last call. */
    turns: () => {
      const counted = turns;
      turns = 0;
      lastToSpeak = undefined;
      return counted;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

let proxy: Awaited<ReturnType<typeof turnCountingProxy>>;
let database: Database;

beforeAll(async () => {
  proxy = await turnCountingProxy(new URL(process.env.TEST_DATABASE_URL as string));
  database = await openDatabase({ kind: 'postgres', url: proxy.url, poolSize: 1 });
});
afterAll(async () => {
  await database?.close();
  await proxy?.close();
});

beforeEach(async () => {
  // The pool's one connection is open, and the count starts here.
  await sql`SELECT 1`.execute(database.db);
  proxy.turns();
});

describe("a transaction's begin", () => {
  it('goes out with the first statement: a statement and its commit take two round trips', async () => {
    const answer = await database.db
      .transaction()
      .execute(async (trx) => (await sql<{ one: number }>`SELECT 1 AS one`.execute(trx)).rows);

    expect(answer).toEqual([{ one: 1 }]);
    expect(proxy.turns()).toBe(2);
  });

  it('is in force for the first statement, which runs inside the transaction', async () => {
    const timeout = await database.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL statement_timeout = '1234ms'`.execute(trx);
      const { rows } = await sql<{ statement_timeout: string }>`SHOW statement_timeout`.execute(
        trx,
      );
      return rows[0]?.statement_timeout;
    });

    expect(timeout).toBe('1234ms');
    const { rows } = await sql<{ statement_timeout: string }>`SHOW statement_timeout`.execute(
      database.db,
    );
    expect(rows[0]?.statement_timeout).not.toBe('1234ms');
  });

  it('is never sent for a transaction that ends before its first statement', async () => {
    await database.db.transaction().execute(async () => {});
    await expect(
      database.db.transaction().execute(async () => {
        throw new Error('changed our mind');
      }),
    ).rejects.toThrow('changed our mind');

    expect(proxy.turns()).toBe(0);
  });

  it('is rolled back with what came after it when the first statement fails', async () => {
    await sql`CREATE TEMP TABLE IF NOT EXISTS kept (n int)`.execute(database.db);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO kept VALUES (1 / 0)`.execute(trx);
      }),
    ).rejects.toThrow(/division by zero/);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO kept VALUES (1)`.execute(trx);
        await sql`SELECT 1 / 0`.execute(trx);
      }),
    ).rejects.toThrow(/division by zero/);

    // The one connection is out of the failed transactions and has kept nothing of them.
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM kept`.execute(
      database.db,
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
