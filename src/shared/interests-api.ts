/**
 * Contracts of shared hobbies and travel (track 6): each partner marks
 * hobbies and trip ideas privately (yes, maybe or no); only mutual marks are
 * ever shown (the rule is core/mutual-match.ts). A couple can add its own
 * trip ideas, and plan a matched trip: when, a budget band, and a checklist
 * both can tick.
 */
import { z } from 'zod';
import { PICKS } from '../core/mutual-match';
import { intimacyKindSchema, questionIdSchema } from './api';
import {
  BUDGET_BANDS,
  HOBBY_CATEGORIES,
  PLAY_LIMITS,
  SEASON_HINTS,
  SEASONS,
  TRAVEL_PACES,
  TRAVEL_SCALES,
} from './play-limits';

// ---------------------------------------------------------------- parameters and bodies

export const pickSchema = z.enum(PICKS);
export const matchStrengthSchema = z.enum(['both-yes', 'yes-and-maybe', 'both-maybe']);

export const hobbyParamsSchema = z.strictObject({ hobbyId: questionIdSchema });
/** A library idea's id, or an own wish's ("wish-…"). */
export const travelIdeaParamsSchema = z.strictObject({ ideaId: questionIdSchema });
export const checklistItemParamsSchema = z.strictObject({
  ideaId: questionIdSchema,
  itemId: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/, 'Not a valid id'),
});

export const pickBodySchema = z.strictObject({ pick: pickSchema });

export const budgetBandSchema = z.enum(BUDGET_BANDS);
export const travelScaleSchema = z.enum(TRAVEL_SCALES);

export const travelWishBodySchema = z.strictObject({
  title: z.string().trim().min(3).max(PLAY_LIMITS.wishTitle),
  description: z.string().trim().max(PLAY_LIMITS.wishDescription).nullable().optional(),
  scale: travelScaleSchema,
  budget: budgetBandSchema,
});
export type TravelWishBody = z.infer<typeof travelWishBodySchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a day');

/** When a trip is to happen: a season of a year, a month, or dates. */
export const tripTimingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('season'),
    season: z.enum(SEASONS),
    year: z.number().int().min(2000).max(2200),
  }),
  z.strictObject({
    kind: z.literal('month'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Not a month'),
  }),
  z.strictObject({ kind: z.literal('dates'), from: day, to: day }),
]);
export type TripTiming = z.infer<typeof tripTimingSchema>;

export const tripPlanBodySchema = z.strictObject({
  when: tripTimingSchema.nullable(),
  budget: budgetBandSchema.nullable(),
});
export type TripPlanBody = z.infer<typeof tripPlanBodySchema>;

export const checklistItemBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(PLAY_LIMITS.checklistItem),
});
export const checklistTickBodySchema = z.strictObject({ done: z.boolean() });

// ---------------------------------------------------------------- hobbies

export const hobbySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.enum(HOBBY_CATEGORIES),
  kinds: z.array(intimacyKindSchema),
});
export type Hobby = z.infer<typeof hobbySchema>;

export const hobbiesSchema = z.object({
  /** Every hobby with my own mark; nothing of my partner's. */
  hobbies: z.array(hobbySchema.extend({ mine: pickSchema.nullable() })),
});
export type Hobbies = z.infer<typeof hobbiesSchema>;

export const hobbyMatchesSchema = z.object({
  /** Hobbies we both marked yes or maybe, strongest first; empty for someone alone. */
  matches: z.array(z.object({ hobby: hobbySchema, strength: matchStrengthSchema })),
});
export type HobbyMatches = z.infer<typeof hobbyMatchesSchema>;

export const hobbyPickResultSchema = hobbyMatchesSchema.extend({
  hobbyId: z.string(),
  mine: pickSchema,
});
export type HobbyPickResult = z.infer<typeof hobbyPickResultSchema>;

// ---------------------------------------------------------------- travel

export const travelIdeaSchema = z.object({
  id: z.string(),
  /** From Rekindle's library, or added by one of us in our own words. */
  source: z.enum(['library', 'own']),
  title: z.string(),
  description: z.string().nullable(),
  scale: travelScaleSchema,
  budget: budgetBandSchema,
  /** Library ideas only. */
  pace: z.enum(TRAVEL_PACES).nullable(),
  seasons: z.array(z.enum(SEASON_HINTS)),
  kinds: z.array(intimacyKindSchema),
  /** Who added an own idea (their proposal); null for library ideas. */
  addedBy: z.enum(['me', 'partner']).nullable(),
});
export type TravelIdea = z.infer<typeof travelIdeaSchema>;

export const travelSchema = z.object({
  /** Every idea with my own mark; nothing of my partner's marks. */
  ideas: z.array(travelIdeaSchema.extend({ mine: pickSchema.nullable() })),
});
export type Travel = z.infer<typeof travelSchema>;

export const checklistItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  addedBy: z.enum(['me', 'partner']),
  done: z.boolean(),
  /** Who ticked it (null when not ticked, or ticked by an account since deleted). */
  doneBy: z.enum(['me', 'partner']).nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const tripPlanSchema = z.object({
  ideaId: z.string(),
  idea: travelIdeaSchema,
  when: tripTimingSchema.nullable(),
  budget: budgetBandSchema.nullable(),
  items: z.array(checklistItemSchema),
});
export type TripPlan = z.infer<typeof tripPlanSchema>;

export const travelMatchesSchema = z.object({
  /** Trips we both marked yes or maybe, strongest first; empty for someone alone. */
  matches: z.array(
    z.object({
      idea: travelIdeaSchema,
      strength: matchStrengthSchema,
      /** The couple's plan for it, in brief; null until one of us starts planning. */
      plan: z
        .object({
          when: tripTimingSchema.nullable(),
          budget: budgetBandSchema.nullable(),
          items: z.number().int(),
          done: z.number().int(),
        })
        .nullable(),
    }),
  ),
});
export type TravelMatches = z.infer<typeof travelMatchesSchema>;

export const travelPickResultSchema = travelMatchesSchema.extend({
  ideaId: z.string(),
  mine: pickSchema,
});
export type TravelPickResult = z.infer<typeof travelPickResultSchema>;
