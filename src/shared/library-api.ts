/**
 * Contracts of the learning library (track 8): short articles with a
 * person's own read marks (never anyone else's), the help answers with their
 * search, and the "what we learned" notebook — shared with the couple it was
 * written in, or a person's own while alone. Dates are calendar days, never
 * times; who wrote an entry reads as "me" or "partner", never as an id.
 */
import { z } from 'zod';
import { idSchema, intimacyKindSchema } from './api';
import {
  FAQ_QUERY_MAX,
  FAQ_TOPICS,
  LIBRARY_TRACKS,
  NOTEBOOK_LIMITS,
  RELATED_PATHS,
} from './library-limits';

export type { FaqTopic, RelatedPath } from './library-limits';
export { FAQ_QUERY_MAX, FAQ_TOPICS, NOTEBOOK_LIMITS, RELATED_PATHS };

const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid id');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One of the program's eight tracks. */
export const trackNumberSchema = z.number().int().min(1).max(LIBRARY_TRACKS.length);

/** Text blocks, rendered as text: never markup. */
export const textBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
]);
export type TextBlockView = z.infer<typeof textBlockSchema>;

export const relatedPathSchema = z.enum(RELATED_PATHS);

export const articleSummarySchema = z.object({
  id: z.string(),
  /** My own mark: nobody else's answer ever reflects it. */
  read: z.boolean(),
  track: trackNumberSchema,
  kinds: z.array(intimacyKindSchema),
  title: z.string(),
  summary: z.string(),
  minutes: z.number().int(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleListSchema = z.object({
  /** The track asked for, or null for all of them. */
  track: trackNumberSchema.nullable(),
  articles: z.array(articleSummarySchema),
});
export type ArticleList = z.infer<typeof articleListSchema>;

export const articleSchema = articleSummarySchema.extend({
  body: z.array(textBlockSchema),
  /** The app's pages that act on what the article is about. */
  related: z.array(relatedPathSchema),
  /** Other articles of the same track, to read next. */
  more: z.array(articleSummarySchema),
});
export type Article = z.infer<typeof articleSchema>;

export const articleListQuerySchema = z.strictObject({
  track: z.coerce.number().int().min(1).max(LIBRARY_TRACKS.length).optional(),
});
export const articleParamsSchema = z.strictObject({ articleId: contentId });

export const faqAnswerSchema = z.object({
  id: z.string(),
  topic: z.enum(FAQ_TOPICS),
  question: z.string(),
  answer: z.array(textBlockSchema),
  related: z.array(relatedPathSchema),
  /** Articles to read next. */
  articles: z.array(z.object({ id: z.string(), title: z.string(), minutes: z.number().int() })),
});
export type FaqAnswer = z.infer<typeof faqAnswerSchema>;

export const faqListSchema = z.object({
  /** The search as the server read it (trimmed), or null when there was none. */
  query: z.string().nullable(),
  items: z.array(faqAnswerSchema),
});
export type FaqList = z.infer<typeof faqListSchema>;

export const faqQuerySchema = z.strictObject({
  q: z.string().trim().max(FAQ_QUERY_MAX).optional(),
});

export const notebookEntrySchema = z.object({
  id: z.string(),
  text: z.string(),
  /** The article it came from, if it is still in the library. */
  article: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Who wrote it, from the reader's side. */
  author: z.enum(['me', 'partner']),
  /** "shared" with my couple of now, or "private": my own words, written alone or in an ended couple. */
  visibility: z.enum(['shared', 'private']),
  writtenOn: day,
  edited: z.boolean(),
});
export type NotebookEntry = z.infer<typeof notebookEntrySchema>;

export const notebookSchema = z.object({
  linked: z.boolean(),
  partnerName: z.string().nullable(),
  /** Who a new entry is for: the couple ("shared"), or me alone ("private"). */
  writes: z.enum(['shared', 'private']),
  entries: z.array(notebookEntrySchema),
});
export type Notebook = z.infer<typeof notebookSchema>;

const entryText = z.string().trim().min(1).max(NOTEBOOK_LIMITS.text);

export const createNotebookEntryBodySchema = z.strictObject({
  text: entryText,
  articleId: contentId.optional(),
});
export type CreateNotebookEntryBody = z.infer<typeof createNotebookEntryBodySchema>;

export const updateNotebookEntryBodySchema = z.strictObject({ text: entryText });
export type UpdateNotebookEntryBody = z.infer<typeof updateNotebookEntryBodySchema>;

export const notebookEntryParamsSchema = z.strictObject({ entryId: idSchema });
