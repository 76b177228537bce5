/**
 * The schema of the "Get support" guide (content/resources/guide.yaml): kinds
 * of couples therapy in plain words, what a first session is like, questions
 * to ask a therapist, how to search a directory, the kinds of professional
 * help, workshops, books and courses. All of it is our own wording; titles,
 * authors and the names of approaches are facts.
 */
import { z } from 'zod';
import { HELP_KINDS } from '../core/therapy-signals';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/);
const title = z.string().trim().min(3).max(120);
const sentence = z.string().trim().min(10).max(400);
const paragraph = z.string().trim().min(40).max(900);

export const WORKSHOP_TOPICS = ['communication', 'conflict', 'intimacy'] as const;

export const resourceGuideSchema = z.strictObject({
  version: z.string().min(1),
  therapyKinds: z
    .array(z.strictObject({ id, name: title, origin: sentence, plain: paragraph }))
    .min(5),
  firstSession: z.strictObject({ intro: paragraph, points: z.array(sentence).min(4) }),
  questions: z.array(sentence).min(6),
  searching: z.strictObject({ intro: paragraph, steps: z.array(sentence).min(4) }),
  /** One entry per kind of professional help, in the order of HELP_KINDS. */
  kindsOfHelp: z
    .array(
      z.strictObject({
        kind: z.enum(HELP_KINDS),
        title,
        body: paragraph,
        /** Words to type into a directory or a search engine. */
        searchFor: sentence,
      }),
    )
    .length(HELP_KINDS.length),
  workshops: z.strictObject({
    intro: paragraph,
    covers: z
      .array(z.strictObject({ topic: z.enum(WORKSHOP_TOPICS), title, body: paragraph }))
      .length(WORKSHOP_TOPICS.length),
    choosing: z.array(sentence).min(4),
  }),
  books: z
    .array(z.strictObject({ id, title, author: title, paragraph }))
    .min(6)
    .max(10),
  courses: z.strictObject({
    intro: paragraph,
    items: z
      .array(
        z.strictObject({
          id,
          name: title,
          by: title,
          body: paragraph,
          url: z.string().url().optional(),
        }),
      )
      .min(2),
    choosing: z.array(sentence).min(2),
  }),
});
export type ResourceGuide = z.infer<typeof resourceGuideSchema>;
