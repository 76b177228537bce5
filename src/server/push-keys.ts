/**
 * The VAPID keys that sign web push requests (lib/vapid.ts). From
 * VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when given; otherwise generated once
 * at first start and kept with the data, as the session secret is: in
 * DATA_DIR/push-keys (mode 0600, and so in every `rekindle backup`) for
 * SQLite, in the database for PostgreSQL, so every instance signs with the
 * same keys. A browser's subscription is bound to the public key: new keys
 * would silence every device until it is turned on again.
 */
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { newVapidKeys, type VapidKeys, vapidKeyProblems } from './lib/vapid';
import { keptInDatabase, keptInDataDir } from './session-secret';

/** The file in DATA_DIR (SQLite) and the key in instance_settings (PostgreSQL). */
export const PUSH_KEYS_NAME = 'push-keys';

function newKeysText(): string {
  return JSON.stringify(newVapidKeys());
}

/** Reads kept keys; throws, without quoting them, when they are not a valid pair. */
export function parsePushKeys(text: string): VapidKeys {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const keys =
    typeof value === 'object' &&
    value !== null &&
    'publicKey' in value &&
    'privateKey' in value &&
    typeof value.publicKey === 'string' &&
    typeof value.privateKey === 'string'
      ? { publicKey: value.publicKey, privateKey: value.privateKey }
      : null;
  const problems = keys ? vapidKeyProblems(keys) : ['it is not {"publicKey","privateKey"} JSON'];
  if (!keys || problems.length > 0)
    throw new Error(
      `The kept push keys (${PUSH_KEYS_NAME}) are damaged: ${problems.join('; ')}. Restore them from a backup, or remove them to make new ones (every device then needs notifications turned on again).`,
    );
  return keys;
}

/** The keys in DATA_DIR, made there on first use. */
export function filePushKeys(dataDir: string): VapidKeys {
  return parsePushKeys(keptInDataDir(dataDir, PUSH_KEYS_NAME, newKeysText));
}

/** The keys kept in the (migrated) PostgreSQL database; ones an older setup kept in DATA_DIR are adopted. */
export async function databasePushKeys(
  database: DatabaseHandle,
  dataDir: string,
  now: Date,
): Promise<VapidKeys> {
  return parsePushKeys(await keptInDatabase(database, dataDir, PUSH_KEYS_NAME, newKeysText, now));
}

/** VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when given; otherwise the keys kept with the data. */
export async function resolvePushKeys(
  config: Pick<Config, 'vapidKeys' | 'dataDir'>,
  database: DatabaseHandle,
  now: Date = new Date(),
): Promise<VapidKeys> {
  if (config.vapidKeys) return config.vapidKeys;
  return database.dialect === 'postgres'
    ? databasePushKeys(database, config.dataDir, now)
    : filePushKeys(config.dataDir);
}
