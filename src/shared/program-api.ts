/**
 * Contracts of the program's first tracks: primer, private screen, support
 * resources, intimacy check, plan, Today, weekly pulse and progress.
 */
import { z } from 'zod';
import { LIFE_EVENT_KINDS } from '../core/life-events';
import { RHYTHM_IDS } from '../core/plan';
import { SUGGESTION_KINDS } from '../core/therapy-signals';
import { depthSchema, intimacyKindSchema, LIMITS } from './api';
import { ROUTES, type RouteName } from './limits';

const itemId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id');

// ---------------------------------------------------------------- primer

export const primerCardSchema = z.object({
  id: z.string(),
  order: z.number(),
  title: z.string(),
  body: z.string(),
  examples: z.array(z.string()),
  reflection: z.string(),
  kinds: z.array(intimacyKindSchema),
  seen: z.boolean(),
  myReflection: z.string().nullable(),
});
export type PrimerCardView = z.infer<typeof primerCardSchema>;

export const primerSchema = z.object({ cards: z.array(primerCardSchema), done: z.boolean() });
export type Primer = z.infer<typeof primerSchema>;

export const primerCardParamsSchema = z.strictObject({ cardId: itemId });
export const primerProgressBodySchema = z.strictObject({
  reflection: z.string().trim().max(LIMITS.reflection).nullable().optional(),
});

// ---------------------------------------------------------------- private screen

export const screenAnswerSchema = z.enum(['yes', 'no', 'prefer-not']);
export const routeSchema = z.enum(ROUTES);
export type { RouteName };
export const rememberSchema = z.enum(['account', 'device', 'none']);

export const privateScreenViewSchema = z.object({
  version: z.string(),
  intro: z.string(),
  /** "self" questions route to crisis lines at once (S2); "harm" ones to private support (S1). */
  questions: z.array(
    z.object({ id: z.string(), text: z.string(), group: z.enum(['harm', 'self']) }),
  ),
  /** Whether it is time to offer the screen again (never answered, or 6 weeks passed). */
  due: z.boolean(),
  /** My own current route, from what I chose to keep in my account or this session. */
  route: routeSchema,
  kept: z.enum(['account', 'session', 'nowhere']),
});
export type PrivateScreenView = z.infer<typeof privateScreenViewSchema>;

export const privateScreenAnswersBodySchema = z.strictObject({
  answers: z.record(itemId, screenAnswerSchema),
  remember: rememberSchema,
});

export const privateScreenResultSchema = z.object({ route: routeSchema, remember: rememberSchema });

// ---------------------------------------------------------------- support resources

const contactSchema = z.object({
  name: z.string(),
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
  hours: z.string().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const resourcesQuerySchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((v) => v.toUpperCase())
    .optional(),
});

export const resourcesSchema = z.object({
  country: z.object({ code: z.string(), name: z.string() }).nullable(),
  emergency: z.string().nullable(),
  emergencyNote: z.string(),
  abuse: z.array(contactSchema),
  crisis: z.array(contactSchema),
  fallback: z.object({ abuse: z.array(contactSchema), crisis: z.array(contactSchema) }),
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type Resources = z.infer<typeof resourcesSchema>;

// ---------------------------------------------------------------- check

export const checkDefinitionSchema = z.object({
  version: z.string(),
  items: z.array(z.object({ id: z.string(), kind: intimacyKindSchema, text: z.string() })),
  causes: z.array(
    z.object({
      id: z.string(),
      group: z.enum(['busy-lives', 'communication', 'routine']),
      label: z.string(),
    }),
  ),
  signs: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type CheckDefinition = z.infer<typeof checkDefinitionSchema>;

const rating = z.number().int().min(0).max(10);
export const checkResponseBodySchema = z.strictObject({
  items: z.record(itemId, z.strictObject({ now: rating, wish: rating })),
  causes: z.record(itemId, z.number().int().min(0).max(3)),
  signs: z.array(itemId).max(20),
});
export type CheckResponseBody = z.infer<typeof checkResponseBodySchema>;

export const kindScoreSchema = z.object({
  kind: intimacyKindSchema,
  score: z.number().nullable(),
  wish: z.number().nullable(),
  gap: z.number().nullable(),
});

export const checkResultSchema = z.object({
  id: z.string(),
  takenAt: z.string(),
  version: z.string(),
  kinds: z.array(kindScoreSchema),
  causes: z.array(
    z.object({
      group: z.enum(['busy-lives', 'communication', 'routine']),
      weight: z.number(),
      items: z.array(z.string()),
    }),
  ),
  signs: z.array(z.string()),
});
export type CheckResultView = z.infer<typeof checkResultSchema>;

export const checkResultsSchema = z.object({
  results: z.array(checkResultSchema),
  /** When the next gentle re-check is suggested (4–6 weeks after the last). */
  nextCheckAt: z.string().nullable(),
});

export const comparisonSchema = z.object({
  me: checkResultSchema,
  partner: checkResultSchema,
  partnerName: z.string(),
});

// ---------------------------------------------------------------- sharing

export const sharingTopicSchema = z.enum(['check', 'progress']);
export type SharingTopic = z.infer<typeof sharingTopicSchema>;
export const sharingParamsSchema = z.strictObject({ topic: sharingTopicSchema });
export const sharingBodySchema = z.strictObject({ share: z.boolean() });
export const sharingSchema = z.object({
  check: z.boolean(),
  progress: z.boolean(),
});
export type Sharing = z.infer<typeof sharingSchema>;

// ---------------------------------------------------------------- plan

export const trackIdSchema = z.number().int().min(1).max(8);
export const rhythmIdSchema = z.enum(RHYTHM_IDS);
export type RhythmId = z.infer<typeof rhythmIdSchema>;
export const rhythmItemSchema = z.object({
  id: rhythmIdSchema,
  cadence: z.enum(['daily', 'weekly']),
  timesPerWeek: z.number(),
  minutes: z.number(),
  track: trackIdSchema,
  together: z.boolean(),
});
export type RhythmItem = z.infer<typeof rhythmItemSchema>;

export const planSchema = z.object({
  basis: z.enum(['none', 'mine', 'both']),
  focus: z.array(trackIdSchema),
  mainCause: z.enum(['busy-lives', 'communication', 'routine']).nullable(),
  widestGap: intimacyKindSchema.nullable(),
  rhythm: z.array(rhythmItemSchema),
  individual: z.boolean(),
  /** Life events the plan is reshaped for now (lighter, other tracks first); see core/life-events.ts. */
  adjustedFor: z.array(z.enum(LIFE_EVENT_KINDS)),
  nextCheckAt: z.string().nullable(),
});
export type Plan = z.infer<typeof planSchema>;

// ---------------------------------------------------------------- today

const todayItemBase = {
  id: z.string(),
  /** Lower comes first. */
  priority: z.number(),
  status: z.enum(['todo', 'waiting', 'done']),
  href: z.string(),
  minutes: z.number().nullable(),
};
const noDetail = z.object({});

/**
 * Each kind of Today item with its own `detail`: the server's providers and
 * the web's words share these types, so a key that one side writes and the
 * other reads cannot drift apart unnoticed.
 */
export const todayItemSchema = z.discriminatedUnion('kind', [
  z.object({
    ...todayItemBase,
    kind: z.literal('question'),
    detail: z.object({
      questionId: z.string(),
      text: z.string().nullable(),
      depth: depthSchema.nullable(),
      kind: intimacyKindSchema.nullable(),
      partnerAnswered: z.boolean(),
      withPartner: z.boolean(),
    }),
  }),
  z.object({
    ...todayItemBase,
    kind: z.literal('primer'),
    detail: z.object({ seen: z.number(), total: z.number() }),
  }),
  z.object({ ...todayItemBase, kind: z.literal('check'), detail: noDetail }),
  z.object({
    ...todayItemBase,
    kind: z.literal('recheck'),
    detail: z.object({ lastTakenAt: z.string() }),
  }),
  z.object({ ...todayItemBase, kind: z.literal('pulse'), detail: noDetail }),
  z.object({
    ...todayItemBase,
    kind: z.literal('private-screen'),
    detail: z.object({ first: z.boolean() }),
  }),
  z.object({
    ...todayItemBase,
    kind: z.literal('support'),
    detail: z.object({ crisis: z.boolean() }),
  }),
  z.object({ ...todayItemBase, kind: z.literal('invite'), detail: noDetail }),
  /** A deck card waiting for my answer, or one whose reveal I have not seen yet. */
  z.object({
    ...todayItemBase,
    kind: z.literal('deck-card'),
    detail: z.object({ cardId: z.string(), reason: z.enum(['answer', 'revealed']) }),
  }),
  /** A vulnerability prompt offered to me this week: only ever about me, and never urgent. */
  z.object({
    ...todayItemBase,
    kind: z.literal('vulnerability'),
    detail: z.object({ promptId: z.string(), text: z.string() }),
  }),
  z.object({
    ...todayItemBase,
    kind: z.literal('checkin'),
    detail: z.object({
      /** "now" while focus mode is under way. */
      when: z.enum(['today', 'tomorrow', 'now']),
      /** When it is planned to begin (UTC). */
      at: z.string(),
      /** My own preparation only. */
      prepared: z.boolean(),
    }),
  }),
  z.object({
    ...todayItemBase,
    kind: z.literal('checkin-schedule'),
    /** "answer": my partner proposed a day and time; "choose": none is agreed yet. */
    detail: z.object({ state: z.enum(['answer', 'choose']) }),
  }),
  /** My partner invited me to a guided exercise in step on both phones, and it is still open. */
  z.object({
    ...todayItemBase,
    kind: z.literal('exercise-invite'),
    detail: z.object({ runId: z.string() }),
  }),
  /** My partner started a listening session on both devices: it waits for me to join. */
  z.object({
    ...todayItemBase,
    kind: z.literal('listening'),
    detail: z.object({ sessionId: z.string() }),
  }),
  /** My own small gesture of the day, not done yet. */
  z.object({
    ...todayItemBase,
    kind: z.literal('gesture'),
    detail: z.object({ gestureId: z.string(), text: z.string() }),
  }),
  /** Found notes from my partner that I have not opened yet. */
  z.object({
    ...todayItemBase,
    kind: z.literal('note'),
    detail: z.object({ unread: z.number() }),
  }),
  /** A planned date is today (in the couple's time zone) and has not begun yet. */
  z.object({
    ...todayItemBase,
    kind: z.literal('date'),
    detail: z.object({
      dateId: z.string(),
      title: z.string(),
      startsAt: z.string(),
      timeZone: z.string(),
    }),
  }),
  /** The day after a date: "How was it?", until I write my reflection. */
  z.object({
    ...todayItemBase,
    kind: z.literal('date-reflection'),
    detail: z.object({ dateId: z.string(), title: z.string() }),
  }),
  /** My own suggestion of professional help: only the kind, never the reason (told on its page). */
  z.object({
    ...todayItemBase,
    kind: z.literal('signal'),
    detail: z.object({ kind: z.enum(SUGGESTION_KINDS) }),
  }),
  /** This week's novelty challenge: to answer, on (both in), or waiting for my partner. */
  z.object({
    ...todayItemBase,
    kind: z.literal('challenge'),
    detail: z.object({
      weekId: z.string(),
      title: z.string(),
      /** Both partners are in. */
      on: z.boolean(),
      partnerIn: z.boolean(),
    }),
  }),
]);
export type TodayItem = z.infer<typeof todayItemSchema>;

export const todaySchema = z.object({
  day: z.string(),
  partnerName: z.string().nullable(),
  /** At most three: the first is the obvious next step. */
  now: z.array(todayItemSchema),
  /** What is waiting on me. */
  waiting: z.array(todayItemSchema),
  /** This week's rhythm, with what is done. */
  week: z.array(
    z.object({ id: rhythmIdSchema, done: z.number(), target: z.number(), together: z.boolean() }),
  ),
  individual: z.boolean(),
});
export type Today = z.infer<typeof todaySchema>;

// ---------------------------------------------------------------- pulse and progress

const pulseRating = z.number().int().min(1).max(10);
export const pulseBodySchema = z.strictObject({
  emotional: pulseRating,
  physical: pulseRating,
  intellectual: pulseRating,
  talk: pulseRating,
});
export type PulseBody = z.infer<typeof pulseBodySchema>;

export const pulseDefinitionSchema = z.object({
  version: z.string(),
  week: z.string(),
  kinds: z.array(z.object({ kind: intimacyKindSchema, label: z.string() })),
  talk: z.object({ id: z.string(), label: z.string(), low: z.string(), high: z.string() }),
  mine: pulseBodySchema.nullable(),
});

export const pulseSchema = pulseBodySchema.extend({ week: z.string() });

const seriesSchema = z.object({
  key: z.string(),
  points: z.array(z.object({ week: z.string(), value: z.number() })),
  verdict: z.enum(['went-up', 'usual-range', 'went-down', 'not-enough-data']),
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  band: z.object({ low: z.number(), high: z.number() }).nullable(),
});
export type Series = z.infer<typeof seriesSchema>;

const personProgressSchema = z.object({
  pulse: z.array(seriesSchema),
  check: z.array(z.object({ takenAt: z.string(), kinds: z.array(kindScoreSchema) })),
});

export const progressSchema = z.object({
  me: personProgressSchema,
  /** Present only when both partners opted in to share progress. */
  partner: personProgressSchema.nullable(),
  partnerName: z.string().nullable(),
  /** Effort, kept apart from how people feel: never merged with scores. */
  engagement: z.object({
    weeksWithPulse: z.number(),
    questionsAnswered: z.number(),
    checksTaken: z.number(),
    primerDone: z.boolean(),
  }),
  reliability: z.object({
    version: z.string(),
    sd: z.number(),
    r: z.number(),
    threshold: z.number(),
  }),
});
export type Progress = z.infer<typeof progressSchema>;
