/**
 * The schema every program content item must satisfy. Content lives in YAML
 * files under src/content/<type>/; each file is a list of items.
 */
import { z } from 'zod';
import { depthSchema, intimacyKindSchema } from '../shared/api';

export const trackSchema = z.number().int().min(1).max(8);

const baseItem = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'ids are lowercase words joined by dashes'),
  track: trackSchema,
  kinds: z.array(intimacyKindSchema).min(1),
};

export const questionItemSchema = z.strictObject({
  ...baseItem,
  type: z.literal('question'),
  depth: depthSchema,
  text: z.string().trim().min(10).max(300),
});
export type QuestionItem = z.infer<typeof questionItemSchema>;

/** Every content type known so far; later types join this union. */
export const contentItemSchema = z.discriminatedUnion('type', [questionItemSchema]);
export type ContentItem = z.infer<typeof contentItemSchema>;

export const contentTypes = [
  'question',
  'listening-prompt',
  'vulnerability-prompt',
  'gesture',
  'date-idea',
  'exercise',
  'novelty-challenge',
  'article',
  'faq',
] as const;
export type ContentType = (typeof contentTypes)[number];
