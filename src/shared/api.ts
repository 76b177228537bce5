/**
 * Request and response contracts shared by the server (validation, OpenAPI)
 * and the web app (types only). One schema per payload; types are inferred.
 */
import { z } from 'zod';
import { DEPTH_CHOICES } from '../core/question-moment';
import { LIMITS } from './limits';

export { LIMITS };

export const visibilitySchema = z.enum(['private', 'shared', 'reveal-together']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const intimacyKindSchema = z.enum(['emotional', 'physical', 'intellectual']);
export type IntimacyKind = z.infer<typeof intimacyKindSchema>;

export const depthSchema = z.enum(['light', 'deeper', 'deepest']);
export type Depth = z.infer<typeof depthSchema>;

/** An IANA time zone name such as "Europe/Lisbon"; checked against the runtime's list. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'Unknown time zone' });

function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{16,32}$/, 'Not a valid id');
export const questionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id');
/** An invite code as a person typed or followed it; case, dashes and spaces do not matter. */
export const inviteCodeSchema = z.string().trim().min(1).max(64);

export const errorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

// ---------------------------------------------------------------- accounts

export const emailSchema = z.string().trim().toLowerCase().max(254).email();
export const passwordSchema = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);
export const displayNameSchema = z.string().trim().min(1).max(LIMITS.displayName);

export const signupBodySchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  timeZone: timeZoneSchema.optional(),
  /** Followed from an invite link: the new account joins the inviter at once, if the invite still works. */
  inviteCode: inviteCodeSchema.optional(),
});
export type SignupBody = z.infer<typeof signupBodySchema>;

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  timeZone: z.string(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const coupleSummarySchema = z.object({
  id: z.string(),
  partnerName: z.string(),
  since: z.string(),
  timeZone: z.string(),
});
export type CoupleSummary = z.infer<typeof coupleSummarySchema>;

export const meSchema = z.object({
  user: userSchema,
  couple: coupleSummarySchema.nullable(),
});
export type Me = z.infer<typeof meSchema>;

/** Who this browser is logged in as, if anyone: asked by every visitor, so never a 401. */
export const sessionStateSchema = z.object({ me: meSchema.nullable() });
export type SessionState = z.infer<typeof sessionStateSchema>;

export const updateMeBodySchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine((v) => v.displayName !== undefined || v.timeZone !== undefined, {
    message: 'Nothing to change',
  });

export const deleteMeBodySchema = z.strictObject({
  password: z.string().min(1).max(LIMITS.passwordMax),
});

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

export const sessionSchema = z.object({
  id: z.string(),
  device: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  current: z.boolean(),
});
export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) });
export type SessionInfo = z.infer<typeof sessionSchema>;

// ---------------------------------------------------------------- couple

export const inviteSchema = z.object({
  code: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type Invite = z.infer<typeof inviteSchema>;

export const joinBodySchema = z.strictObject({
  code: inviteCodeSchema,
});

/** Who sent an invite, asked before accepting it (signed in or not). */
export const invitePreviewBodySchema = z.strictObject({
  code: inviteCodeSchema,
});

/** The inviter's display name, and nothing else about them. */
export const invitePreviewSchema = z.object({
  inviterName: z.string(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

export const coupleSchema = z.object({
  partnerName: z.string(),
  since: z.string(),
  timeZone: z.string(),
});
export type Couple = z.infer<typeof coupleSchema>;

export const updateCoupleBodySchema = z.strictObject({ timeZone: timeZoneSchema });

export const coupleNoticeKindSchema = z.enum(['linked', 'unlinked']);
export type CoupleNoticeKind = z.infer<typeof coupleNoticeKindSchema>;

/**
 * A calm note for the partner who did not act: they were linked, or the
 * other ended the link. `partnerName` is null once that person's account is
 * gone. No times: when the other acted is theirs to keep.
 */
export const coupleNoticeSchema = z.object({
  kind: coupleNoticeKindSchema,
  partnerName: z.string().nullable(),
});
export type CoupleNotice = z.infer<typeof coupleNoticeSchema>;

export const coupleNoticeResponseSchema = z.object({
  notice: coupleNoticeSchema.nullable(),
});
export type CoupleNoticeResponse = z.infer<typeof coupleNoticeResponseSchema>;

export const coupleNoticeParamsSchema = z.strictObject({ kind: coupleNoticeKindSchema });

// ---------------------------------------------------------------- daily question

export const questionSchema = z.object({
  id: z.string(),
  text: z.string(),
  kinds: z.array(intimacyKindSchema),
  depth: depthSchema,
});
export type Question = z.infer<typeof questionSchema>;

export const answerSchema = z.object({
  text: z.string(),
  updatedAt: z.string(),
});
export type Answer = z.infer<typeof answerSchema>;

/** A partner's answer carries its words only: never when it was written (no activity times). */
export const partnerAnswerSchema = z.object({ text: z.string() });
export type PartnerAnswer = z.infer<typeof partnerAnswerSchema>;

/** What a person or couple asks of the questions to come. */
export const depthChoiceSchema = z.enum(DEPTH_CHOICES);
export type DepthChoice = z.infer<typeof depthChoiceSchema>;

/**
 * How deep the questions to come may go: the deck's choice (one for the
 * couple, or the person's own), the depths its use has opened, and the next
 * depth to open with the answered days it needs (a day counts when both
 * partners answered it, or the person alone did).
 */
export const questionDeckSchema = z.object({
  choice: depthChoiceSchema,
  open: z.array(depthSchema),
  next: z
    .object({ depth: depthSchema, after: z.number().int(), done: z.number().int() })
    .nullable(),
});
export type QuestionDeck = z.infer<typeof questionDeckSchema>;

export const todayQuestionSchema = z.object({
  day: z.string(),
  question: questionSchema,
  /** Who the answer is for: "private" when solo, "reveal-together" with a partner. */
  visibility: visibilitySchema,
  mine: answerSchema.nullable(),
  partnerAnswered: z.boolean(),
  partner: partnerAnswerSchema.nullable(),
  revealed: z.boolean(),
  partnerName: z.string().nullable(),
  /** I set this day's question aside and have not answered it. Only ever about me. */
  skipped: z.boolean(),
  deck: questionDeckSchema,
});
export type TodayQuestion = z.infer<typeof todayQuestionSchema>;

export const answerBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(LIMITS.answer),
});

export const depthChoiceBodySchema = z.strictObject({ choice: depthChoiceSchema });

export const historyQuerySchema = z.strictObject({
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const historyEntrySchema = z.object({
  day: z.string(),
  question: questionSchema,
  visibility: visibilitySchema,
  mine: answerSchema.nullable(),
  partner: partnerAnswerSchema.nullable(),
  partnerAnswered: z.boolean(),
  revealed: z.boolean(),
  withPartner: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historySchema = z.object({
  entries: z.array(historyEntrySchema),
  nextBefore: z.string().nullable(),
});
export type History = z.infer<typeof historySchema>;

// ---------------------------------------------------------------- live events

/** Events carry ids only; the client refetches through the normal routes. */
export const liveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer.partner'), questionId: z.string(), day: z.string() }),
  z.object({ type: z.literal('answer.revealed'), questionId: z.string(), day: z.string() }),
  z.object({ type: z.literal('couple.changed') }),
  /** My partner shared one of their entries with me. */
  z.object({ type: z.literal('vulnerability.shared'), entryId: z.string() }),
  /** My partner replied to an entry I shared, changed the reply or took it back. */
  z.object({ type: z.literal('vulnerability.reply'), entryId: z.string() }),
  /** My partner stopped sharing an entry with me, or deleted it: its words must go from my screens. */
  z.object({ type: z.literal('vulnerability.withdrawn'), entryId: z.string() }),
  /** A shared project of the couple changed (added, edited, a step ticked or changed). */
  z.object({ type: z.literal('project.changed'), projectId: z.string() }),
  /** The couple's check-in changed (schedule, focus-mode step, agreements, a revealed note). */
  z.object({ type: z.literal('checkin.changed'), checkinId: z.string().nullable() }),
  /** A listening session of the couple moved on (started, paused, swapped, ended, a shared rating). */
  z.object({ type: z.literal('listening.changed'), sessionId: z.string() }),
  /** Decks: a card drawn, put back or kept from sitting together, or an own question added or removed. */
  z.object({ type: z.literal('deck.changed') }),
  z.object({ type: z.literal('card.partner'), cardId: z.string() }),
  z.object({ type: z.literal('card.revealed'), cardId: z.string() }),
  /** A reaction or "let's talk" mark on a revealed card, or on a revealed day's question. */
  z.object({ type: z.literal('card.reaction'), cardId: z.string() }),
  z.object({ type: z.literal('day.reaction'), day: z.string() }),
  /** My partner marked a small gesture done today, changed it, or took it back. */
  z.object({ type: z.literal('gesture.partner'), gestureDoneId: z.string() }),
  /** My partner said thank you for a gesture of mine. */
  z.object({ type: z.literal('gesture.thanked'), gestureDoneId: z.string() }),
  /** A note from my partner has arrived: sent now, or its hidden-until time has come. */
  z.object({ type: z.literal('note.arrived'), noteId: z.string() }),
  /** An exercise run of the couple changed: invited, both ready, stopped or finished. */
  z.object({ type: z.literal('exercise.run'), runId: z.string() }),
  /** The couple's date matches changed: a mutual pick appeared or went (never a one-sided pick). */
  z.object({ type: z.literal('dates.matches') }),
  /** A planned date changed, a reflection was shared or unshared, or the feed link (dateId null). */
  z.object({ type: z.literal('dates.changed'), dateId: z.string().nullable() }),
  /** The couple's weekly challenge changed: a partner is in (or no longer), swapped, done, a reflection shared. */
  z.object({ type: z.literal('challenge.changed'), weekId: z.string() }),
  /** A new hobby or trip match appeared (sent to both; never for a one-sided mark). */
  z.object({
    type: z.literal('interests.match'),
    topic: z.enum(['hobby', 'travel']),
    itemId: z.string(),
  }),
  /** My partner named a life event of ours, ended it or took it away: the plan may have changed. */
  z.object({ type: z.literal('life-events.changed') }),
  /** The couple's trip ideas or a trip plan changed: an own idea added or removed, the plan or its checklist. */
  z.object({ type: z.literal('travel.changed'), ideaId: z.string() }),
  /** My partner added, reworded or removed an entry of our "what we learned" notebook. */
  z.object({ type: z.literal('notebook.changed'), entryId: z.string() }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
