import {
  AliasNode,
  type KyselyPlugin,
  type OperationNode,
  RawNode,
  type RootOperationNode,
  SelectQueryNode,
  TableNode,
} from 'kysely';
import { expect } from 'vitest';
import { type App, buildApp } from '../../apps/api/src/app';
import type { TestApp } from './test-app';

/**
 * A second app on the test database that counts the statements each request sends: what keeps
 * an answer's cost from growing with the directory, or creeping back after it was cut.
 */
export interface StatementCounter {
  app: App;
  /** Statements `url` took, answered 200 for `headers`; a GET unless `request` says otherwise. */
  count(
    url: string,
    headers: Record<string, string>,
    request?: { method: 'PATCH' | 'POST' | 'PUT' | 'DELETE'; payload?: object },
  ): Promise<number>;
  /**
   * The tables the last counted request selected from: the `from` of each statement built with
   * Kysely, what those written as SQL read FROM or JOIN.
   */
  tablesRead(): string[];
  close(): Promise<void>;
}

/** The text of a statement written as SQL (`sql\`…\``), with the SQL it embeds. */
function textOf(node: RawNode): string {
  const embedded = node.parameters.map((part) => (RawNode.is(part) ? textOf(part) : '?'));
  return node.sqlFragments.map((fragment, i) => fragment + (embedded[i] ?? '')).join('');
}

/** The tables (and common table expressions) a statement's text reads FROM or JOINs. */
const namedIn = (text: string) =>
  [...text.matchAll(/\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)\b(?!\s*\()/gi)].map(
    (match) => match[1] as string,
  );

export async function countStatements(t: TestApp): Promise<StatementCounter> {
  let statements = 0;
  // The signed-in user's row is read again once the copy kept for a request burst is two
  // seconds old, which a loaded machine may reach between two requests: not counted.
  const userReads = new Set<string>();
  const readsUsers = (node: RootOperationNode) =>
    SelectQueryNode.is(node) &&
    (node.from?.froms ?? []).some(
      (from) => TableNode.is(from) && from.table.identifier.name === 'users',
    );
  let tables: string[] = [];
  const tableOf = (from: OperationNode) => {
    const table = AliasNode.is(from) ? from.node : from;
    return TableNode.is(table) ? [table.table.identifier.name] : [];
  };
  const tablesOf = (node: RootOperationNode) => {
    if (SelectQueryNode.is(node)) return (node.from?.froms ?? []).flatMap(tableOf);
    return RawNode.is(node) ? namedIn(textOf(node)) : [];
  };
  // A statement built once (`builtOnce`) is built away from this handle: it is counted with each
  // result, but what it reads is not noted.
  const tablesByQuery = new Map<string, string[]>();
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      if (readsUsers(args.node)) userReads.add(args.queryId.queryId);
      else tablesByQuery.set(args.queryId.queryId, tablesOf(args.node));
      return args.node;
    },
    transformResult: async (args) => {
      tables.push(...(tablesByQuery.get(args.queryId.queryId) ?? []));
      if (!userReads.has(args.queryId.queryId)) statements += 1;
      return args.result;
    },
  };
  const app = await buildApp({
    database: { ...t.database, db: t.database.db.withPlugin(counter) },
    jwtSecret: t.jwtSecret,
  });
  return {
    app,
    async count(url, headers, request) {
      statements = 0;
      tables = [];
      const response = await app.inject({ url, headers, ...request });
      expect(response.statusCode, response.body).toBe(200);
      return statements;
    },
    tablesRead: () => [...tables],
    close: () => app.close(),
  };
}
