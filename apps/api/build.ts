import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { writePgliteTemplate } from './src/pglite-template';

/*
 * `npm run build -w @nk/api`: the server as one JavaScript module, `dist/server.js`, with the
 * migrations beside it in `dist/migrations/` and the code they share in `dist/chunks/`. `npm
 * start` runs it with plain Node, which is ready sooner than compiling the TypeScript at every
 * start (tsx) and holds less memory. Our workspace packages and the npm packages are bundled
 * in, but for the few listed below: Node then reads about 200 files from node_modules at start
 * instead of 1,300, over half a second of a warm start. Nothing is minified: a stack trace names
 * the same functions as the sources. Last, the template a new PGlite folder starts from
 * (src/pglite-template.ts).
 */

const root = path.resolve(import.meta.dirname, '../..');
const migrationsFolder = path.join(root, 'migrations');

/**
 * Packages that find their own files beside their code, so they stay imports from node_modules:
 * PGlite (its WebAssembly and extensions), argon2 (a native addon), the API docs (Swagger UI's
 * pages; the spec generator reads its package.json). `pg-native` is an optional driver `pg` asks
 * for only when told to.
 */
const keptInNodeModules = [
  '@electric-sql/pglite',
  'argon2',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'pg-native',
];

const keepInNodeModules: Plugin = {
  name: 'keep-in-node-modules',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      keptInNodeModules.some((name) => args.path === name || args.path.startsWith(`${name}/`))
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

/** Bundled CommonJS packages call `require`, which an ES module has to make for itself. */
const requireForCommonJs =
  "import { createRequire as createRequireForBundle } from 'node:module';\n" +
  'const require = createRequireForBundle(import.meta.url);';

const migrations = Object.fromEntries(
  readdirSync(migrationsFolder)
    .filter((file) => /^\d.*\.ts$/.test(file))
    .map((file) => [`migrations/${file.replace(/\.ts$/, '')}`, path.join(migrationsFolder, file)]),
);

await build({
  entryPoints: { server: path.join(import.meta.dirname, 'src/server.ts'), ...migrations },
  outdir: path.join(import.meta.dirname, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: requireForCommonJs },
  plugins: [keepInNodeModules],
  logLevel: 'warning',
});

await writePgliteTemplate(path.join(import.meta.dirname, 'dist'));
