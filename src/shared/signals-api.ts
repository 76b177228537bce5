/**
 * Contracts of "Get support": my own suggestion of professional help (if
 * any), my private weekly answers, "we have tried on our own", the resources
 * guide with directories for my country, and my therapist-prep summary.
 * Everything here is about the person asking, and only them.
 */
import { z } from 'zod';
import { CONCERN_IDS, parseSections, SUMMARY_SECTIONS, TRIED_IDS } from '../core/help-summary';
import {
  CONFLICT_ANSWERS,
  HELP_KINDS,
  SEPARATION_ANSWERS,
  SIGNAL_REASONS,
  SPECIALIST_NEEDS,
  SUGGESTION_KINDS,
} from '../core/therapy-signals';
import { idSchema, intimacyKindSchema } from './api';
import { resourcesSchema } from './program-api';

// ---------------------------------------------------------------- the suggestion

export const suggestionKindSchema = z.enum(SUGGESTION_KINDS);
export const signalReasonSchema = z.enum(SIGNAL_REASONS);

export const signalSuggestionSchema = z.object({
  id: z.string(),
  /** The kind of help, already fitted to my own safety routing. */
  kind: suggestionKindSchema,
  reason: signalReasonSchema,
});
export type SignalSuggestion = z.infer<typeof signalSuggestionSchema>;

export const signalsSchema = z.object({ suggestion: signalSuggestionSchema.nullable() });
export type Signals = z.infer<typeof signalsSchema>;

export const signalParamsSchema = z.strictObject({ id: idSchema });

// ---------------------------------------------------------------- my private weekly answers

export const separationAnswerSchema = z.enum(SEPARATION_ANSWERS);
export const conflictAnswerSchema = z.enum(CONFLICT_ANSWERS);
export const specialistNeedSchema = z.enum(SPECIALIST_NEEDS);

/** Each item is optional (null: not answered); the list may also be "rather not say". */
export const privateWeekBodySchema = z.strictObject({
  separation: separationAnswerSchema.nullable(),
  conflict: conflictAnswerSchema.nullable(),
  needs: z
    .union([
      z
        .array(specialistNeedSchema)
        .max(SPECIALIST_NEEDS.length)
        .refine((list) => new Set(list).size === list.length, 'Each item once'),
      z.literal('prefer-not'),
    ])
    .nullable(),
});
export type PrivateWeekBody = z.infer<typeof privateWeekBodySchema>;

export const privateWeekSchema = z.object({
  /** This ISO week, in my own time zone. */
  week: z.string(),
  /** What I answered this week, or null. */
  mine: privateWeekBodySchema.nullable(),
});
export type PrivateWeek = z.infer<typeof privateWeekSchema>;

// ---------------------------------------------------------------- resources

const directorySchema = z.object({
  name: z.string(),
  url: z.string(),
  covers: z.array(z.enum(HELP_KINDS)),
  tip: z.string().optional(),
});
export type Directory = z.infer<typeof directorySchema>;

const guideSchema = z.object({
  version: z.string(),
  therapyKinds: z.array(
    z.object({ id: z.string(), name: z.string(), origin: z.string(), plain: z.string() }),
  ),
  firstSession: z.object({ intro: z.string(), points: z.array(z.string()) }),
  questions: z.array(z.string()),
  searching: z.object({ intro: z.string(), steps: z.array(z.string()) }),
  kindsOfHelp: z.array(
    z.object({
      kind: z.enum(HELP_KINDS),
      title: z.string(),
      body: z.string(),
      searchFor: z.string(),
    }),
  ),
  workshops: z.object({
    intro: z.string(),
    covers: z.array(z.object({ topic: z.string(), title: z.string(), body: z.string() })),
    choosing: z.array(z.string()),
  }),
  books: z.array(
    z.object({ id: z.string(), title: z.string(), author: z.string(), paragraph: z.string() }),
  ),
  courses: z.object({
    intro: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        by: z.string(),
        body: z.string(),
        url: z.string().optional(),
      }),
    ),
    choosing: z.array(z.string()),
  }),
});
export type SupportGuide = z.infer<typeof guideSchema>;

/** The support contacts for a country, with where to find a therapist there and the guide. */
export const supportResourcesViewSchema = resourcesSchema.extend({
  directories: z.object({
    /** The chosen country's directories (empty when none is chosen or it has none). */
    country: z.array(directorySchema),
    /** Directories that work from any country. */
    international: z.array(directorySchema),
  }),
  guide: guideSchema,
});
export type SupportResourcesView = z.infer<typeof supportResourcesViewSchema>;

// ---------------------------------------------------------------- the summary

export const summarySectionSchema = z.enum(SUMMARY_SECTIONS);
export type SummarySectionName = z.infer<typeof summarySectionSchema>;

export const summaryQuerySchema = z.strictObject({
  /** Comma-separated sections to include; all when left out. */
  sections: z
    .string()
    .max(100)
    .optional()
    .transform((value, ctx) => {
      const sections = parseSections(value);
      if (sections === null) {
        ctx.addIssue({ code: 'custom', message: `Choose from ${SUMMARY_SECTIONS.join(', ')}` });
        return z.NEVER;
      }
      return sections;
    }),
});

const verdictSchema = z.enum(['went-up', 'usual-range', 'went-down', 'not-enough-data']);

export const summarySchema = z.object({
  /** The day it was made, in my own time zone. */
  preparedOn: z.string(),
  sections: z.array(summarySectionSchema),
  /** My weekly pulses and checks; null when not included. */
  scores: z
    .object({
      pulses: z.array(
        z.object({
          week: z.string(),
          emotional: z.number(),
          physical: z.number(),
          intellectual: z.number(),
          talk: z.number(),
        }),
      ),
      /** How each pulse line moved against its usual range. */
      change: z.array(
        z.object({
          key: z.enum(['emotional', 'physical', 'intellectual', 'talk']),
          verdict: verdictSchema,
          baseline: z.number().nullable(),
          current: z.number().nullable(),
        }),
      ),
      checks: z.array(
        z.object({
          takenOn: z.string(),
          kinds: z.array(
            z.object({
              kind: intimacyKindSchema,
              score: z.number().nullable(),
              wish: z.number().nullable(),
            }),
          ),
        }),
      ),
    })
    .nullable(),
  /** From my latest check: what weighs on us, heaviest first, and the signs I notice. */
  causes: z
    .object({
      takenOn: z.string(),
      groups: z.array(
        z.object({
          group: z.enum(['busy-lives', 'communication', 'routine']),
          items: z.array(z.string()),
        }),
      ),
      signs: z.array(z.string()),
    })
    .nullable(),
  /** How often each concern came up in my private weekly answers. */
  concerns: z
    .object({
      weeksAnswered: z.number(),
      items: z.array(z.object({ id: z.enum(CONCERN_IDS), weeks: z.number() })),
      /** The concerns I raised for our weekly check-ins (those I kept to myself too), grouped. */
      checkins: z.object({
        /** Weeks in which I raised any concern. */
        weeks: z.number(),
        items: z.array(
          z.object({
            text: z.string(),
            weeks: z.number(),
            firstOn: z.string(),
            lastOn: z.string(),
            resolved: z.boolean(),
          }),
        ),
        /** Concerns not listed (only the most recurring are). */
        more: z.number(),
      }),
    })
    .nullable(),
  /** What I did in the app, counted: effort, kept apart from how I feel. */
  tried: z.array(z.object({ id: z.enum(TRIED_IDS), count: z.number() })).nullable(),
});
export type Summary = z.infer<typeof summarySchema>;
