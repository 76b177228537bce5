/**
 * Hot queries are built and compiled once per dialect, then executed with new
 * values. Building a Kysely query and compiling it costs more than SQLite
 * takes to run it, so this matters on every request.
 *
 * A query is written once with `slot('name')` where a value goes; slots may
 * also sit inside a string (`c:${slot('id')}`). The compiled SQL must carry
 * every slot as a bound parameter — a slot that ends up inside the SQL text
 * is refused at first use, so a prepared query can never mix up its values.
 */
import { type Compilable, CompiledQuery } from 'kysely';
import { type Db, directReaderOf, type InlineStatement } from './database';
import { LiteralLimits } from './literal-limits';

// Markers only ever appear in the query's own constant strings, at compile time.
const OPEN = '⟦slot:';
const CLOSE = '⟧';
const WHOLE = /^⟦slot:([^⟦⟧]+)⟧$/;
const ANY = /⟦slot:([^⟦⟧]+)⟧/g;

/** Compiled once, so every LIMIT in the query, subqueries too, is written in (see LiteralLimits). */
const literalLimits = new LiteralLimits({ deep: true });

/** A placeholder for a value given at execution time. Typed as whatever the builder expects there. */
export function slot<T = string>(name: string): T {
  return `${OPEN}${name}${CLOSE}` as T;
}

export type SlotValues = Readonly<Record<string, unknown>>;

type Parameter =
  | { kind: 'constant'; value: unknown }
  | { kind: 'slot'; name: string }
  | { kind: 'template'; template: string };

interface Plan {
  sql: string;
  parameters: Parameter[];
}

function planOf(compiled: CompiledQuery): Plan {
  if (compiled.sql.includes(OPEN))
    throw new Error('A prepared query placed a slot inside its SQL text');
  return {
    sql: compiled.sql,
    parameters: compiled.parameters.map((value): Parameter => {
      if (typeof value !== 'string' || !value.includes(OPEN)) return { kind: 'constant', value };
      const whole = WHOLE.exec(value);
      return whole?.[1] ? { kind: 'slot', name: whole[1] } : { kind: 'template', template: value };
    }),
  };
}

/**
 * The SQL of every prepared query, with the name PostgreSQL knows it by: the
 * pg pool in database.ts sends these as named statements, parsed and planned
 * once per connection instead of on every request. The set is bounded by the
 * prepared queries in the code (and their variants), never by the data.
 */
const statementNames = new Map<string, string>();

/** The statement name of a prepared query's SQL, or undefined for any other query. */
export function statementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

function slotValue(values: SlotValues, name: string): unknown {
  if (!(name in values)) throw new Error(`No value for slot "${name}"`);
  return values[name];
}

/** A prepared query: run through the database, or inside a synchronous SQLite transaction. */
export interface PreparedQuery<Row> {
  (db: Db, values: SlotValues, variant?: string): Promise<Row[]>;
  /** Runs it inside `atOnceOf(db)`'s work, with the statement runner that work was given. */
  inline(db: Db, run: InlineStatement, values: SlotValues, variant?: string): Row[];
}

/**
 * Wraps a query builder as a prepared query. `variant` names a shape when the
 * SQL itself differs by case (say, with or without a partner); each variant is
 * compiled once per dialect.
 */
export function prepareQuery<Row>(
  build: (db: Db, variant: string) => Compilable<Row>,
): PreparedQuery<Row> {
  const plans = new WeakMap<object, Map<string, Plan>>();
  const bound = (db: Db, values: SlotValues, variant: string) => {
    const adapter = db.getExecutor().adapter;
    let byVariant = plans.get(adapter);
    if (!byVariant) {
      byVariant = new Map();
      plans.set(adapter, byVariant);
    }
    let plan = byVariant.get(variant);
    if (!plan) {
      plan = planOf(build(db.withPlugin(literalLimits), variant).compile());
      byVariant.set(variant, plan);
      if (!statementNames.has(plan.sql))
        statementNames.set(plan.sql, `rekindle_${statementNames.size + 1}`);
    }
    const parameters = plan.parameters.map((p) =>
      p.kind === 'constant'
        ? p.value
        : p.kind === 'slot'
          ? slotValue(values, p.name)
          : p.template.replace(ANY, (_m, name: string) => String(slotValue(values, name))),
    );
    return { sql: plan.sql, parameters };
  };
  const query = async (db: Db, values: SlotValues, variant = ''): Promise<Row[]> => {
    const { sql, parameters } = bound(db, values, variant);
    const direct = directReaderOf(db)?.(sql, parameters);
    if (direct) return direct as Row[];
    const result = await db.executeQuery<Row>(CompiledQuery.raw(sql, parameters));
    return result.rows;
  };
  return Object.assign(query, {
    inline: (db: Db, run: InlineStatement, values: SlotValues, variant = ''): Row[] => {
      const { sql, parameters } = bound(db, values, variant);
      return run(sql, parameters) as Row[];
    },
  });
}
