/**
 * Contracts of "your data": exporting everything a person wrote, as JSON
 * (this schema is its documentation; see also docs/data-export.md) or as a
 * readable, printable page. A download needs the password again: it is asked
 * for a short-lived export ticket, and the ticket goes with the download.
 */
import { z } from 'zod';
import { LIMITS } from './api';

// ---------------------------------------------------------------- ticket

/** How long a ticket works after the password was given. */
export const EXPORT_TICKET_MINUTES = 10;

export const exportTicketBodySchema = z.strictObject({
  password: z.string().min(1).max(LIMITS.passwordMax),
});

export const exportTicketSchema = z.object({
  /** Goes with the download (`GET /api/me/export?ticket=…`), from this session only. */
  ticket: z.string(),
  expiresAt: z.string(),
});
export type ExportTicket = z.infer<typeof exportTicketSchema>;

export const EXPORT_FORMATS = ['json', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z.strictObject({
  ticket: z.string().max(200),
  /** `json` (this schema) or `html` (a readable page, to keep or print). */
  format: z.enum(EXPORT_FORMATS).optional(),
});

// ---------------------------------------------------------------- the document

/** A stored value as it was kept: text, a number, or nothing. */
export const exportValueSchema = z.union([z.string(), z.number(), z.null()]);

export const exportWritingSchema = z
  .object({
    feature: z.string().describe('The part of Rekindle it was written in, e.g. "dialogue".'),
    table: z.string().describe('Where it is kept (see docs/ARCHITECTURE.md, "Data").'),
    column: z.string().describe('Which of your words in that place, e.g. "text" or "title".'),
    id: z.string().nullable().describe('The record it belongs to, when it has an id.'),
    text: z.string().describe('Your words, exactly as kept.'),
    writtenOn: z
      .string()
      .nullable()
      .describe('The day it was written or last changed (UTC, YYYY-MM-DD), when that is kept.'),
    about: z
      .string()
      .nullable()
      .describe('What it answers (a question, a prompt, an idea), when it answers one.'),
    author: z.string().describe('Who wrote it: you, by the name you use in Rekindle.'),
    sharing: z
      .enum(['private', 'shared', 'reveal-together'])
      .nullable()
      .describe('Who could read it, when the record says so.'),
  })
  .describe('One piece of writing of yours.');
export type ExportWriting = z.infer<typeof exportWritingSchema>;

export const exportRecordSetSchema = z
  .object({
    feature: z.string(),
    table: z.string(),
    rows: z
      .array(z.record(z.string(), exportValueSchema))
      .describe(
        'Your rows, column by column as stored, moments (`…_at`) to the day. Written words are in `writings` instead (linked by the row id); secrets (hashes) are left out.',
      ),
  })
  .describe('Your records in one place: answers, ratings, marks, picks and the like.');
export type ExportRecordSet = z.infer<typeof exportRecordSetSchema>;

export const exportDocumentSchema = z
  .object({
    format: z.literal('rekindle-export'),
    version: z.literal(1),
    exportedAt: z.string().describe('When this file was made (UTC).'),
    person: z.object({
      id: z.string(),
      displayName: z.string(),
      email: z.string(),
      timeZone: z.string(),
      createdAt: z.string(),
    }),
    couple: z
      .object({ partnerName: z.string(), since: z.string(), timeZone: z.string() })
      .nullable()
      .describe('The couple you are in now, if any.'),
    writings: z.array(exportWritingSchema).describe('Everything you wrote, oldest first.'),
    records: z.array(exportRecordSetSchema),
  })
  .describe(
    'Everything you wrote in Rekindle, and your own records. Your partner’s words are not in it, even in things you shared: they are in their own export.',
  );
export type ExportDocument = z.infer<typeof exportDocumentSchema>;
