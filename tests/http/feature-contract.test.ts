/**
 * The feature contract holds: every table has exactly one owner and only its
 * owner's files name it in SQL; no feature imports another's repository;
 * every person-written column exists; every API route belongs to one feature
 * (or to infrastructure); Today's snapshot names are checked; no production
 * file imports a feature's authorization-matrix entries (`<feature>.matrix.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { features } from '../../src/server/app';
import type { TableName } from '../../src/server/features/feature';
import { createTestApp, type TestApp } from '../support/test-app';

const root = new URL('../../', import.meta.url).pathname;
const featuresDir = join(root, 'src/server/features');

/** Tables owned by shared modules and infrastructure, with the one file (or folder) that may name them. */
const sharedOwners: Record<
  string,
  { table: TableName | 'kysely_migration' | 'kysely_migration_lock'; path: string }[]
> = {
  auth: [{ table: 'sessions', path: 'src/server/auth/sessions.ts' }],
  milestones: [{ table: 'milestones', path: 'src/server/tables/milestones.ts' }],
  'rate limiter': [{ table: 'rate_limits', path: 'src/server/lib/rate-limiter.ts' }],
  'job runner': [{ table: 'jobs', path: 'src/server/jobs/queue.ts' }],
  'session secret': [{ table: 'instance_settings', path: 'src/server/session-secret.ts' }],
  migrations: [
    { table: 'kysely_migration', path: 'src/server/db/migrate.ts' },
    { table: 'kysely_migration_lock', path: 'src/server/db/migrate.ts' },
  ],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every file under `dir` that is not a test: `.test.*` and `.matrix.ts` files are. */
function productionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return productionFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) && !/\.(test\.\w+|matrix\.ts)$/.test(name)
      ? [path]
      : [];
  });
}

/** Imports (static, dynamic or re-exports) of a `.matrix` module, e.g. `from './x.matrix'`. */
const MATRIX_IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]*\.matrix(?:\.[cm]?[jt]sx?)?)['"]/g;

function matrixImportsIn(text: string): string[] {
  return [...text.matchAll(MATRIX_IMPORT)].map((m) => m[1] ?? '');
}

const SQL_TABLE =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin)\(\s*'([a-z_]+)/g;

function tablesNamedIn(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SQL_TABLE)].map((m) => m[1] ?? '');
}

describe('the feature contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('gives every table exactly one owner', async () => {
    const { rows } = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
      t.database.handle.db,
    );
    const owners = new Map<string, string[]>();
    const claim = (table: string, owner: string) =>
      owners.set(table, [...(owners.get(table) ?? []), owner]);
    for (const feature of features) for (const table of feature.tables) claim(table, feature.id);
    for (const [owner, tables] of Object.entries(sharedOwners))
      for (const { table } of tables) claim(table, owner);
    const problems = rows
      .map((r) => r.name)
      .filter((table) => owners.get(table)?.length !== 1)
      .map((table) => `${table}: ${owners.get(table)?.join(', ') ?? 'no owner'}`);
    expect(problems).toEqual([]);
    expect([...owners.keys()].sort()).toEqual(rows.map((r) => r.name).sort());
  });

  it('lets only the owner name a table in SQL', () => {
    const problems: string[] = [];
    const featureIds = new Set<string>(features.map((f) => f.id));
    for (const folder of readdirSync(featuresDir)) {
      const dir = join(featuresDir, folder);
      if (!statSync(dir).isDirectory()) continue;
      const owned = new Set<string>(features.find((f) => f.id === folder)?.tables ?? []);
      if (!featureIds.has(folder) && folder !== 'system') problems.push(`${folder}: not a feature`);
      for (const file of sourceFiles(dir))
        for (const table of tablesNamedIn(file))
          if (!owned.has(table)) problems.push(`${relative(root, file)} names ${table}`);
    }
    for (const tables of Object.values(sharedOwners))
      for (const { table, path } of tables)
        for (const file of sourceFiles(join(root, 'src/server')))
          if (
            !file.startsWith(join(root, path)) &&
            !file.startsWith(featuresDir) &&
            tablesNamedIn(file).includes(table)
          )
            problems.push(`${relative(root, file)} names ${table}`);
    expect(problems).toEqual([]);
  });

  it('never lets one feature import another’s repository', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(featuresDir)) {
      const folder = relative(featuresDir, file).split('/')[0];
      for (const m of readFileSync(file, 'utf8').matchAll(
        /from '\.\.\/([a-z-]+)\/[\w.-]+\.repository'/g,
      ))
        if (m[1] !== folder) problems.push(`${relative(root, file)} imports ${m[0]}`);
    }
    expect(problems).toEqual([]);
  });

  it('lists person-written columns that exist', async () => {
    for (const feature of features) {
      for (const field of feature.textFields) {
        const { rows } = await sql<{
          name: string;
        }>`select name from pragma_table_info(${field.table})`.execute(t.database.handle.db);
        const columns = rows.map((r) => r.name);
        expect(columns, `${feature.id}: ${field.table}`).toEqual(
          expect.arrayContaining([field.column, field.owner]),
        );
      }
    }
    const all = features.flatMap((f) => f.textFields.map((x) => `${x.table}.${x.column}`));
    expect(all).toEqual(expect.arrayContaining(['answers.text', 'primer_progress.reflection']));
  });

  it('keeps the authorization-matrix entries out of production code', () => {
    expect(
      matrixImportsIn(
        "import { aMatrix } from '../a/a.matrix';\nexport * from './b.matrix.ts';\nawait import('./c.matrix');",
      ),
    ).toEqual(['../a/a.matrix', './b.matrix.ts', './c.matrix']);
    const files = productionFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) =>
      matrixImportsIn(readFileSync(file, 'utf8')).map(
        (m) => `${relative(root, file)} imports ${m}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has every API route registered by exactly one feature, or by infrastructure', () => {
    const infrastructure = new Set(['GET /api/events', 'GET /api/openapi.json']);
    const api = t.app.routeCatalog.filter((r) => r.url.startsWith('/api/'));
    const orphans = api
      .filter((r) => r.feature === null && !infrastructure.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`);
    expect(orphans).toEqual([]);
    expect(new Set(api.filter((r) => r.feature).map((r) => r.feature))).toEqual(
      new Set(features.map((f) => f.id)),
    );
  });
});
