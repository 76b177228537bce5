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

/** A question a couple (or a person alone) wrote for their own deck, tied to that scope. */
export interface DeckOwnQuestionsTable {
  id: string;
  /** "c:<coupleId>" or "u:<userId>", as for the daily question. */
  scope: string;
  couple_id: string | null;
  author_id: string;
  text: string;
  created_at: string;
}

/** A card drawn from a deck by a couple (or a person alone). */
export interface DeckCardsTable {
  id: string;
  scope: string;
  couple_id: string | null;
  /** The n-th card of its scope, from 1. */
  position: number;
  /** A content deck's id, or "own". */
  deck_id: string;
  question_id: string | null;
  own_question_id: string | null;
  /** 1 when answered side by side on one device and kept by both. */
  together: number;
  drawn_at: string;
  /** Revealed (a couple) or answered (alone): no longer open. */
  settled_at: string | null;
  revealed_at: string | null;
}

export interface DeckAnswersTable {
  card_id: string;
  user_id: string;
  couple_id: string | null;
  visibility: 'private' | 'shared' | 'reveal-together';
  text: string;
  created_at: string;
  updated_at: string;
  /** When this person first saw the reveal; read only for that person. */
  seen_at: string | null;
}

/** A card a person set aside ("not now"). Only that person ever reads it. */
export interface DeckSkipsTable {
  card_id: string;
  user_id: string;
  created_at: string;
}

/** One person's reaction and "let's talk" mark on a revealed card or daily question of a couple. */
export interface DeckReactionsTable {
  couple_id: string;
  subject_kind: 'card' | 'day';
  subject_id: string;
  user_id: string;
  reaction: string | null;
  talk_at: string | null;
  updated_at: string;
}

/** The couple's agreed check-in day and time, and a change one partner proposed (the other must accept). */
export interface CheckinSchedulesTable {
  couple_id: string;
  /** ISO weekday, 1 Monday … 7 Sunday; null until a first proposal is accepted. */
  weekday: number | null;
  /** "HH:MM" in the couple's time zone. */
  local_time: string | null;
  proposed_by: string | null;
  proposed_weekday: number | null;
  proposed_time: string | null;
  updated_at: string;
}

/** One weekly check-in of a couple, on a local day, with its focus-mode step. */
export interface CheckinsTable {
  id: string;
  couple_id: string;
  day: string;
  step: 'waiting' | 'appreciations' | 'successes' | 'concerns' | 'goals' | 'agreements' | 'done';
  created_at: string;
}

/** A concern a person carries from week to week (its words are in each week's preparation). */
export interface CheckinConcernsTable {
  id: string;
  user_id: string;
  couple_id: string | null;
  /** 1 once its owner says it is resolved. */
  resolved: number;
  /** 1 once its owner has set aside the gentle note about it. */
  nudge_dismissed: number;
  created_at: string;
}

/** A person's private preparation for a check-in; each note is revealed only at its step. */
export interface CheckinPrepsTable {
  checkin_id: string;
  user_id: string;
  appreciation: string | null;
  success: string | null;
  concern: string | null;
  concern_id: string | null;
  /** 1: kept to myself this week, never revealed. */
  concern_private: number;
  goals: string | null;
  /** The ISO week of the pulse saved with this preparation. */
  pulse_week: string | null;
  updated_at: string;
}

/** A shared agreement made in a check-in; it belongs to the couple. */
export interface CheckinAgreementsTable {
  id: string;
  couple_id: string;
  checkin_id: string;
  author_id: string;
  text: string;
  /** Its place among the agreements of its check-in, from 1. */
  position: number;
  created_at: string;
}

/** How an agreement went, reviewed in a later check-in. */
export interface CheckinAgreementReviewsTable {
  agreement_id: string;
  checkin_id: string;
  outcome: 'kept' | 'partly' | 'not-yet';
}

/** An active-listening session of a couple: its state and timer (see core/listening.ts). */
export interface ListeningSessionsTable {
  id: string;
  couple_id: string;
  /** Who started it; null once that account is deleted. */
  started_by: string | null;
  mode: 'together' | 'shared-device';
  turn_ms: number;
  phase: 'ready' | 'speaking' | 'reflecting' | 'ended';
  turn: number;
  spoken_turns: number;
  running_since: string | null;
  elapsed_ms: number;
  paused_at: string | null;
  /** 1 when both turns reached their reflection. */
  completed: number;
  version: number;
  /** The couple's calendar day it was started on. */
  day: string;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
}

/** One speaker's turn in a session, with the topic they chose. */
export interface ListeningTurnsTable {
  session_id: string;
  turn: number;
  speaker_id: string;
  prompt_id: string | null;
  /** A topic in the speaker's own words. */
  topic: string | null;
  updated_at: string;
}

/**
 * A suggestion of professional help made to a person (rules in core/therapy-signals.ts),
 * numbered per person (`seq`); read only for that person, never for the partner.
 */
export interface SignalSuggestionsTable {
  id: string;
  user_id: string;
  seq: number;
  rule: string;
  reason: string;
  /** The kind of help before the safety routing is applied (see kindFor). */
  kind: string;
  shown_at: string;
  dismissed_at: string | null;
  snoozed_until: string | null;
}

/** A person's private weekly answers ("how have things been"), as JSON; only they and the rules read them. */
export interface SignalAnswersTable {
  user_id: string;
  /** ISO week of the person's time zone. */
  week: string;
  answers: string;
  created_at: string;
  updated_at: string;
}

/** A speaker's "I felt heard" (1–5) for their turn: private unless `shared` is 1. */
export interface ListeningRatingsTable {
  session_id: string;
  turn: number;
  speaker_id: string;
  listener_id: string | null;
  couple_id: string;
  rating: number;
  shared: number;
  /** The couple's calendar day it was given on. */
  day: string;
  created_at: string;
  updated_at: string;
}

/** The small gesture suggested to a person on a day (their calendar's "today"). */
export interface GestureDaysTable {
  user_id: string;
  day: string;
  gesture_id: string;
  created_at: string;
}

/** A person's own "not for us": that gesture is never suggested to them. Never shown to anyone else. */
export interface GestureMarksTable {
  user_id: string;
  gesture_id: string;
  created_at: string;
}

/** A small gesture a person did, one a day, tied to the couple it was done in. */
export interface GestureDoneTable {
  id: string;
  user_id: string;
  couple_id: string | null;
  day: string;
  gesture_id: string;
  created_at: string;
  /** When the partner said thank you (shown to the doer only while the couple lasts). */
  thanked_at: string | null;
}

/** An appreciation note to the partner, perhaps hidden until `visible_from`. */
export interface NotesTable {
  id: string;
  author_id: string;
  /** Null once the recipient's account is deleted. */
  recipient_id: string | null;
  couple_id: string;
  kind: 'thank-you' | 'compliment' | 'note' | 'celebrate';
  title: string | null;
  text: string;
  created_at: string;
  /** The instant the recipient finds it: created_at unless hidden. */
  visible_from: string;
  /** When its arrival was sent live; null while it waits. */
  announced_at: string | null;
}

/** The recipient's own "read" mark on a note: never shown to the author. */
export interface NoteReadsTable {
  note_id: string;
  user_id: string;
  read_at: string;
}

/** What a person wrote to a vulnerability prompt: private to them until they share it. */
export interface VulnerabilityEntriesTable {
  id: string;
  user_id: string;
  prompt_id: string;
  text: string;
  /** 1 while shared with the partner of `couple_id`. */
  shared: number;
  /** The couple it was last shared in; null when never shared. */
  couple_id: string | null;
  shared_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A partner's reply to a shared entry: a suggested response, a short note, or both. */
export interface VulnerabilityRepliesTable {
  entry_id: string;
  user_id: string;
  couple_id: string;
  response_id: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** A prompt a person set aside ("not now"). Only that person ever reads it. */
export interface VulnerabilitySetAsideTable {
  user_id: string;
  prompt_id: string;
  created_at: string;
}

/** The prompt offered to a person in an ISO week of their own time zone. */
export interface VulnerabilityOffersTable {
  user_id: string;
  week: string;
  prompt_id: string;
  created_at: string;
}

/** A couple's shared project; it belongs to that couple and ends with it. */
export interface ProjectsTable {
  id: string;
  couple_id: string;
  created_by: string;
  title: string;
  why: string | null;
  category: 'home' | 'garden' | 'volunteering' | 'learning' | 'health' | 'other';
  status: 'active' | 'done' | 'archived';
  idea_id: string | null;
  created_at: string;
  updated_at: string;
  done_at: string | null;
}

/** One step of a shared project, ticked by either partner. */
export interface ProjectStepsTable {
  id: string;
  project_id: string;
  created_by: string;
  position: number;
  text: string;
  done_by: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A run of a guided exercise (see the exercises feature); its state is read from its times. */
export interface ExerciseRunsTable {
  id: string;
  /** "c:<coupleId>", or "u:<userId>" for a one-device run by someone not linked yet. */
  scope: string;
  couple_id: string | null;
  exercise_id: string;
  mode: 'together' | 'one-device';
  /** Breathing pace: seconds added to each breath in and out (negative: faster). */
  pace: number;
  total_seconds: number;
  started_by: string;
  created_at: string;
  /** When the first step begins (after a short count-in), once both are ready. */
  started_at: string | null;
  stopped_at: string | null;
  finished_at: string | null;
  /** The scope while the run may still be under way; unique, so one active run per scope. */
  active_scope: string | null;
}

/** One person's private yes / maybe / no on a date idea, in the couple it was made in. */
export interface DatePicksTable {
  user_id: string;
  couple_id: string;
  idea_id: string;
  pick: 'yes' | 'maybe' | 'no';
  updated_at: string;
}

/** A couple's planned date. Each `*_by` names who last wrote that text. */
export interface ScheduledDatesTable {
  id: string;
  couple_id: string;
  /** The library idea it comes from, or null for a date of the couple's own. */
  idea_id: string | null;
  /** The couple's own title (null when it is a library idea). */
  title: string | null;
  title_by: string | null;
  /** The start as a UTC instant (ISO-8601). */
  starts_at: string;
  /** The zone the start was given in; the web shows the time there. */
  time_zone: string;
  /** The calendar day of the start in the couple's time zone (for Today). */
  day: string;
  duration_minutes: number;
  place: string | null;
  place_by: string | null;
  notes: string | null;
  notes_by: string | null;
  status: 'planned' | 'cancelled';
  /** Raised on every change, for calendar apps (iCalendar SEQUENCE). */
  sequence: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A person's reflection on a date: private unless `shared` is 1. */
export interface DateReflectionsTable {
  date_id: string;
  user_id: string;
  couple_id: string;
  text: string;
  shared: number;
  created_at: string;
  updated_at: string;
}

/** A couple's calendar feed: only a keyed hash of its token is kept. */
export interface DateFeedsTable {
  couple_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
}

/** The novelty challenge a couple got in an ISO week ("2026-W10"), starting on its Monday. */
export interface ChallengeWeeksTable {
  id: string;
  couple_id: string;
  week: string;
  starts_on: string;
  challenge_id: string;
  /** The challenge swapped away this week (one swap a week). */
  swapped_from: string | null;
  done_at: string | null;
  created_at: string;
}

/** A partner's answer to the week's challenge and, once done, their reflection (shared only if `shared` is 1). */
export interface ChallengeResponsesTable {
  week_id: string;
  user_id: string;
  couple_id: string;
  /** "not-now" is never shown to the partner. */
  answer: 'in' | 'not-now';
  reflection: string | null;
  shared: number;
  updated_at: string;
}

/** What fits a couple's weekly challenges now. */
export interface ChallengeSettingsTable {
  couple_id: string;
  /** 1: living apart for now, so only challenges that work at a distance. */
  apart: number;
  max_cost: 'free' | '$' | '$$' | '$$$';
  updated_at: string;
}

/** A person's private mark on a hobby or a travel idea, in the scope ("c:<couple>" or "u:<person>") it was made in. */
export interface InterestPicksTable {
  user_id: string;
  scope: string;
  couple_id: string | null;
  topic: 'hobby' | 'travel';
  item_id: string;
  pick: 'yes' | 'maybe' | 'no';
  updated_at: string;
}

/** A travel idea a couple (or a person alone) added in their own words; its author's "yes" is a pick. */
export interface TravelWishesTable {
  id: string;
  scope: string;
  couple_id: string | null;
  author_id: string;
  title: string;
  description: string | null;
  scale: 'day-trip' | 'weekend' | 'week' | 'big-trip';
  budget: '$' | '$$' | '$$$' | '$$$$';
  created_at: string;
}

/** A couple's plan for a matched trip: when (JSON, see interests-api), and a budget band. */
export interface TripPlansTable {
  id: string;
  couple_id: string;
  idea_id: string;
  timing: string | null;
  budget: '$' | '$$' | '$$$' | '$$$$' | null;
  created_at: string;
  updated_at: string;
}

/** One item of a trip plan's checklist; either partner can tick it. */
export interface TripChecklistItemsTable {
  id: string;
  plan_id: string;
  couple_id: string;
  author_id: string;
  text: string;
  done_by: string | null;
  done_at: string | null;
  created_at: string;
}

/** A person's own "read" mark on a library article; no time, and never shown to anyone else. */
export interface ArticleReadsTable {
  user_id: string;
  article_id: string;
}

/** A "what we learned" entry: shared with the couple it was written in, or the author's own when alone. */
export interface NotebookEntriesTable {
  id: string;
  author_id: string;
  couple_id: string | null;
  /** The library article it came from, if any. */
  article_id: string | null;
  text: string;
  created_at: string;
  updated_at: string;
}

/**
 * A life event of a couple ("c:<couple>") or of a person alone ("u:<person>"),
 * named by `created_by`; it holds from `starts_on` until the day `ended_on`.
 */
export interface LifeEventsTable {
  id: string;
  scope: string;
  created_by: string;
  /** One of LIFE_EVENT_KINDS (core/life-events.ts). */
  kind: string;
  /** A few words of the author's own, for an event of kind "other". */
  note: string | null;
  starts_on: string;
  ended_on: string | null;
  created_at: string;
}

/** A person's reminder settings; times are local "HH:MM" in their own time zone. */
export interface NotificationSettingsTable {
  user_id: string;
  /** The one switch for every reminder (0 or 1). */
  enabled: number;
  email: number;
  push: number;
  nudge_time: string;
  quiet_from: string | null;
  quiet_to: string | null;
  /** When the next nudge may go (UTC), its local day and the zone it was planned in. */
  next_nudge_at: string | null;
  next_nudge_day: string | null;
  planned_zone: string | null;
  updated_at: string;
}

/** A thing a nudge was already about, as a keyed hash: it never reminds again. */
export interface NotificationRemindersTable {
  user_id: string;
  thing: string;
  reminded_at: string;
}

/** A password reset link: the keyed hash of its token, single use, expiring. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * A device a person turned web push on for: the push service's address, the
 * keys a nudge is encrypted to, and a short "Firefox on Android" label.
 */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  /** Unique: a device re-added by someone else moves to them. */
  endpoint: string;
  /** The browser's P-256 public key and auth secret (base64url). */
  p256dh: string;
  auth: string;
  label: string;
  created_at: string;
  last_success_at: string | null;
  /** The person's local day of the last nudge that reached this device. */
  last_nudge_day: string | null;
}

/** Background work (src/server/jobs): one row per idempotency key. */
/** Single sign-on: an identity at an OpenID Connect provider, and the account it signs in to. */
export interface UserIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  key: string;
  /** JSON, validated by the job's handler. */
  payload: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_until: string | null;
  locked_by: string | null;
  /** An error code only: never an address or any content. */
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  notification_settings: NotificationSettingsTable;
  notification_reminders: NotificationRemindersTable;
  push_subscriptions: PushSubscriptionsTable;
  password_resets: PasswordResetsTable;
  jobs: JobsTable;
  life_events: LifeEventsTable;
  article_reads: ArticleReadsTable;
  notebook_entries: NotebookEntriesTable;
  challenge_weeks: ChallengeWeeksTable;
  challenge_responses: ChallengeResponsesTable;
  challenge_settings: ChallengeSettingsTable;
  interest_picks: InterestPicksTable;
  travel_wishes: TravelWishesTable;
  trip_plans: TripPlansTable;
  trip_checklist_items: TripChecklistItemsTable;
  date_picks: DatePicksTable;
  scheduled_dates: ScheduledDatesTable;
  date_reflections: DateReflectionsTable;
  date_feeds: DateFeedsTable;
  exercise_runs: ExerciseRunsTable;
  gesture_days: GestureDaysTable;
  gesture_marks: GestureMarksTable;
  gesture_done: GestureDoneTable;
  notes: NotesTable;
  note_reads: NoteReadsTable;
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
  vulnerability_entries: VulnerabilityEntriesTable;
  vulnerability_replies: VulnerabilityRepliesTable;
  vulnerability_set_aside: VulnerabilitySetAsideTable;
  vulnerability_offers: VulnerabilityOffersTable;
  projects: ProjectsTable;
  project_steps: ProjectStepsTable;
  checkin_schedules: CheckinSchedulesTable;
  checkins: CheckinsTable;
  checkin_concerns: CheckinConcernsTable;
  checkin_preps: CheckinPrepsTable;
  checkin_agreements: CheckinAgreementsTable;
  checkin_agreement_reviews: CheckinAgreementReviewsTable;
  deck_own_questions: DeckOwnQuestionsTable;
  deck_cards: DeckCardsTable;
  deck_answers: DeckAnswersTable;
  deck_skips: DeckSkipsTable;
  deck_reactions: DeckReactionsTable;
  listening_sessions: ListeningSessionsTable;
  listening_turns: ListeningTurnsTable;
  listening_ratings: ListeningRatingsTable;
  signal_suggestions: SignalSuggestionsTable;
  signal_answers: SignalAnswersTable;
  user_identities: UserIdentitiesTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AnswerRow = Selectable<AnswersTable>;
