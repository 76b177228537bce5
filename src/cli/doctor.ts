/**
 * `rekindle doctor`: checks an installation the way the server will need it —
 * Node.js, configuration, DATA_DIR and its free space, the database and its
 * migrations, the session secret, the push keys, the push services the
 * devices use, and mail when SMTP_URL is set. Each line says ok, warn or
 * fail; any fail makes the exit code 1.
 */
import { accessSync, constants, existsSync, readFileSync, statfsSync, statSync } from 'node:fs';
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { join } from 'node:path';
import { connect as connectTls } from 'node:tls';
import { sql } from 'kysely';
import { type Config, ConfigError, loadConfig, readFileVariables } from '../server/config';
import type { DatabaseHandle } from '../server/db/database';
import { PUSH_KEYS_NAME, parsePushKeys } from '../server/push-keys';
import { migrationState, openConfiguredDatabase, SQLITE_FILE, sqlitePath } from './context';
import { EXIT, type ExitCode, type Io, parseArgs } from './io';

type Status = 'ok' | 'warn' | 'fail';
interface Finding {
  status: Status;
  text: string;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** Below this, writes will soon fail: a problem. */
const DISK_FAIL_BYTES = 256 * MiB;
/** Below this (or 10 % of the disk), a warning. */
const DISK_WARN_BYTES = GiB;
const NETWORK_TIMEOUT_MS = 10_000;
/** The most push services checked, the most used first: a handful serve nearly every browser. */
const MAX_PUSH_SERVICES = 8;
/** Devices read from the database at a time, to count them by push service. */
const PUSH_PAGE = 5_000;

function ok(text: string): Finding {
  return { status: 'ok', text };
}
function warn(text: string): Finding {
  return { status: 'warn', text };
}
function fail(text: string): Finding {
  return { status: 'fail', text };
}

function size(bytes: number): string {
  return bytes >= GiB ? `${(bytes / GiB).toFixed(1)} GiB` : `${Math.round(bytes / MiB)} MiB`;
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not answer within ${NETWORK_TIMEOUT_MS / 1000} s`)),
        NETWORK_TIMEOUT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function checkNode(version = process.versions.node): Finding {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 20 && major % 2 === 0) return ok(`Node.js ${version}`);
  if (major > 20)
    return warn(
      `Node.js ${version}: odd-numbered releases are short-lived; Node.js 22 LTS is recommended`,
    );
  if (major === 20 && minor >= 19) {
    return warn(
      `Node.js ${version} works, but it is past its end of life: Node.js 22 LTS is recommended`,
    );
  }
  return fail(`Node.js ${version} is too old: Rekindle needs 20.19 or newer (22 LTS recommended)`);
}

function checkDataDir(config: Config): Finding[] {
  const dir = config.dataDir;
  if (!existsSync(dir)) {
    return [
      config.databaseUrl
        ? ok(`DATA_DIR ${dir} does not exist yet (with PostgreSQL it holds only optional files)`)
        : warn(`DATA_DIR ${dir} does not exist yet: it is created at first start`),
    ];
  }
  const findings: Finding[] = [];
  try {
    accessSync(dir, constants.W_OK | constants.R_OK);
    findings.push(ok(`DATA_DIR ${dir} is readable and writable`));
  } catch {
    findings.push(fail(`DATA_DIR ${dir} is not writable by this user`));
  }
  const fs = statfsSync(dir);
  const free = fs.bavail * fs.bsize;
  const total = fs.blocks * fs.bsize;
  const line = `${size(free)} free of ${size(total)} on the disk of DATA_DIR`;
  if (free < DISK_FAIL_BYTES) findings.push(fail(`only ${line}`));
  else if (free < DISK_WARN_BYTES || free < total * 0.1) findings.push(warn(`only ${line}`));
  else findings.push(ok(line));
  return findings;
}

async function checkDatabase(config: Config): Promise<Finding[]> {
  if (!config.databaseUrl && !existsSync(sqlitePath(config))) {
    return [warn(`no database at ${sqlitePath(config)} yet: the server creates it at first start`)];
  }
  let database: DatabaseHandle;
  try {
    database = openConfiguredDatabase(config);
  } catch (error) {
    return [fail(`the database cannot be opened: ${message(error)}`)];
  }
  const findings: Finding[] = [];
  try {
    const where =
      database.dialect === 'postgres'
        ? `PostgreSQL at ${new URL(config.databaseUrl ?? '').host}`
        : `SQLite at ${sqlitePath(config)}`;
    await withTimeout(sql`select 1`.execute(database.db), 'the database');
    findings.push(ok(`${where} answers`));
    if (database.dialect === 'sqlite') {
      findings.push(ok(`${SQLITE_FILE} is ${size(statSync(sqlitePath(config)).size)}`));
    }
    const state = await migrationState(database);
    if (state.unknown.length > 0) {
      findings.push(
        fail(
          `the database was migrated by a newer version (${state.unknown.join(', ')}): upgrade Rekindle`,
        ),
      );
    } else if (state.pending.length > 0) {
      findings.push(
        warn(
          `${state.pending.length} migration(s) pending: applied at the next start, or by \`rekindle migrate\``,
        ),
      );
    } else {
      findings.push(ok(`all ${state.applied.length} migrations applied`));
    }
    findings.push(await checkSessionSecret(config, database, state.pending.length === 0));
    findings.push(await checkPushKeys(config, database, state.pending.length === 0));
    if (state.pending.length === 0) findings.push(...(await checkPushServices(database)));
  } catch (error) {
    findings.push(fail(`the database does not answer: ${message(error)}`));
  } finally {
    await database.close().catch(() => {});
  }
  return findings;
}

async function checkSessionSecret(
  config: Config,
  database: DatabaseHandle,
  migrated: boolean,
): Promise<Finding> {
  if (config.sessionSecret) return ok('the session secret comes from SESSION_SECRET');
  if (database.dialect === 'sqlite') {
    return existsSync(`${config.dataDir}/session-secret`)
      ? ok('the generated session secret is in DATA_DIR/session-secret (include it in backups)')
      : warn('no session secret yet: one is generated at first start and kept in DATA_DIR');
  }
  if (!migrated) return warn('the session secret is read once the database is migrated');
  const row = await database.db
    .selectFrom('instance_settings')
    .select('key')
    .where('key', '=', 'session-secret')
    .executeTakeFirst();
  return row
    ? ok('the generated session secret is kept in the database')
    : warn('no session secret yet: the first instance to start generates one in the database');
}

/** The keys as kept: a line that says where they are and that they are a valid pair, or what is wrong. */
function pushKeysFinding(text: string, where: string, subject: string): Finding {
  try {
    parsePushKeys(text);
    return ok(`the push keys are valid, kept ${where}; push services are given ${subject}`);
  } catch (error) {
    return fail(message(error));
  }
}

async function checkPushKeys(
  config: Config,
  database: DatabaseHandle,
  migrated: boolean,
): Promise<Finding> {
  // Given by the environment: the configuration check above validated the pair.
  if (config.vapidKeys)
    return ok(
      `the push keys come from VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY; push services are given ${config.vapidSubject}`,
    );
  if (database.dialect === 'sqlite') {
    const file = join(config.dataDir, PUSH_KEYS_NAME);
    return existsSync(file)
      ? pushKeysFinding(
          readFileSync(file, 'utf8').trim(),
          `in DATA_DIR/${PUSH_KEYS_NAME} (include it in backups)`,
          config.vapidSubject,
        )
      : warn('no push keys yet: they are generated at first start and kept in DATA_DIR');
  }
  if (!migrated) return warn('the push keys are read once the database is migrated');
  const row = await database.db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', PUSH_KEYS_NAME)
    .executeTakeFirst();
  return row
    ? pushKeysFinding(row.value, 'in the database', config.vapidSubject)
    : warn('no push keys yet: the first instance to start generates them in the database');
}

/**
 * The push services the devices use: each origin with its number of devices,
 * the most used first. A device's own address (the path) is never kept: it
 * is what lets anyone push to that device.
 */
async function pushServices(database: DatabaseHandle): Promise<{ url: URL; devices: number }[]> {
  const counts = new Map<string, number>();
  for (let after = ''; ; ) {
    const rows = await database.db
      .selectFrom('push_subscriptions')
      .select(['id', 'endpoint'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PUSH_PAGE)
      .execute();
    for (const row of rows) {
      if (!URL.canParse(row.endpoint)) continue;
      const { origin } = new URL(row.endpoint);
      counts.set(origin, (counts.get(origin) ?? 0) + 1);
    }
    const last = rows.at(-1);
    if (!last || rows.length < PUSH_PAGE) break;
    after = last.id;
  }
  return [...counts]
    .map(([origin, devices]) => ({ url: new URL(origin), devices }))
    .sort((a, b) => b.devices - a.devices || a.url.host.localeCompare(b.url.host));
}

/** Opens a connection to a push service (TLS for https, its certificate checked), then closes it. */
function reachPushService(url: URL): Promise<void> {
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket: Socket = secure
      ? connectTls({ host, port, ...(isIP(host) ? {} : { servername: host }) }, () => {
          socket.end();
          resolve();
        })
      : connectTcp({ host, port }, () => {
          socket.end();
          resolve();
        });
    socket.setTimeout(NETWORK_TIMEOUT_MS, () => socket.destroy(new Error('no answer in time')));
    socket.on('error', reject);
  });
}

function devicesText(n: number): string {
  return `${n} device${n === 1 ? '' : 's'}`;
}

/** Whether reminders can leave this machine: a connection to each push service the devices use. */
async function checkPushServices(database: DatabaseHandle): Promise<Finding[]> {
  const services = await pushServices(database);
  if (services.length === 0) {
    return [ok('no device has push notifications turned on yet: no push service to reach')];
  }
  const checked = services.slice(0, MAX_PUSH_SERVICES);
  const findings = await Promise.all(
    checked.map(async ({ url, devices }) => {
      try {
        await withTimeout(reachPushService(url), 'the push service');
        return ok(`the push service ${url.host} answers (${devicesText(devices)})`);
      } catch (error) {
        return fail(
          `the push service ${url.host} cannot be reached, so reminders do not reach ${devicesText(devices)}: ${message(error)}`,
        );
      }
    }),
  );
  const rest = services.slice(MAX_PUSH_SERVICES);
  if (rest.length > 0) {
    const devices = rest.reduce((sum, s) => sum + s.devices, 0);
    findings.push(
      ok(`${rest.length} more push service(s), for ${devicesText(devices)}, not checked`),
    );
  }
  return findings;
}

function checkPublicUrl(config: Config, env: Record<string, string>): Finding {
  if (!env.PUBLIC_URL) {
    return warn(`PUBLIC_URL is not set: links in invites and emails point to ${config.publicUrl}`);
  }
  if (!config.secure && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|$)/.test(config.publicUrl)) {
    return warn(
      `PUBLIC_URL ${config.publicUrl} is not https: cookies are not Secure and HSTS is off`,
    );
  }
  return ok(
    `PUBLIC_URL ${config.publicUrl}${config.trustProxy ? ', behind a proxy (TRUST_PROXY)' : ''}`,
  );
}

/** Reads the server's first reply line, then says goodbye. */
function smtpGreeting(url: URL): Promise<string> {
  const secure = url.protocol === 'smtps:';
  const port = Number(url.port || (secure ? 465 : 587));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket: Socket = secure
      ? connectTls({ host, port, servername: host })
      : connectTcp({ host, port });
    let received = '';
    socket.setTimeout(NETWORK_TIMEOUT_MS, () => socket.destroy(new Error('no greeting in time')));
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const line = /^(\d{3})[ -][^\r\n]*\r?\n/.exec(received);
      if (!line) return;
      socket.end('QUIT\r\n');
      resolve(line[0].trim());
    });
    socket.on('close', () => reject(new Error('the connection closed before a greeting')));
  });
}

async function checkSmtp(config: Config): Promise<Finding | null> {
  const raw = config.mail?.smtpUrl;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('SMTP_URL is not a URL');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return fail('SMTP_URL must start with smtp:// or smtps://');
  }
  const where = `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
  try {
    const greeting = await withTimeout(smtpGreeting(url), 'the mail server');
    return greeting.startsWith('220')
      ? ok(`the mail server at ${where} greets (${greeting.slice(0, 60)})`)
      : fail(`the mail server at ${where} refused: ${greeting.slice(0, 80)}`);
  } catch (error) {
    return fail(`the mail server at ${where} cannot be reached: ${message(error)}`);
  }
}

/** `rekindle doctor` */
export async function doctorCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  parseArgs(argv, { positionals: [] }, 'rekindle doctor');
  const findings: Finding[] = [checkNode()];
  const files = readFileVariables(process.env);
  let config: Config | undefined;
  try {
    config = loadConfig(process.env);
    findings.push(ok('the configuration is valid'));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) findings.push(fail(`configuration: ${problem}`));
  }
  if (config) {
    findings.push(checkPublicUrl(config, files.env));
    findings.push(...checkDataDir(config));
    findings.push(...(await checkDatabase(config)));
    const smtp = await checkSmtp(config);
    if (smtp) findings.push(smtp);
    findings.push(
      config.sourceUrl
        ? ok(`the source link leads to ${config.sourceUrl}`)
        : ok('the source link serves this installation’s own source, at /source'),
    );
  }
  for (const finding of findings) io.out(`${finding.status.padEnd(5)} ${finding.text}`);
  const failed = findings.filter((f) => f.status === 'fail').length;
  const warned = findings.filter((f) => f.status === 'warn').length;
  io.out(
    failed > 0
      ? `${failed} problem(s) to fix, ${warned} warning(s).`
      : `No problems${warned > 0 ? `, ${warned} warning(s)` : ''}.`,
  );
  return failed > 0 ? EXIT.failure : EXIT.ok;
}
