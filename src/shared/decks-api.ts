/**
 * Contracts of the open-dialogue decks: browsing and drawing cards, answering
 * them privately, reacting to a reveal (a card's or the daily question's),
 * "let's talk about this", a couple's own questions, and answers kept from
 * sitting together on one device.
 */
import { z } from 'zod';
import { OWN_QUESTION_MAX, OWN_QUESTION_MIN } from '../core/decks';
import { REACTIONS } from '../core/reactions';
import {
  answerBodySchema,
  answerSchema,
  depthSchema,
  idSchema,
  intimacyKindSchema,
  partnerAnswerSchema,
  questionIdSchema,
  visibilitySchema,
} from './api';

// ---------------------------------------------------------------- parameters and bodies

export const deckParamsSchema = z.strictObject({ deckId: questionIdSchema });
export const cardParamsSchema = z.strictObject({ cardId: idSchema });
export const ownQuestionParamsSchema = z.strictObject({ ownQuestionId: idSchema });
export const dayParamsSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a day'),
});

/** "Choose the depth you want today": one depth, or any (absent or null). */
export const drawBodySchema = z.strictObject({ depth: depthSchema.nullable().optional() });

export const deckPageQuerySchema = z.strictObject({
  /** Cards drawn before this one (its position), newest first. */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const nextQuestionQuerySchema = z.strictObject({
  depth: depthSchema.optional(),
  /** "Another one": how many proposals to pass over. */
  offset: z.coerce.number().int().min(0).max(1000).optional(),
});

/** The same limits as the daily answer. */
export const cardAnswerBodySchema = answerBodySchema;

export const reactionSchema = z.enum(REACTIONS);
export type Reaction = z.infer<typeof reactionSchema>;
export const reactionBodySchema = z.strictObject({ reaction: reactionSchema.nullable() });
export const talkBodySchema = z.strictObject({ talk: z.boolean() });

export const ownQuestionBodySchema = z.strictObject({
  text: z.string().trim().min(OWN_QUESTION_MIN).max(OWN_QUESTION_MAX),
});

/**
 * Kept from sitting together on one device: both answers, typed there by
 * each partner, saved only because both ticked "keep this card".
 */
export const togetherBodySchema = z.strictObject({
  deckId: questionIdSchema,
  /** A question of that deck (or, for the own deck, one of the couple's own questions). */
  questionId: z.string().regex(/^[A-Za-z0-9_-]{2,64}$/, 'Not a valid id'),
  mine: answerBodySchema.shape.text,
  partner: answerBodySchema.shape.text,
  bothAgreed: z.literal(true),
});
export type TogetherBody = z.infer<typeof togetherBodySchema>;

// ---------------------------------------------------------------- views

/** A card's question as the person reads it; own questions have no depth or kinds. */
export const cardQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  kinds: z.array(intimacyKindSchema),
  depth: depthSchema.nullable(),
  /** Written by the couple (or the person) for their own deck, and by whom. */
  writtenBy: z.enum(['me', 'partner']).nullable(),
});
export type CardQuestion = z.infer<typeof cardQuestionSchema>;

/** After a reveal: my reaction and talk mark, and my partner's. */
export const reactionStateSchema = z.object({
  mine: reactionSchema.nullable(),
  partner: reactionSchema.nullable(),
  talk: z.object({ mine: z.boolean(), partner: z.boolean() }),
});
export type ReactionState = z.infer<typeof reactionStateSchema>;

/** One card in a list: where it stands, never what anyone wrote. */
export const cardSummarySchema = z.object({
  id: z.string(),
  deckId: z.string(),
  question: cardQuestionSchema,
  answered: z.boolean(),
  /** Yes or no only: never when, never how much. */
  partnerAnswered: z.boolean(),
  revealed: z.boolean(),
  /** I set it aside. Only ever about me. */
  skipped: z.boolean(),
  withPartner: z.boolean(),
});
export type CardSummary = z.infer<typeof cardSummarySchema>;

export const cardSchema = cardSummarySchema.extend({
  deckTitle: z.string(),
  visibility: visibilitySchema,
  partnerName: z.string().nullable(),
  mine: answerSchema.nullable(),
  partner: partnerAnswerSchema.nullable(),
  /** Answered side by side on one device and kept by both. */
  together: z.boolean(),
  /** Nobody has written anything yet: it may go back into the deck. */
  canPutBack: z.boolean(),
  reactions: reactionStateSchema.nullable(),
});
export type Card = z.infer<typeof cardSchema>;

const depthCountsSchema = z.object({
  any: z.number().int(),
  light: z.number().int(),
  deeper: z.number().int(),
  deepest: z.number().int(),
});
export type DepthCounts = z.infer<typeof depthCountsSchema>;

/** A deck and the couple's shared activity in it (or the person's own, alone). */
export const deckSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kinds: z.array(intimacyKindSchema),
  own: z.boolean(),
  questionCount: z.number().int(),
  /** Cards drawn from it so far. */
  drawn: z.number().int(),
  /** Cards answered by both and revealed (alone: answered). */
  settled: z.number().int(),
  /** Questions not drawn yet, overall and by depth. */
  undrawn: depthCountsSchema,
});
export type DeckSummary = z.infer<typeof deckSummarySchema>;

export const decksSchema = z.object({
  decks: z.array(deckSummarySchema),
  /** Cards drawn and not yet revealed (alone: not yet answered). */
  open: z.array(cardSummarySchema),
  openLimit: z.number().int(),
  withPartner: z.boolean(),
  partnerName: z.string().nullable(),
});
export type Decks = z.infer<typeof decksSchema>;

export const deckDetailSchema = z.object({
  deck: deckSummarySchema,
  cards: z.array(cardSummarySchema),
  /** Pass as `before` for the next page; null on the last. */
  nextBefore: z.number().int().nullable(),
  openCount: z.number().int(),
  openLimit: z.number().int(),
});
export type DeckDetail = z.infer<typeof deckDetailSchema>;

/** A question to talk about side by side; nothing is stored. */
export const nextQuestionSchema = z.object({
  deckId: z.string(),
  question: cardQuestionSchema,
  offset: z.number().int(),
});
export type NextQuestion = z.infer<typeof nextQuestionSchema>;

export const ownQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  writtenBy: z.enum(['me', 'partner']),
});
export type OwnQuestion = z.infer<typeof ownQuestionSchema>;

export const ownQuestionsSchema = z.object({
  questions: z.array(ownQuestionSchema),
  max: z.number().int(),
});
export type OwnQuestions = z.infer<typeof ownQuestionsSchema>;

/** A revealed daily question's reactions. */
export const dayReactionsSchema = reactionStateSchema.extend({ day: z.string() });
export type DayReactions = z.infer<typeof dayReactionsSchema>;

/** Something one of you wants to talk about in person, until either marks it talked about. */
export const talkItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('card'),
    cardId: z.string(),
    question: cardQuestionSchema,
    mine: z.boolean(),
    partner: z.boolean(),
  }),
  z.object({
    kind: z.literal('day'),
    day: z.string(),
    question: cardQuestionSchema,
    mine: z.boolean(),
    partner: z.boolean(),
  }),
]);
export type TalkItem = z.infer<typeof talkItemSchema>;

export const talkListSchema = z.object({ items: z.array(talkItemSchema) });
export type TalkList = z.infer<typeof talkListSchema>;
