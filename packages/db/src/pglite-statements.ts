import {
  type ParserOptions,
  type PGlite,
  parse,
  protocol,
  type Results,
} from '@electric-sql/pglite';
import { prepareValue } from 'pg/lib/utils.js';
import { beginHolder } from './begin-with-first-statement';
import type { StatementNames } from './prepared-statements';

const { serialize } = protocol;

function joined(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

type Message = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];
type Parsers = Parameters<typeof parse.parseResults>[1];

/** `BEGIN`, to go ahead of a transaction's first statement in the same exchange. */
const beginning = [serialize.parse({ text: 'BEGIN' }), serialize.bind({}), serialize.execute({})];
const nothing = (): Results => ({ rows: [], fields: [], affectedRows: 0 });

/**
 * The parsers of the result's own column types. `parse.parseResults` copies the table it is given
 * at every call, and PGlite's own holds every type the database knows (316 here, most of them
 * arrays): copying it took 61 µs, more than a named statement takes to run. An exchange runs one
 * statement, so its first row description is its only one; the data rows after it are not
 * looked through.
 */
function parsersOf(messages: Message[], all: ParserOptions): Parsers {
  const parsers: Parsers = {};
  const description = messages.find(
    (message) => message instanceof protocol.messages.RowDescriptionMessage,
  );
  for (const { dataTypeID } of description?.fields ?? []) {
    const parser = all[dataTypeID];
    if (parser) parsers[dataTypeID] = parser;
  }
  return parsers;
}

/** What `kysely-pglite-dialect` asks of PGlite, and how many statements it was asked. */
export interface PgliteClient {
  query(text: string, params?: unknown[]): Promise<Results>;
  close(): Promise<void>;
  /** Statements asked for so far; they run one at a time, in the order asked. */
  statementsAsked(): number;
}

/**
 * PGlite behind the query the Kysely dialect calls, answering each statement in one exchange
 * with the WebAssembly backend, and statements that come back as named statements.
 *
 * `PGlite.query` makes six exchanges a statement (parse, describe, bind, describe, execute,
 * sync) and parses and plans it every time; a five-table lookup took 1.45 ms that way, 0.95 ms
 * in one exchange and 0.11 ms as a named statement. Values are turned into text by `pg`'s own
 * rules, so PGlite and PostgreSQL receive the same parameters. A transaction's `begin` goes in
 * the exchange of its first statement, held as on PostgreSQL (`beginHolder`); a transaction
 * that ends before its first statement sends nothing.
 */
export function pgliteClient(pglite: PGlite, names: StatementNames): PgliteClient {
  const parsed = new Set<string>();

  async function prepare(name: string, text: string) {
    await pglite.execProtocol(joined([serialize.parse({ name, text }), serialize.sync()]));
    parsed.add(name);
  }

  async function run(
    text: string,
    values: (string | Buffer | null)[],
    name: string | undefined,
    begin: boolean,
  ) {
    if (name && !parsed.has(name)) await prepare(name, text);
    const { messages } = await pglite.execProtocol(
      joined([
        ...(begin ? beginning : []),
        ...(name ? [] : [serialize.parse({ text })]),
        serialize.bind({ statement: name ?? '', values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
    );
    return parse.parseResults(messages, parsersOf(messages, pglite.parsers)).at(-1) as Results;
  }

  let asked = 0;
  // Kysely holds the one connection for a whole transaction, so nothing runs between a `begin`
  // and the statement it waits for.
  const stepOf = beginHolder();
  const query = (text: string, params: unknown[] = []): Promise<Results> => {
    asked += 1;
    const step = stepOf(text);
    if (step === 'held' || step === 'dropped') return Promise.resolve(nothing());
    return pglite.runExclusive(() => {
      const values = params.map(prepareValue);
      return names.run(text, (name) => run(text, values, name, step === 'after begin'));
    });
  };

  return { query, close: () => pglite.close(), statementsAsked: () => asked };
}
