/**
 * The schema every program content item must satisfy. Content lives in YAML
 * files under src/content/<type>/; each file is a list of items.
 */
import { z } from 'zod';
import { depthSchema, intimacyKindSchema } from '../shared/api';
import { PROJECT_CATEGORIES } from '../shared/projects-limits';
import { VULNERABILITY_THEMES } from '../shared/vulnerability-limits';

export const trackSchema = z.number().int().min(1).max(8);

/** A content id: lowercase words joined by dashes. */
export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'ids are lowercase words joined by dashes');

const baseItem = {
  id: contentIdSchema,
  track: trackSchema,
  kinds: z.array(intimacyKindSchema).min(1),
};

/**
 * Words that speak to or about a partner ("me", "us", "our", "each other"):
 * a question with any of them needs a `solo` wording for someone answering alone.
 */
const PARTNER_WORDS =
  /\b(?:i|i'd|i'm|i've|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|ourselves|each other|one another|together|partner|partners|both of you|two of us)\b/i;

/** True when a question's words address a partner, so it cannot go to a journal as it is. */
export function speaksToPartner(text: string): boolean {
  return PARTNER_WORDS.test(text.replace(/[\u2018\u2019]/g, "'"));
}

export const questionItemSchema = z.strictObject({
  ...baseItem,
  type: z.literal('question'),
  depth: depthSchema,
  /** The words a couple sees; they may speak to the partner ("me", "us"). */
  text: z.string().trim().min(10).max(300),
  /**
   * The words for someone answering alone, in their private journal: about
   * them and the people in their life, never to a partner who is not there.
   * Needed whenever `text` speaks to a partner.
   */
  solo: z.string().trim().min(10).max(300).optional(),
  /** The themed decks (ids of `deck` items) this question truly fits: one, or at most two. */
  decks: z
    .array(contentIdSchema)
    .min(1)
    .max(2)
    .refine((ids) => new Set(ids).size === ids.length, 'a deck is listed twice'),
});
export type QuestionItem = z.infer<typeof questionItemSchema>;

/** A statement of the intimacy check, rated 0–10 as "how it is now" and "how I'd like it". */
export const checkItemSchema = z.strictObject({
  ...baseItem,
  type: z.literal('check-item'),
  track: z.literal(2),
  kinds: z.array(intimacyKindSchema).length(1),
  text: z.string().trim().min(10).max(160),
});
export type CheckItem = z.infer<typeof checkItemSchema>;

/** One card of the track-1 primer: a short idea, everyday examples, and a private reflection. */
export const primerCardSchema = z.strictObject({
  ...baseItem,
  type: z.literal('primer-card'),
  track: z.literal(1),
  order: z.number().int().min(1),
  title: z.string().trim().min(3).max(60),
  body: z.string().trim().min(20).max(420),
  examples: z.array(z.string().trim().min(5).max(140)).max(4).default([]),
  reflection: z.string().trim().min(10).max(200),
});
export type PrimerCard = z.infer<typeof primerCardSchema>;

/** A themed deck of open-dialogue questions ("dreams and future", "our story"…). */
export const deckItemSchema = z.strictObject({
  ...baseItem,
  type: z.literal('deck'),
  track: z.literal(3),
  order: z.number().int().min(1),
  title: z.string().trim().min(3).max(40),
  /** One or two warm sentences on what the deck is for. */
  description: z.string().trim().min(20).max(200),
});
export type DeckItem = z.infer<typeof deckItemSchema>;

/** A topic a speaker can pick for an active-listening turn. */
export const listeningPromptSchema = z.strictObject({
  ...baseItem,
  type: z.literal('listening-prompt'),
  track: z.literal(3),
  depth: depthSchema,
  /** Addressed to the speaker, e.g. "Something that has been on your mind at work lately". */
  text: z.string().trim().min(10).max(200),
});
export type ListeningPrompt = z.infer<typeof listeningPromptSchema>;

/** A prompt a person answers privately about themselves, and may later share with their partner. */
export const vulnerabilityPromptSchema = z.strictObject({
  ...baseItem,
  type: z.literal('vulnerability-prompt'),
  track: z.literal(5),
  theme: z.enum(VULNERABILITY_THEMES),
  depth: depthSchema,
  /** Addressed to the writer, about the writer; never about the partner. */
  text: z.string().trim().min(10).max(200),
});
export type VulnerabilityPrompt = z.infer<typeof vulnerabilityPromptSchema>;

/** A warm way to answer something a partner shared: words the partner can send as they are. */
export const supportiveResponseSchema = z.strictObject({
  ...baseItem,
  type: z.literal('supportive-response'),
  track: z.literal(5),
  /** The themes it fits best. */
  themes: z.array(z.enum(VULNERABILITY_THEMES)).min(1),
  text: z.string().trim().min(10).max(140),
  /** One short line on why it helps, shown beside it. */
  why: z.string().trim().min(10).max(160),
});
export type SupportiveResponse = z.infer<typeof supportiveResponseSchema>;

/** A starter idea for a couple's shared project, with a few first steps. */
export const projectIdeaSchema = z.strictObject({
  ...baseItem,
  type: z.literal('project-idea'),
  track: z.literal(5),
  category: z.enum(PROJECT_CATEGORIES),
  title: z.string().trim().min(3).max(80),
  why: z.string().trim().min(10).max(200),
  steps: z.array(z.string().trim().min(3).max(120)).min(2).max(6),
});
export type ProjectIdea = z.infer<typeof projectIdeaSchema>;

/** A small everyday gesture (track 4): one short suggestion, never sexual, always a suggestion. */
export const gestureItemSchema = z.strictObject({
  ...baseItem,
  type: z.literal('gesture'),
  track: z.literal(4),
  /** A short imperative, e.g. "Hold hands for a whole walk, however short". */
  text: z.string().trim().min(10).max(120),
  /** One sentence on why it matters. */
  why: z.string().trim().min(10).max(200).optional(),
  /** Every shipped gesture is non-sexual; the flag exists so a future one could never slip in unmarked. */
  sensual: z.boolean().default(false),
  effort: z.enum(['tiny', 'small']),
  /** It works when the two of you are apart (long distance, travel, different shifts). */
  distance: z.boolean().default(false),
});
export type GestureItem = z.infer<typeof gestureItemSchema>;

/** Every content type known so far; later types join this union. */
export const contentItemSchema = z.discriminatedUnion('type', [
  questionItemSchema,
  checkItemSchema,
  primerCardSchema,
  deckItemSchema,
  listeningPromptSchema,
  vulnerabilityPromptSchema,
  supportiveResponseSchema,
  projectIdeaSchema,
  gestureItemSchema,
]);
export type ContentItem = z.infer<typeof contentItemSchema>;
