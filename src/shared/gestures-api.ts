/**
 * Contracts of small gestures (track 4): the day's suggestion, marking it
 * done, private "not for us" marks, and the partner's thanks.
 */
import { z } from 'zod';
import { idSchema, intimacyKindSchema } from './api';

export const gestureIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id')
  .describe('A gesture of the library');

export const gestureSchema = z.object({
  id: z.string(),
  text: z.string(),
  why: z.string().nullable(),
  kinds: z.array(intimacyKindSchema),
  effort: z.enum(['tiny', 'small']),
  /** It works when the two of you are apart. */
  distance: z.boolean(),
});
export type Gesture = z.infer<typeof gestureSchema>;

/**
 * A gesture someone did on a day. `thanked` is the partner's thank-you, seen
 * by both while the couple lasts. No time of day: only the day.
 */
export const gestureDoneSchema = z.object({
  id: z.string(),
  day: z.string(),
  gesture: gestureSchema,
  thanked: z.boolean(),
});
export type GestureDone = z.infer<typeof gestureDoneSchema>;

export const gestureTodaySchema = z.object({
  day: z.string(),
  /** Today's suggestion for me alone; null only when I set every gesture aside. */
  suggestion: gestureSchema.nullable(),
  /** What I did today, if anything (the suggestion or another gesture). */
  done: gestureDoneSchema.nullable(),
  /** Gentle counts: how many days this week (Monday to Sunday) I did a gesture. Never a streak. */
  week: z.object({ start: z.string(), mine: z.number().int() }),
  /** My partner's gestures of this week, newest first, to thank; null when alone. */
  partner: z
    .object({ name: z.string(), done: z.array(gestureDoneSchema), count: z.number().int() })
    .nullable(),
});
export type GestureToday = z.infer<typeof gestureTodaySchema>;

export const gestureLibrarySchema = z.object({
  /** Every gesture, with my own "not for us" marks (never anyone else's). */
  gestures: z.array(gestureSchema.extend({ notForUs: z.boolean() })),
});
export type GestureLibrary = z.infer<typeof gestureLibrarySchema>;

export const gestureDoneBodySchema = z.strictObject({ gestureId: gestureIdSchema });
export const gestureParamsSchema = z.strictObject({ gestureId: gestureIdSchema });
export const gestureDoneParamsSchema = z.strictObject({ doneId: idSchema });
