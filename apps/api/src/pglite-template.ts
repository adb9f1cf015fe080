import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openDatabase } from '@nk/db';

/**
 * A new PGlite data folder starts as a copy of an empty, migrated database that `npm run build`
 * writes beside the server bundle. PGlite's initdb is most of a first start otherwise (1.9 of
 * 2.6 s here); unpacking the copy takes about 0.4 s, and the migrations it already holds are
 * not run again. The build makes it with the PGlite it bundles for, so it is never in the repo.
 */
const templateName = 'pglite-template.tar.gz';

/**
 * Beside the bundle only: run from the sources (tsx, Vitest), this resolves into `src/`, where
 * no template is, and a new folder gets initdb as before.
 */
const templateFile = fileURLToPath(new URL(`./${templateName}`, import.meta.url));

/** Writes the template into `folder` (the build's `dist/`). */
export async function writePgliteTemplate(folder: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await migrateToLatest(database.db);
    const dump = await database.dumpDataDir?.();
    if (!dump) throw new Error('PGlite gave no dump of its data folder');
    writeFileSync(path.join(folder, templateName), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}

/** The template to start `dataDir` from when it holds no database yet and a template is there. */
export function pgliteTemplateFor(dataDir: string): Blob | undefined {
  if (existsSync(path.join(dataDir, 'PG_VERSION')) || !existsSync(templateFile)) return undefined;
  return new Blob([readFileSync(templateFile)]);
}
