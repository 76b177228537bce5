/**
 * `rekindle backup <file>` and `rekindle restore <file>` for SQLite.
 *
 * The backup is one gzip-compressed tar archive, flat (no directories):
 *
 *   rekindle-backup.json   the manifest (format, version, when, the app's
 *                          version, the migrations applied, each table's row
 *                          count, and each file's size and SHA-256), first
 *   rekindle.db            a consistent copy of the database (VACUUM INTO: one
 *                          read transaction, so the server keeps running and
 *                          writing while it is taken)
 *   session-secret, …      every other file directly in DATA_DIR, up to
 *                          16 MiB: the generated session secret, push keys,
 *                          an operator's support-resources.yaml
 *
 * The archive holds secrets and everything people wrote: it is written with
 * mode 0600. On PostgreSQL the database's own tools do this job; the commands
 * print them.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Config } from '../server/config';
import { knownMigrations } from '../server/db/migrate';
import { readTar, TarError, type TarFile, writeTar } from '../server/lib/tar';
import { appVersion, readConfig, SQLITE_FILE, sqlitePath } from './context';
import { CliError, EXIT, type ExitCode, type Io, parseArgs, refused } from './io';

export const MANIFEST_FILE = 'rekindle-backup.json';
/** Files in DATA_DIR larger than this are not secrets or settings: they are left out, with a warning. */
const MAX_EXTRA_FILE_BYTES = 16 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** The files SQLite keeps beside a database while it is open or after a crash. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];
/** Names a backup may hold: plain file names, never paths or hidden files. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const manifestSchema = z.object({
  format: z.literal('rekindle-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  app: z.object({ name: z.literal('rekindle'), version: z.string() }),
  database: z.object({
    dialect: z.literal('sqlite'),
    file: z.literal(SQLITE_FILE),
    migrations: z.array(z.string()),
    tables: z.record(z.string(), z.number().int().nonnegative()),
  }),
  /** Where sessions' secret came from when the backup was taken. */
  sessionSecret: z.enum(['in-archive', 'environment', 'none-yet']),
  files: z
    .array(
      z.object({
        name: z.string().regex(FILE_NAME),
        size: z.number().int().nonnegative(),
        mode: z.number().int().min(0).max(0o7777),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .refine((files) => new Set(files.map((f) => f.name)).size === files.length, 'names repeat')
    .refine((files) => files.some((f) => f.name === SQLITE_FILE), 'the database is missing'),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const BACKUP_USAGE = 'rekindle backup <file> [--force]';
const RESTORE_USAGE = 'rekindle restore <file> [--force]';

function sha256OfFile(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

interface SqliteFacts {
  check: string;
  migrations: string[];
  tables: Record<string, number>;
}

/** Reads a database file: its integrity check, applied migrations and every table's row count. */
export function inspectSqlite(file: string): SqliteFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = String(db.pragma('quick_check', { simple: true }));
    const names = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    const tables: Record<string, number> = {};
    for (const name of names) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      tables[name] = Number(db.prepare(`select count(*) from ${quoted}`).pluck().get());
    }
    const migrations = names.includes('kysely_migration')
      ? (db.prepare('select name from kysely_migration order by name').pluck().all() as string[])
      : [];
    return { check, migrations, tables };
  } finally {
    db.close();
  }
}

/**
 * Whether a server (or any other process) has this SQLite file open: it holds
 * a lock an exclusive transaction cannot take. Never waits.
 */
export function sqliteInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return true;
    throw error;
  } finally {
    db.close();
  }
}

/** The other files in DATA_DIR that go into a backup; larger ones are named in a warning. */
function extraFiles(dataDir: string, output: string, io: Io): string[] {
  const skip = new Set([SQLITE_FILE, ...SQLITE_COMPANIONS.map((c) => `${SQLITE_FILE}${c}`)]);
  const names: string[] = [];
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isFile() || skip.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dataDir, entry.name);
    if (path === output) continue;
    if (!FILE_NAME.test(entry.name)) {
      io.err(`Left out ${path}: its name is not a plain file name.`);
      continue;
    }
    if (statSync(path).size > MAX_EXTRA_FILE_BYTES) {
      io.err(`Left out ${path}: larger than 16 MiB, so not a secret or a setting.`);
      continue;
    }
    names.push(entry.name);
  }
  return names.sort();
}

function postgresBackupAdvice(file: string): string {
  return [
    'This server keeps its data in PostgreSQL (DATABASE_URL): back it up with pg_dump,',
    'which takes a consistent snapshot while Rekindle keeps running:',
    '',
    `  pg_dump --format=custom --no-owner --file=${JSON.stringify(file)} "$DATABASE_URL"`,
    '',
    'The dump holds everything needed to restore sessions: the generated session',
    'secret and push keys are kept in the database (instance_settings). A',
    'SESSION_SECRET you set yourself lives in your configuration: keep it with it.',
    'Copy the files in DATA_DIR too (an own support-resources.yaml, say).',
    '',
    'Restore it into an empty database with:',
    '',
    `  pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" ${JSON.stringify(file)}`,
  ].join('\n');
}

function sessionSecretSource(
  config: Config,
  files: readonly string[],
): BackupManifest['sessionSecret'] {
  if (config.sessionSecret) return 'environment';
  return files.includes('session-secret') ? 'in-archive' : 'none-yet';
}

/** `rekindle backup <file> [--force]` */
export async function backupCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { positionals: ['file'], flags: ['--force'] }, BACKUP_USAGE);
  const target = args.positionals[0] ?? '';
  const config = readConfig();
  if (config.databaseUrl) {
    io.out(postgresBackupAdvice(target));
    return EXIT.refused;
  }
  const source = sqlitePath(config);
  if (!existsSync(source)) {
    throw new CliError(`There is no database at ${source}. Check DATA_DIR.`);
  }
  const output = resolve(target);
  if (existsSync(output) && !args.flags.has('--force')) {
    throw refused(`${output} exists already. Choose another name, or add --force to replace it.`);
  }
  mkdirSync(dirname(output), { recursive: true });
  const work = join(dirname(output), `.rekindle-backup-${randomBytes(6).toString('hex')}`);
  mkdirSync(work, { mode: 0o700 });
  try {
    const snapshot = join(work, SQLITE_FILE);
    const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
    try {
      // One read transaction: a consistent copy, while the server goes on writing.
      db.prepare('VACUUM INTO ?').run(snapshot);
    } finally {
      db.close();
    }
    const facts = inspectSqlite(snapshot);
    if (facts.check !== 'ok') {
      throw new CliError(`The copy of the database failed its integrity check: ${facts.check}`);
    }
    const extras = extraFiles(config.dataDir, output, io);
    const files: { name: string; path: string; mode: number }[] = [
      { name: SQLITE_FILE, path: snapshot, mode: 0o600 },
      ...extras.map((name) => {
        const path = join(config.dataDir, name);
        return { name, path, mode: statSync(path).mode & 0o7777 };
      }),
    ];
    const described = await Promise.all(
      files.map(async (file) => ({
        ...file,
        size: statSync(file.path).size,
        sha256: await sha256OfFile(file.path),
      })),
    );
    const manifest: BackupManifest = {
      format: 'rekindle-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      app: { name: 'rekindle', version: appVersion() },
      database: {
        dialect: 'sqlite',
        file: SQLITE_FILE,
        migrations: facts.migrations,
        tables: facts.tables,
      },
      sessionSecret: sessionSecretSource(config, extras),
      files: described.map(({ name, size, mode, sha256 }) => ({ name, size, mode, sha256 })),
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    async function* entries(): AsyncGenerator<TarFile> {
      yield { name: MANIFEST_FILE, size: manifestBytes.length, body: manifestBytes };
      for (const file of described) {
        yield {
          name: file.name,
          size: file.size,
          mode: file.mode,
          body: createReadStream(file.path) as AsyncIterable<Buffer>,
        };
      }
    }
    const partial = join(work, 'archive');
    await pipeline(
      Readable.from(writeTar(entries())),
      createGzip(),
      createWriteStream(partial, { mode: 0o600 }),
    );
    fsyncPath(partial);
    renameSync(partial, output);
    fsyncPath(dirname(output));
    const rows = Object.values(facts.tables).reduce((sum, n) => sum + n, 0);
    io.out(`Backed up ${source} to ${output}`);
    io.out(`  ${SQLITE_FILE}: ${Object.keys(facts.tables).length} tables, ${rows} rows`);
    for (const name of extras) io.out(`  ${name}`);
    if (manifest.sessionSecret === 'environment') {
      io.out('The session secret comes from SESSION_SECRET: keep it with your configuration.');
    }
    return EXIT.ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

async function readAll(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit)
      throw new CliError('The backup’s manifest is too large: this is not a Rekindle backup.');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Unpacks and checks an archive into `staging`; returns its manifest. */
async function unpack(file: string, staging: string): Promise<BackupManifest> {
  const raw = createReadStream(file);
  const bytes: AsyncIterable<Buffer> = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  let manifest: BackupManifest | undefined;
  const seen = new Set<string>();
  try {
    for await (const entry of readTar(bytes)) {
      if (!manifest) {
        if (entry.name !== MANIFEST_FILE) {
          throw new CliError(
            `${file} is not a Rekindle backup (it does not start with ${MANIFEST_FILE}).`,
          );
        }
        const parsed = manifestSchema.safeParse(
          JSON.parse((await readAll(entry.body(), MAX_MANIFEST_BYTES)).toString('utf8')),
        );
        if (!parsed.success) {
          throw new CliError(
            `${file} has a manifest this version cannot read (${parsed.error.issues.map((i) => i.message).join('; ')}).`,
          );
        }
        manifest = parsed.data;
        continue;
      }
      const expected = manifest.files.find((f) => f.name === entry.name);
      if (!expected || seen.has(entry.name)) {
        throw new CliError(`${file} holds "${entry.name}", which its manifest does not list.`);
      }
      seen.add(entry.name);
      const hash = createHash('sha256');
      let size = 0;
      await pipeline(
        entry.body(),
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(join(staging, entry.name), { mode: expected.mode & 0o777 }),
      );
      if (size !== expected.size || hash.digest('hex') !== expected.sha256) {
        throw new CliError(`${entry.name} in ${file} is damaged (its checksum does not match).`);
      }
      fsyncPath(join(staging, entry.name));
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof TarError || error instanceof SyntaxError) {
      throw new CliError(`${file} cannot be read as a Rekindle backup: ${error.message}.`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      throw new CliError(`${file} is damaged: its compression is broken.`);
    }
    throw error;
  }
  if (!manifest) throw new CliError(`${file} is empty: it is not a Rekindle backup.`);
  const missing = manifest.files.filter((f) => !seen.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    throw new CliError(`${file} is incomplete: ${missing.join(', ')} missing.`);
  }
  return manifest;
}

/** `rekindle restore <file> [--force]` */
export async function restoreCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { positionals: ['file'], flags: ['--force'] }, RESTORE_USAGE);
  const file = resolve(args.positionals[0] ?? '');
  const config = readConfig();
  if (config.databaseUrl) {
    io.out(
      [
        'This server keeps its data in PostgreSQL (DATABASE_URL): restore a pg_dump with',
        '',
        `  pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" ${JSON.stringify(file)}`,
        '',
        'into an empty database, then start Rekindle. A backup made by `rekindle backup`',
        'holds a SQLite database: restore it with DATABASE_URL unset.',
      ].join('\n'),
    );
    return EXIT.refused;
  }
  if (!existsSync(file) || !statSync(file).isFile())
    throw new CliError(`There is no file ${file}.`);
  const dataDir = config.dataDir;
  const database = sqlitePath(config);
  const force = args.flags.has('--force');
  if (existsSync(database) && !force) {
    throw refused(
      `${dataDir} already holds a database. Nothing was changed. Add --force to replace it with the backup (back it up first if you may need it).`,
    );
  }
  const inUse = () =>
    refused(
      `A running Rekindle server (or another process) is using ${database}. Nothing was changed. Stop the server, restore, then start it again.`,
    );
  if (sqliteInUse(database)) throw inUse();

  mkdirSync(dataDir, { recursive: true });
  const staging = join(dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  mkdirSync(staging, { mode: 0o700 });
  try {
    const manifest = await unpack(file, staging);
    const facts = inspectSqlite(join(staging, SQLITE_FILE));
    if (facts.check !== 'ok') {
      throw new CliError(`The database in ${file} failed its integrity check: ${facts.check}`);
    }
    const counts = JSON.stringify(facts.tables);
    if (counts !== JSON.stringify(manifest.database.tables)) {
      throw new CliError(`The database in ${file} does not hold what its manifest says.`);
    }
    const known = new Set(knownMigrations);
    const newer = facts.migrations.filter((name) => !known.has(name));
    if (newer.length > 0) {
      throw new CliError(
        `${file} was made by a newer version of Rekindle (${manifest.app.version}; migrations ${newer.join(', ')}). Upgrade this installation, then restore.`,
      );
    }
    const existing = manifest.files.filter(
      (f) => f.name !== SQLITE_FILE && existsSync(join(dataDir, f.name)),
    );
    if (existing.length > 0 && !force) {
      throw refused(
        `${dataDir} already holds ${existing.map((f) => f.name).join(', ')}. Nothing was changed. Add --force to replace them with the backup’s.`,
      );
    }
    // Checked again just before the swap: a server started meanwhile wins.
    if (sqliteInUse(database)) throw inUse();
    // A log left beside the old database must never be replayed into the new one.
    for (const companion of SQLITE_COMPANIONS) rmSync(`${database}${companion}`, { force: true });
    for (const entry of manifest.files)
      renameSync(join(staging, entry.name), join(dataDir, entry.name));
    fsyncPath(dataDir);

    const pending = knownMigrations.filter((name) => !facts.migrations.includes(name));
    const rows = Object.values(facts.tables).reduce((sum, n) => sum + n, 0);
    io.out(
      `Restored ${basename(file)} (taken ${manifest.createdAt} by Rekindle ${manifest.app.version}) into ${dataDir}`,
    );
    io.out(`  ${SQLITE_FILE}: ${Object.keys(facts.tables).length} tables, ${rows} rows`);
    for (const entry of manifest.files) if (entry.name !== SQLITE_FILE) io.out(`  ${entry.name}`);
    if (manifest.sessionSecret === 'environment') {
      io.out('Sessions were keyed by SESSION_SECRET: set the same value here to keep them valid.');
    }
    io.out(
      pending.length > 0
        ? `Start the server: it applies ${pending.length} newer migration(s) first.`
        : 'Start the server to serve it.',
    );
    return EXIT.ok;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
