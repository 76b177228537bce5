/**
 * The schema every program content item must satisfy. Content lives in YAML
 * files under src/content/<type>/; each file is a list of items.
 */
import { z } from 'zod';
import { DATE_COSTS, DATE_ENERGIES, DATE_SEASONS, DATE_SETTINGS } from '../core/dates';
import { EXERCISE_CATEGORIES, totalSeconds } from '../core/exercises';
import { countWords, readingMinutes } from '../core/library';
import { depthSchema, intimacyKindSchema } from '../shared/api';
import { FAQ_TOPICS, RELATED_PATHS } from '../shared/library-limits';
import {
  BUDGET_BANDS,
  CHALLENGE_SETTINGS,
  COST_BANDS,
  HOBBY_CATEGORIES,
  SEASON_HINTS,
  TRAVEL_PACES,
  TRAVEL_SCALES,
} from '../shared/play-limits';
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

/** One timed step of a guided exercise, spoken to both partners. */
const exerciseStepSchema = z.strictObject({
  text: z.string().trim().min(10).max(280),
  seconds: z.number().int().min(10).max(1200),
  /** The breathing pacer runs during this step (the exercise then has a `pacer`). */
  paced: z.boolean().default(false),
});

/**
 * A guided, timed exercise for two (track 4): consent first, steps with
 * timings, and either partner can stop at any moment. Never sexual; every
 * one can be adapted to any body (`adapt`).
 */
export const exerciseItemSchema = z
  .strictObject({
    ...baseItem,
    type: z.literal('exercise'),
    track: z.literal(4),
    category: z.enum(EXERCISE_CATEGORIES),
    title: z.string().trim().min(3).max(60),
    summary: z.string().trim().min(20).max(200),
    /** About how long it takes; within a minute of its steps' total. */
    minutes: z.number().int().min(1).max(60),
    /** Every exercise is for two. */
    together: z.literal(true),
    /** It also works apart, over a call. */
    distance: z.boolean().default(false),
    /** How to make it fit: seated, lying down, without touch, with less movement. */
    adapt: z.string().trim().min(20).max(280),
    /** Said before it starts, and both agree to it. */
    consent: z.string().trim().min(20).max(280),
    steps: z.array(exerciseStepSchema).min(2).max(12),
    /** Seconds of each phase of one breath, for the visual pacer. */
    pacer: z
      .strictObject({
        inhale: z.number().int().min(2).max(10),
        hold: z.number().int().min(0).max(10),
        exhale: z.number().int().min(2).max(12),
        holdAfter: z.number().int().min(0).max(10),
      })
      .optional(),
    /** Suggested songs (title and artist only), for dancing. */
    songs: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1).max(80),
          artist: z.string().trim().min(1).max(80),
        }),
      )
      .min(3)
      .max(20)
      .optional(),
  })
  .superRefine((item, ctx) => {
    const paced = item.steps.some((step) => step.paced);
    if (paced && !item.pacer)
      ctx.addIssue({ code: 'custom', path: ['pacer'], message: 'a paced step needs a pacer' });
    if (!paced && item.pacer)
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a pacer needs a paced step' });
    if (Math.abs(totalSeconds(item.steps) / 60 - item.minutes) > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `steps add up to ${Math.round(totalSeconds(item.steps) / 60)} minutes`,
      });
  });
export type ExerciseItem = z.infer<typeof exerciseItemSchema>;

/**
 * A date or shared experience for the idea library (track 4): at home or
 * out, what it costs, the time and energy it needs, the seasons it fits, and
 * whether it works for a couple living apart.
 */
export const dateIdeaSchema = z
  .strictObject({
    ...baseItem,
    type: z.literal('date-idea'),
    track: z.literal(4),
    title: z.string().trim().min(3).max(60),
    /** One or two sentences. */
    description: z.string().trim().min(20).max(240),
    setting: z.enum(DATE_SETTINGS),
    cost: z.enum(DATE_COSTS),
    /** About how long it takes, in minutes. */
    minutes: z.number().int().min(5).max(1440),
    energy: z.enum(DATE_ENERGIES),
    /** `[any]`, or the seasons it fits. */
    seasons: z.array(z.enum(DATE_SEASONS)).min(1).max(4),
    /** It works for a couple living apart (over a call, or each in their own place). */
    distance: z.literal(true).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.seasons.includes('any') && item.seasons.length > 1)
      ctx.addIssue({ code: 'custom', path: ['seasons'], message: '"any" stands alone' });
    if (new Set(item.seasons).size !== item.seasons.length)
      ctx.addIssue({ code: 'custom', path: ['seasons'], message: 'a season is repeated' });
  });
export type DateIdeaItem = z.infer<typeof dateIdeaSchema>;

/**
 * A weekly novelty challenge (track 6): something new a couple tries
 * together, at home or out, with what it costs, about how long it takes,
 * and whether it works for a couple living apart (`distance`).
 */
export const noveltyChallengeSchema = z.strictObject({
  ...baseItem,
  type: z.literal('novelty-challenge'),
  track: z.literal(6),
  title: z.string().trim().min(3).max(70),
  /** Two or three sentences: what to do, and a way to make it your own. */
  description: z.string().trim().min(20).max(300),
  setting: z.enum(CHALLENGE_SETTINGS),
  cost: z.enum(COST_BANDS),
  /** About how long it takes, in minutes. */
  minutes: z
    .number()
    .int()
    .min(10)
    .max(12 * 60),
  distance: z.boolean().default(false),
});
export type NoveltyChallengeItem = z.infer<typeof noveltyChallengeSchema>;

/** A hobby partners can mark privately (track 6); only the ones both like are shown. */
export const hobbyItemSchema = z.strictObject({
  ...baseItem,
  type: z.literal('hobby'),
  track: z.literal(6),
  title: z.string().trim().min(3).max(40),
  /** One short sentence. */
  description: z.string().trim().min(10).max(140),
  category: z.enum(HOBBY_CATEGORIES),
});
export type HobbyItem = z.infer<typeof hobbyItemSchema>;

/**
 * A travel or adventure idea (track 6), from a day out to a big trip: how
 * big, what it costs, how much it asks of the body, and when it is at its best.
 */
export const travelIdeaSchema = z
  .strictObject({
    ...baseItem,
    type: z.literal('travel-idea'),
    track: z.literal(6),
    title: z.string().trim().min(3).max(60),
    description: z.string().trim().min(20).max(280),
    scale: z.enum(TRAVEL_SCALES),
    budget: z.enum(BUDGET_BANDS),
    pace: z.enum(TRAVEL_PACES),
    /** `[any]`, or the seasons it is at its best in. */
    seasons: z.array(z.enum(SEASON_HINTS)).min(1).max(4),
  })
  .superRefine((item, ctx) => {
    if (item.seasons.includes('any') && item.seasons.length > 1)
      ctx.addIssue({ code: 'custom', path: ['seasons'], message: '"any" stands alone' });
    if (new Set(item.seasons).size !== item.seasons.length)
      ctx.addIssue({ code: 'custom', path: ['seasons'], message: 'a season is repeated' });
  });
export type TravelIdeaItem = z.infer<typeof travelIdeaSchema>;

/** Text made of paragraphs, "- " lists and "## " subheadings; never markup. */
const libraryTextSchema = z
  .string()
  .trim()
  .refine((text) => !/[<>]/.test(text), 'plain text only: no markup');

const relatedPathsSchema = z
  .array(z.enum(RELATED_PATHS))
  .min(1)
  .max(4)
  .refine((paths) => new Set(paths).size === paths.length, 'a path is listed twice');

/**
 * A short original article of the learning library (track 8 gathers them;
 * each belongs to the track it is about): 3–5 minutes of reading, with the
 * app's features that act on it. `minutes` is checked against the words.
 */
export const articleItemSchema = z
  .strictObject({
    ...baseItem,
    type: z.literal('article'),
    title: z.string().trim().min(3).max(70),
    /** One sentence. */
    summary: z.string().trim().min(20).max(200),
    minutes: z.number().int().min(3).max(5),
    body: libraryTextSchema,
    related: relatedPathsSchema,
  })
  .superRefine((item, ctx) => {
    const minutes = readingMinutes(item.body);
    if (minutes !== item.minutes)
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `the body reads in ${minutes} minutes (${countWords(item.body)} words)`,
      });
  });
export type ArticleItem = z.infer<typeof articleItemSchema>;

/** An answer to one of the common questions of the help page, in 80–250 words. */
export const faqItemSchema = z
  .strictObject({
    ...baseItem,
    type: z.literal('faq'),
    track: z.literal(8),
    topic: z.enum(FAQ_TOPICS),
    order: z.number().int().min(1),
    question: z.string().trim().min(10).max(120),
    answer: libraryTextSchema,
    related: relatedPathsSchema,
    /** Articles to read next (ids of `article` items). */
    articles: z.array(contentIdSchema).max(3).default([]),
  })
  .superRefine((item, ctx) => {
    const words = countWords(item.answer);
    if (words < 80 || words > 250)
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `answers take 80–250 words (this one ${words})`,
      });
  });
export type FaqItem = z.infer<typeof faqItemSchema>;

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
  exerciseItemSchema,
  dateIdeaSchema,
  noveltyChallengeSchema,
  hobbyItemSchema,
  travelIdeaSchema,
  articleItemSchema,
  faqItemSchema,
]);
export type ContentItem = z.infer<typeof contentItemSchema>;
