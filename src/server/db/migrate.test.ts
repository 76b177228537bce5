import { describe, expect, it } from 'vitest';
import { anotherSchemaWentAway } from './migrate';

describe('migrating while another schema is dropped', () => {
  const gone = (schema: string) =>
    Object.assign(new Error(`schema "${schema}" does not exist`), { code: '3F000' });

  it('tries again only when the schema that went away is not ours', () => {
    expect(anotherSchemaWentAway(gone('t_other'), 't_mine')).toBe(true);
    expect(anotherSchemaWentAway(gone('t_mine'), 't_mine')).toBe(false);
  });

  it('also when a table of another schema vanished, named with its schema', () => {
    const table = (name: string) =>
      Object.assign(new Error(`relation "${name}" does not exist`), { code: '42P01' });
    expect(anotherSchemaWentAway(table('t_other.kysely_migration_lock'), 't_mine')).toBe(true);
    expect(anotherSchemaWentAway(table('t_mine.kysely_migration_lock'), 't_mine')).toBe(false);
    // A table named without its schema may be ours: a migration's own mistake, not a race.
    expect(anotherSchemaWentAway(table('answers'), 't_mine')).toBe(false);
  });

  it('never on SQLite, and never for another error', () => {
    expect(anotherSchemaWentAway(gone('t_other'), undefined)).toBe(false);
    const other = Object.assign(new Error('relation "x" does not exist'), { code: '42P01' });
    expect(anotherSchemaWentAway(other, 't_mine')).toBe(false);
    expect(anotherSchemaWentAway('3F000', 't_mine')).toBe(false);
  });
});
