/**
 * Contracts of active-listening sessions (track 3): starting a session,
 * moving it along from either device, the speaker's private "I felt heard"
 * rating, and the person's own summary.
 */
import { z } from 'zod';
import { LISTENING_ACTIONS, LISTENING_LIMITS, LISTENING_PHASES } from '../core/listening';
import { depthSchema, idSchema, intimacyKindSchema } from './api';

export const listeningModeSchema = z.enum(['together', 'shared-device']);
export type ListeningMode = z.infer<typeof listeningModeSchema>;

const promptIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id');
const turnSchema = z.union([z.literal(1), z.literal(2)]);

/** A topic from the prompt list, or in the speaker's own words. */
export const listeningTopicBodySchema = z.union([
  z.strictObject({ promptId: promptIdSchema }),
  z.strictObject({ text: z.string().trim().min(1).max(LISTENING_LIMITS.topic) }),
]);
export type ListeningTopicBody = z.infer<typeof listeningTopicBodySchema>;

export const startListeningBodySchema = z.strictObject({
  /** Who speaks first: the person starting, or their partner. */
  firstSpeaker: z.enum(['me', 'partner']),
  /** Each speaker's turn, two to five minutes. */
  seconds: z
    .number()
    .int()
    .min(LISTENING_LIMITS.turnSecondsMin)
    .max(LISTENING_LIMITS.turnSecondsMax),
  /** On both partners' devices at once, or on this one device together. */
  mode: listeningModeSchema,
  /** The first speaker's topic, when the person starting is that speaker (or on one shared device). */
  topic: listeningTopicBodySchema.optional(),
});
export type StartListeningBody = z.infer<typeof startListeningBodySchema>;

export const listeningSessionParamsSchema = z.strictObject({ sessionId: idSchema });

export const listeningActionBodySchema = z.strictObject({
  action: z.enum(LISTENING_ACTIONS),
  /** The turn the person's screen showed: a late press for a turn that has passed changes nothing. */
  turn: turnSchema,
  /** With "start": the speaker's topic for this turn (null: no set topic). */
  topic: listeningTopicBodySchema.nullable().optional(),
});
export type ListeningActionBody = z.infer<typeof listeningActionBodySchema>;

export const listeningRatingBodySchema = z.strictObject({
  rating: z.number().int().min(LISTENING_LIMITS.ratingMin).max(LISTENING_LIMITS.ratingMax),
  /** "Share this with my partner": only then does the listener see this rating. */
  share: z.boolean(),
});
export type ListeningRatingBody = z.infer<typeof listeningRatingBodySchema>;

const topicSchema = z.object({
  /** The prompt it came from; null for the speaker's own words. */
  promptId: z.string().nullable(),
  text: z.string(),
});

const myRatingSchema = z.object({ rating: z.number(), shared: z.boolean() });
const sharedRatingSchema = z.object({ rating: z.number() });

export const listeningSessionSchema = z.object({
  id: z.string(),
  mode: listeningModeSchema,
  phase: z.enum(LISTENING_PHASES),
  turn: turnSchema,
  paused: z.boolean(),
  completed: z.boolean(),
  /**
   * The speaker's timer, read at the server's `at`: each device counts on
   * from `elapsedMs` while `running`, so all of them show the same time left.
   */
  timer: z.object({
    turnMs: z.number(),
    elapsedMs: z.number(),
    running: z.boolean(),
    at: z.string(),
  }),
  turns: z.array(
    z.object({
      turn: turnSchema,
      speaker: z.enum(['me', 'partner']),
      topic: topicSchema.nullable(),
      /** Whether this speaker may still choose the topic (before their turn begins). */
      topicOpen: z.boolean(),
    }),
  ),
  /** My role in the current turn; "both" on one shared device. */
  myRole: z.enum(['speaker', 'listener', 'both']),
  partnerName: z.string(),
  startedByMe: z.boolean(),
  /** Goes up by one with every change, so a screen can tell a fresh state from an old one. */
  version: z.number(),
  rating: z.object({
    /** The turn I spoke in, once I may rate it (the session has ended and I got to speak). */
    myTurn: turnSchema.nullable(),
    /** My own rating: only ever mine to see, unless I shared it. */
    mine: myRatingSchema.nullable(),
    /** My partner's rating of their turn, only when they chose to share it with me. */
    partnerShared: sharedRatingSchema.nullable(),
  }),
});
export type ListeningSession = z.infer<typeof listeningSessionSchema>;

export const listeningPromptsSchema = z.object({
  prompts: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      depth: depthSchema,
      kinds: z.array(intimacyKindSchema),
    }),
  ),
});
export type ListeningPrompts = z.infer<typeof listeningPromptsSchema>;

export const listeningSummarySchema = z.object({
  linked: z.boolean(),
  partnerName: z.string().nullable(),
  /** The couple's session under way, if any. */
  active: z
    .object({ id: z.string(), startedByMe: z.boolean(), mode: listeningModeSchema })
    .nullable(),
  /** Sessions this couple ran to the end. */
  sessionsDone: z.number(),
  /**
   * How heard my partner has felt when I listened: an average that changes
   * at most once a week and in steps of three ratings, rounded to a half
   * point; null until it may be shown (see core/listening.ts).
   */
  listenerAverage: z.number().nullable(),
  /** This couple's ended sessions, newest first. */
  history: z.array(
    z.object({
      id: z.string(),
      day: z.string(),
      completed: z.boolean(),
      /** The turn I spoke in, if I got to speak. */
      myTurn: turnSchema.nullable(),
      mine: myRatingSchema.nullable(),
      partnerShared: sharedRatingSchema.nullable(),
    }),
  ),
});
export type ListeningSummary = z.infer<typeof listeningSummarySchema>;
