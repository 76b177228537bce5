/**
 * After an account is deleted, the words it held must not linger in the
 * database files. SQLite overwrites deleted content (secure_delete, set at
 * open) and a checkpoint then empties the write-ahead log, which still holds
 * the pages as they were. PostgreSQL keeps dead rows until VACUUM reclaims
 * them; it is run on the tables that held a person's writing (see the README
 * for what remains until then and the operator's step for a full removal).
 */
import { sql } from 'kysely';
import type { Db, Dialect } from './database';

/** Tables whose rows hold what a person wrote or chose. */
const PERSONAL_TABLES = [
  'answers',
  'question_skips',
  'question_choices',
  'couple_notices',
  'primer_progress',
  'check_results',
  'pulses',
  'milestones',
  'screen_flags',
  'sharing',
  'deck_own_questions',
  'deck_answers',
  'deck_skips',
  'deck_reactions',
  'checkin_preps',
  'checkin_concerns',
  'checkin_agreements',
  'listening_turns',
  'listening_ratings',
  'gesture_days',
  'gesture_marks',
  'gesture_done',
  'notes',
  'note_reads',
  'vulnerability_entries',
  'vulnerability_replies',
  'vulnerability_set_aside',
  'vulnerability_offers',
  'projects',
  'project_steps',
  'exercise_runs',
  'date_picks',
  'scheduled_dates',
  'date_reflections',
  'date_feeds',
  'challenge_responses',
  'interest_picks',
  'travel_wishes',
  'trip_checklist_items',
  'signal_suggestions',
  'signal_answers',
  'article_reads',
  'notebook_entries',
  'life_events',
  'notification_settings',
  'notification_reminders',
  'push_subscriptions',
  'password_resets',
  'user_identities',
  'sessions',
  'invites',
  'users',
] as const;

/**
 * SQLite: done when this resolves. PostgreSQL: the VACUUM runs on in the
 * background (it can take a while on a large database); `onError` hears of a failure.
 */
export async function eraseDeletedContent(
  db: Db,
  dialect: Dialect,
  onError: (error: unknown) => void = () => {},
): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    return;
  }
  void sql`VACUUM ${sql.join(PERSONAL_TABLES.map((t) => sql.table(t)))}`.execute(db).catch(onError);
}
