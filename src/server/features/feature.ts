/**
 * The feature contract. Each folder under features/ exports one `Feature`
 * (in `<feature>.feature.ts`), and app.ts loops over the list: a new feature
 * is a folder plus one line there, and the compiler points at a missing piece.
 *
 * - `routes` registers its HTTP routes.
 * - `today` contributes to Today's one snapshot query (see today.types.ts).
 * - `tables` are the tables it owns: only its own files name them in SQL;
 *   another feature reads them through its `<feature>.queries.ts`
 *   (checked by tests/http/feature-contract.test.ts).
 * - `textFields` are the columns holding what a person wrote, with the column
 *   that says whose it is: for export, erasure and, later, end-to-end encryption.
 * - `rhythm` counts, week by week, the rhythm entries it owns, for the weekly
 *   rhythm view (see rhythm/rhythm.types.ts).
 * - `reminders` says what of it is waiting on a person, for the daily nudge
 *   by email or push (see notifications/reminders.types.ts).
 *
 * The feature's Today item variants and rhythm ids are typed unions in
 * src/shared/program-api.ts (`todayItemSchema`, `RHYTHM_IDS` in core/plan.ts),
 * shared with the web, and its authorization-matrix entries live in
 * `<feature>.matrix.ts` (test data only; production code never imports it),
 * gathered by tests/http/authorization-matrix.test.ts in a
 * `Record<FeatureId, …>`: a feature without entries does not compile.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/types';
import type { ServiceDeps } from './deps';
import type { ReminderSource } from './notifications/reminders.types';
import type { RhythmSource } from './rhythm/rhythm.types';
import type { TodayProvider } from './today/today.types';

/**
 * Every feature's id. A new id does not compile in tests/http/authorization-matrix.test.ts
 * until the feature has its `<feature>.matrix.ts`.
 */
export type FeatureId =
  | 'notifications'
  | 'export'
  | 'rhythm'
  | 'library'
  | 'signals'
  | 'accounts'
  | 'couple'
  | 'dialogue'
  | 'primer'
  | 'personal'
  | 'support'
  | 'check'
  | 'plan'
  | 'progress'
  | 'today'
  | 'decks'
  | 'listening'
  | 'checkins'
  | 'gestures'
  | 'notes'
  | 'dates'
  | 'exercises'
  | 'vulnerability'
  | 'projects'
  | 'challenges'
  | 'interests'
  | 'sso';

export type TableName = keyof Database;
type ColumnOf<T extends TableName> = Extract<keyof Database[T], string>;

export interface TextField {
  table: TableName;
  /** The column holding the person's words (text, or JSON of their answers). */
  column: string;
  /** The column holding the id of the person who wrote it. */
  owner: string;
}

/** A person-written column, checked against the table's row type. */
export function textField<T extends TableName>(
  table: T,
  column: ColumnOf<T>,
  owner: ColumnOf<T>,
): TextField {
  return { table, column, owner };
}

export interface Feature {
  id: FeatureId;
  routes(app: FastifyInstance, deps: ServiceDeps): Promise<void>;
  today?: TodayProvider;
  rhythm?: RhythmSource;
  reminders?: ReminderSource;
  tables: readonly TableName[];
  textFields: readonly TextField[];
}
