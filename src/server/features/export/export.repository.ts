/**
 * Reads for the export: generic over the tables and columns the features
 * declare in their contract (`tables`, `textFields`), so no table is named
 * here. Identifiers come only from that contract, never from a request.
 */
import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database';

export type StoredRow = Record<string, unknown>;

const columnCache = new WeakMap<object, Map<string, readonly string[]>>();

/** A table's columns, read once per database handle. */
export async function columnsOf(
  db: Db,
  dialect: Dialect,
  table: string,
): Promise<readonly string[]> {
  const key = db.getExecutor().adapter;
  let byTable = columnCache.get(key);
  if (!byTable) {
    byTable = new Map();
    columnCache.set(key, byTable);
  }
  const known = byTable.get(table);
  if (known) return known;
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}
          order by ordinal_position`.execute(db);
  const columns = rows.map((row) => row.name);
  byTable.set(table, columns);
  return columns;
}

/** Every row of a table in which one of these columns names the person. */
export async function rowsNaming(
  db: Db,
  table: string,
  ownerColumns: readonly string[],
  personId: string,
  orderBy: string | null,
): Promise<StoredRow[]> {
  if (ownerColumns.length === 0) return [];
  const naming = sql.join(
    ownerColumns.map((column) => sql`${sql.ref(column)} = ${personId}`),
    sql` or `,
  );
  const order = orderBy ? sql` order by ${sql.ref(orderBy)}` : sql``;
  const { rows } =
    await sql<StoredRow>`select * from ${sql.table(table)} where ${naming}${order}`.execute(db);
  return rows;
}
