import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/*
 * `npm run build -w @nk/api`: the server as one JavaScript module, `dist/server.js`, with the
 * migrations beside it in `dist/migrations/`. `npm start` runs it with plain Node, which is
 * ready a second sooner than compiling the TypeScript at every start (tsx) and holds less memory.
 * Our own workspace packages are bundled in; every package from npm stays an import, loaded
 * from node_modules as usual (native argon2, PGlite's WebAssembly files). Nothing is minified:
 * a stack trace names the same functions as the sources.
 */

const root = path.resolve(import.meta.dirname, '../..');
const migrationsFolder = path.join(root, 'migrations');

const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@nk/') ? undefined : { path: args.path, external: true },
    );
  },
};

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
  plugins: [npmPackagesExternal],
  logLevel: 'warning',
});
