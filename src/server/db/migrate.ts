/** Runs the migrations in src/server/db/migrations (bundled statically, so no file scanning). */
import { type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';
import type { Db } from './database';
import * as init from './migrations/2026-11-25-0001-init';
import * as program from './migrations/2026-11-25-0002-program';
import * as coupleScopedSharing from './migrations/2026-12-01-0003-couple-scoped-sharing';
import * as answersByPerson from './migrations/2026-12-01-0004-answers-by-person';
import * as sharingByCouple from './migrations/2026-12-01-0005-sharing-by-couple';
import * as questionDays from './migrations/2026-12-01-0006-question-days';
import * as questionChoices from './migrations/2026-12-01-0007-question-choices';
import * as coupleNotices from './migrations/2026-12-01-0008-couple-notices';
import * as decks from './migrations/2026-12-01-0009-decks';
import * as listening from './migrations/2026-12-01-0010-listening';
import * as checkins from './migrations/2026-12-01-0011-checkins';
import * as gesturesMigration from './migrations/2026-12-01-0012-gestures';
import * as notesMigration from './migrations/2026-12-01-0013-notes';
import * as datesMigration from './migrations/2026-12-01-0014-dates';
import * as exercisesMigration from './migrations/2026-12-01-0015-exercises';
import * as vulnerabilityMigration from './migrations/2026-12-01-0016-vulnerability';
import * as projectsMigration from './migrations/2026-12-01-0017-projects';
import * as challengesMigration from './migrations/2026-12-01-0018-challenges';
import * as interestsMigration from './migrations/2026-12-01-0019-interests';
import * as signalsMigration from './migrations/2026-12-01-0020-signals';
import * as libraryMigration from './migrations/2026-12-01-0021-library';
import * as rhythmMigration from './migrations/2026-12-01-0022-rhythm';
import * as notificationsMigration from './migrations/2026-12-01-0023-notifications';
import * as jobsMigration from './migrations/2026-12-01-0024-jobs';
import * as ssoMigration from './migrations/2026-12-01-0025-sso';
import * as pushSubscriptionsMigration from './migrations/2026-12-01-0026-push-subscriptions';
import * as pulseLinesMigration from './migrations/2026-12-01-0027-pulse-lines';

const migrations: Record<string, Migration> = {
  '2026-11-25-0001-init': init,
  '2026-11-25-0002-program': program,
  '2026-12-01-0003-couple-scoped-sharing': coupleScopedSharing,
  '2026-12-01-0004-answers-by-person': answersByPerson,
  '2026-12-01-0005-sharing-by-couple': sharingByCouple,
  '2026-12-01-0006-question-days': questionDays,
  '2026-12-01-0007-question-choices': questionChoices,
  '2026-12-01-0008-couple-notices': coupleNotices,
  '2026-12-01-0009-decks': decks,
  '2026-12-01-0010-listening': listening,
  '2026-12-01-0011-checkins': checkins,
  '2026-12-01-0012-gestures': gesturesMigration,
  '2026-12-01-0013-notes': notesMigration,
  '2026-12-01-0014-dates': datesMigration,
  '2026-12-01-0015-exercises': exercisesMigration,
  '2026-12-01-0016-vulnerability': vulnerabilityMigration,
  '2026-12-01-0017-projects': projectsMigration,
  '2026-12-01-0018-challenges': challengesMigration,
  '2026-12-01-0019-interests': interestsMigration,
  '2026-12-01-0020-signals': signalsMigration,
  '2026-12-01-0021-library': libraryMigration,
  '2026-12-01-0022-rhythm': rhythmMigration,
  '2026-12-01-0023-notifications': notificationsMigration,
  '2026-12-01-0024-jobs': jobsMigration,
  '2026-12-01-0025-sso': ssoMigration,
  '2026-12-01-0026-push-subscriptions': pushSubscriptionsMigration,
  '2026-12-01-0027-pulse-lines': pulseLinesMigration,
};

/** Every migration this version knows, oldest first (`npm run admin -- doctor` and restore compare them). */
export const knownMigrations: readonly string[] = Object.keys(migrations);

const provider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** Brings the database to the latest schema; throws with the failing migration's error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  // On PostgreSQL the migration tables are looked for in this connection's own
  // schema: without it, Kysely takes another schema's tables (another app, or
  // another test file) for ours and never creates them.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt += 1) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) {
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    }
    if (!anotherSchemaWentAway(error, schema) || attempt >= 5) {
      throw error instanceof Error ? error : new Error(String(error));
    }
  }
}

/**
 * Before it runs anything, Kysely's migrator looks at the tables of every
 * schema in the database to find its own. When another schema is dropped at
 * that moment (another app on the same server, or another test file ending),
 * PostgreSQL answers that that schema (3F000) or one of its tables (42P01,
 * named with its schema) "does not exist", and nothing has been migrated yet:
 * only those answers, naming a schema that is not ours, are worth trying again.
 */
export function anotherSchemaWentAway(error: unknown, schema: string | undefined): boolean {
  if (schema === undefined || typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return false;
  if (code === '3F000') return !message.includes(`"${schema}"`);
  if (code === '42P01') {
    const relation = /^relation "([^".]+)\.[^"]+" does not exist/.exec(message);
    return relation !== null && relation[1] !== schema;
  }
  return false;
}
