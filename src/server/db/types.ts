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

export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  couples: CouplesTable;
  invites: InvitesTable;
  daily_questions: DailyQuestionsTable;
  answers: AnswersTable;
  rate_limits: RateLimitsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AnswerRow = Selectable<AnswersTable>;
