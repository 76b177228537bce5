import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
