/** Row types of the database, as Kysely sees them. Timestamps are ISO-8601 UTC text. */
import type { Insertable, Selectable } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  couple_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  device: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  /** Routing flag kept for this session only ("don't remember my answer"). */
  screen_route: string | null;
}

export interface CouplesTable {
  id: string;
  time_zone: string;
  created_at: string;
  ended_at: string | null;
}

export interface InvitesTable {
  id: string;
  code_hash: string;
  inviter_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A note for the partner who did not link or unlink (one per person; see the couple feature). */
export interface CoupleNoticesTable {
  recipient_id: string;
  kind: 'linked' | 'unlinked';
  /** The other person; null once their account is deleted. */
  partner_id: string | null;
  created_at: string;
}

export interface DailyQuestionsTable {
  /** "c:<coupleId>" for a couple, "u:<userId>" for someone using the app alone. */
  scope: string;
  day: string;
  question_id: string;
  created_at: string;
}

export interface AnswersTable {
  id: string;
  user_id: string;
  scope: string;
  day: string;
  question_id: string;
  couple_id: string | null;
  visibility: 'private' | 'shared' | 'reveal-together';
  text: string;
  created_at: string;
  updated_at: string;
}

/** A day's question a person set aside ("not now"). Only that person ever reads it. */
export interface QuestionSkipsTable {
  user_id: string;
  scope: string;
  day: string;
  created_at: string;
}

/** How deep the questions to come should go, chosen for a deck ("c:<couple>" or "u:<person>"). */
export interface QuestionChoicesTable {
  scope: string;
  depth: 'lighter' | 'as-it-comes' | 'deeper';
  updated_at: string;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: string;
}

export interface PrimerProgressTable {
  user_id: string;
  card_id: string;
  reflection: string | null;
  updated_at: string;
}

export interface MilestonesTable {
  user_id: string;
  key: string;
  at: string;
}

export interface ScreenFlagsTable {
  user_id: string;
  route: string;
  updated_at: string;
}

export interface CheckResultsTable {
  id: string;
  user_id: string;
  version: string;
  /** JSON of the answers, as given. */
  answers: string;
  /** JSON of the scored result. */
  result: string;
  taken_at: string;
  /** The couple the person was in when they took it; null when alone. */
  couple_id: string | null;
}

export interface PulsesTable {
  id: string;
  user_id: string;
  /** ISO week of the person's time zone, "2026-W09". */
  week: string;
  emotional: number;
  physical: number;
  intellectual: number;
  talk: number;
  created_at: string;
  updated_at: string;
  /** The couple the person was in when they last wrote it; null when alone. */
  couple_id: string | null;
}

export interface SharingTable {
  user_id: string;
  topic: 'check' | 'progress';
  created_at: string;
  /** The couple this opt-in was given in: it ends with that couple. */
  couple_id: string | null;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  couples: CouplesTable;
  invites: InvitesTable;
  couple_notices: CoupleNoticesTable;
  daily_questions: DailyQuestionsTable;
  answers: AnswersTable;
  question_skips: QuestionSkipsTable;
  question_choices: QuestionChoicesTable;
  rate_limits: RateLimitsTable;
  primer_progress: PrimerProgressTable;
  milestones: MilestonesTable;
  screen_flags: ScreenFlagsTable;
  check_results: CheckResultsTable;
  pulses: PulsesTable;
  sharing: SharingTable;
  instance_settings: InstanceSettingsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AnswerRow = Selectable<AnswersTable>;
