/**
 * The admin command, `rekindle <command>` (or `npm run admin -- <command>`):
 * reads the same environment as the server, prints results on stdout and
 * problems on stderr, and ends with an exit code from io.ts.
 */

import { CliError, EXIT, type ExitCode, type Io, parseArgs, usageError } from './io';

export const USAGE = `Usage: rekindle <command>   (from a checkout: npm run admin -- <command>)

Commands:
  migrate                        bring the database to this version's schema
  backup <file> [--force]        write a backup archive (SQLite; prints the pg_dump command on PostgreSQL)
  restore <file> [--force]       restore a backup archive into DATA_DIR (the server must be stopped)
  users list [--json]            list the accounts
  users reset-password <email>   print a one-time link to choose a new password (for servers without email)
  users delete <email> --force   erase an account and everything its person wrote
  export-user <email> [<file>] [--html] [--force]
                                 everything a person wrote, as their own download gives it (JSON or --html)
  doctor                         check the configuration, database, disk, mail and push services
  help                           show this

Settings come from the environment, as for the server (DATA_DIR, DATABASE_URL, …).
Exit codes: 0 done, 1 failed, 2 wrong command line, 3 refused (nothing changed).`;

type Command = (argv: readonly string[], io: Io) => Promise<ExitCode>;

async function migrateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  parseArgs(argv, { positionals: [] }, 'rekindle migrate');
  const { readConfig, withDatabase } = await import('./context');
  const { migrateToLatest } = await import('../server/db/migrate');
  const config = readConfig();
  const message = await withDatabase(
    config,
    async (database) => {
      const applied = await migrateToLatest(database.db);
      return applied.length > 0
        ? `Applied: ${applied.join(', ')}`
        : `The ${database.dialect} database is up to date.`;
    },
    { create: true },
  );
  io.out(message);
  return EXIT.ok;
}

/** Each command's code is loaded only when it runs: help and usage errors answer at once. */
const commands: Record<string, () => Promise<Command>> = {
  migrate: async () => migrateCommand,
  backup: async () => (await import('./backup')).backupCommand,
  restore: async () => (await import('./backup')).restoreCommand,
  users: async () => (await import('./users')).usersCommand,
  doctor: async () => (await import('./doctor')).doctorCommand,
  'export-user': async () => (await import('./export-user')).exportUserCommand,
};

/** Runs one admin command line; never throws, always answers with an exit code. */
export async function runAdmin(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    const load = name === undefined ? undefined : commands[name];
    if (!load) {
      throw usageError(name === undefined ? USAGE : `Unknown command "${name}".\n\n${USAGE}`);
    }
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.code;
    }
    io.err(`Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.failure;
  }
}
