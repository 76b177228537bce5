/** `rekindle users list | delete <email>`: the operator's view of accounts. */
import { loadCatalog } from '../content/load';
import type { Config } from '../server/config';
import type { DatabaseHandle, Db } from '../server/db/database';
import { issueResetLink } from '../server/features/accounts/accounts.reset';
import { eraseAccount } from '../server/features/accounts/accounts.service';
import { productionPasswordHasher } from '../server/features/accounts/passwords';
import { defaultRateLimits, type ServiceDeps } from '../server/features/deps';
import { createJobRunner } from '../server/jobs/runner';
import type { AuthContext } from '../server/lib/auth-context';
import { systemClock } from '../server/lib/clock';
import { createRateLimiter } from '../server/lib/rate-limiter';
import { newSessionToken } from '../server/lib/tokens';
import { createSmtpMailer } from '../server/mail/mailer';
import {
  createLocalEventBus,
  createPostgresEventBus,
  type EventBus,
} from '../server/plugins/events';
import { resolveSessionSecret } from '../server/session-secret';
import { emailSchema } from '../shared/api';
import { RESET_LINK_MINUTES } from '../shared/notifications-api';
import { readConfig, requireMigrated, withDatabase } from './context';
import { CliError, EXIT, type ExitCode, type Io, parseArgs, refused, usageError } from './io';

export const USERS_USAGE =
  'rekindle users list [--json] | users reset-password <email> | users delete <email> --force';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
  linked: boolean;
}

async function listUsers(db: Db): Promise<UserRow[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'created_at', 'couple_id'])
    .orderBy('created_at')
    .orderBy('email')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    createdAt: row.created_at,
    linked: row.couple_id !== null,
  }));
}

/** The email as accounts keep it (trimmed, lower case), or a usage error. */
export function accountEmail(input: string, usage: string): string {
  const parsed = emailSchema.safeParse(input);
  if (!parsed.success) throw usageError(`"${input}" is not an email address.\nUsage: ${usage}`);
  return parsed.data;
}

/**
 * The person behind an email as the services see a caller: who they are and
 * their couple. The operator acts without a session of theirs (`sessionId` is
 * empty) and with the routing the person kept in their account, if any.
 */
export async function contextOfEmail(db: Db, email: string): Promise<AuthContext | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('couples as c', 'c.id', 'u.couple_id')
    .leftJoin('users as p', (join) =>
      join.onRef('p.couple_id', '=', 'u.couple_id').onRef('p.id', '!=', 'u.id'),
    )
    .leftJoin('screen_flags as sf', 'sf.user_id', 'u.id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.time_zone',
      'u.created_at',
      'u.couple_id',
      'c.time_zone as couple_time_zone',
      'c.created_at as couple_created_at',
      'p.id as partner_id',
      'p.display_name as partner_name',
      'sf.route as account_route',
    ])
    .where('u.email', '=', email)
    .executeTakeFirst();
  if (!row) return undefined;
  const route =
    row.account_route === 'individual' || row.account_route === 'crisis'
      ? row.account_route
      : 'together';
  return {
    sessionId: '',
    route,
    routeKept: row.account_route ? 'account' : 'nowhere',
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      timeZone: row.time_zone,
      createdAt: row.created_at,
    },
    couple:
      row.couple_id && row.couple_time_zone && row.couple_created_at && row.partner_id
        ? {
            id: row.couple_id,
            timeZone: row.couple_time_zone,
            since: row.couple_created_at,
            partnerId: row.partner_id,
            partnerName: row.partner_name ?? '',
          }
        : null,
  };
}

/**
 * Runs `work` with what the services need, built as the server builds it. On
 * PostgreSQL the event bus reaches every running instance, so open live
 * streams end at once. Jobs the services add wait in the database for a
 * running server's worker (this runner is never started).
 */
export async function withServiceDeps<T>(
  config: Config,
  database: DatabaseHandle,
  io: Io,
  work: (deps: ServiceDeps) => Promise<T>,
): Promise<T> {
  const secret = await resolveSessionSecret(config, database);
  const bus: EventBus = database.postgres
    ? await createPostgresEventBus(database.postgres.connectionString)
    : createLocalEventBus();
  const mailer = config.mail ? createSmtpMailer(config.mail) : null;
  const jobs = createJobRunner({
    db: database.db,
    dialect: database.dialect,
    clock: systemClock,
    log: {
      warn: (_details, message) => io.err(message),
      error: (_details, message) => io.err(message),
    },
  });
  try {
    return await work({
      db: database.db,
      dialect: database.dialect,
      clock: systemClock,
      secret,
      sessionTtlMs: config.sessionTtlMs,
      publicUrl: config.publicUrl,
      catalog: loadCatalog(),
      bus,
      limiter: createRateLimiter(database.db, systemClock, secret),
      limits: defaultRateLimits,
      passwordHasher: productionPasswordHasher,
      jobs,
      mailer,
    });
  } finally {
    mailer?.close();
    await bus.close();
  }
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

async function list(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, { positionals: [], flags: ['--json'] }, USERS_USAGE);
  const config = readConfig();
  const users = await withDatabase(config, async (database) => {
    await requireMigrated(database);
    return listUsers(database.db);
  });
  if (args.flags.has('--json')) {
    io.out(JSON.stringify(users, null, 2));
    return EXIT.ok;
  }
  if (users.length === 0) {
    io.out('No accounts yet.');
    return EXIT.ok;
  }
  const rows = [
    ['EMAIL', 'NAME', 'JOINED', 'COUPLE'],
    ...users.map((u) => [u.email, u.displayName, day(u.createdAt), u.linked ? 'linked' : 'alone']),
  ];
  for (const line of table(rows)) io.out(line);
  io.out(`${users.length} account${users.length === 1 ? '' : 's'}`);
  return EXIT.ok;
}

async function remove(argv: readonly string[], io: Io): Promise<ExitCode> {
  const usage = 'rekindle users delete <email> --force';
  const args = parseArgs(argv, { positionals: ['email'], flags: ['--force'] }, usage);
  const email = accountEmail(args.positionals[0] ?? '', usage);
  const config = readConfig();
  return withDatabase(config, async (database) => {
    await requireMigrated(database);
    const auth = await contextOfEmail(database.db, email);
    if (!auth) throw new CliError(`No account has the email ${email}.`);
    if (!args.flags.has('--force')) {
      throw refused(
        `This erases ${email} and everything they wrote, for good${auth.couple ? ', and unlinks them from their partner' : ''}. Nothing was changed: add --force to do it.`,
      );
    }
    await withServiceDeps(config, database, io, (deps) => eraseAccount(deps, auth));
    io.out(
      `Deleted the account ${email}${auth.couple ? ' (their partner was unlinked and will find a note)' : ''}: everything they wrote is erased, and their sessions are ended.`,
    );
    return EXIT.ok;
  });
}

/**
 * A one-time link to choose a new password, for a server that sends no email:
 * the operator hands it over. The link alone is printed on stdout.
 */
async function resetPasswordLink(argv: readonly string[], io: Io): Promise<ExitCode> {
  const usage = 'rekindle users reset-password <email>';
  const args = parseArgs(argv, { positionals: ['email'] }, usage);
  const email = accountEmail(args.positionals[0] ?? '', usage);
  const config = readConfig();
  return withDatabase(config, async (database) => {
    await requireMigrated(database);
    const auth = await contextOfEmail(database.db, email);
    if (!auth) throw new CliError(`No account has the email ${email}.`);
    const link = await withServiceDeps(config, database, io, (deps) =>
      issueResetLink(deps, auth.user.id, newSessionToken()),
    );
    io.out(link);
    io.err(
      `Give this link to the person with ${email} yourself, privately. It works once, for ${RESET_LINK_MINUTES} minutes; choosing a new password with it logs them out everywhere else.`,
    );
    if (!process.env.PUBLIC_URL) {
      io.err(
        `PUBLIC_URL is not set, so the link starts with ${config.publicUrl}: set it to the address people use.`,
      );
    }
    return EXIT.ok;
  });
}

/** `rekindle users <list|reset-password|delete> …` */
export async function usersCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return list(rest, io);
  if (sub === 'reset-password') return resetPasswordLink(rest, io);
  if (sub === 'delete') return remove(rest, io);
  throw usageError(
    `${sub ? `Unknown users command "${sub}".` : 'Which users command?'}\nUsage: ${USERS_USAGE}`,
  );
}
