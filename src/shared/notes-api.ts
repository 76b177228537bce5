/**
 * Contracts of appreciation notes (track 5): a thank-you, a compliment, a
 * note or a celebration, delivered live or left to be found at a chosen time.
 */
import { z } from 'zod';
import { NOTE_KINDS, NOTE_LIMITS } from '../core/notes';
import { idSchema } from './api';

export { NOTE_KINDS, NOTE_LIMITS };

export const noteKindSchema = z.enum(NOTE_KINDS);

export const noteBodySchema = z
  .strictObject({
    kind: noteKindSchema,
    text: z.string().trim().min(1).max(NOTE_LIMITS.text),
    /** A celebration's short title ("Your first week in the new job"); only for `celebrate`. */
    title: z.string().trim().min(1).max(NOTE_LIMITS.title).optional(),
    /** Hide it until this instant (at most 30 days ahead); absent: delivered now. */
    visibleFrom: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((body) => (body.kind === 'celebrate') === (body.title !== undefined), {
    message: 'A celebration has a title; other notes have none.',
    path: ['title'],
  });
export type NoteBody = z.infer<typeof noteBodySchema>;

/**
 * A note I received and may see: its time has come. `foundAt` is when it
 * became visible (never when it was written); `leftToFind` says it was hidden
 * until then. `read` is my own mark, never shown to the author.
 */
export const receivedNoteSchema = z.object({
  id: z.string(),
  kind: noteKindSchema,
  title: z.string().nullable(),
  text: z.string(),
  foundAt: z.string(),
  leftToFind: z.boolean(),
  read: z.boolean(),
});
export type ReceivedNote = z.infer<typeof receivedNoteSchema>;

export const receivedNotesSchema = z.object({
  notes: z.array(receivedNoteSchema),
  /** Found notes I have not opened yet. */
  unread: z.number().int(),
  nextBefore: z.string().nullable(),
});
export type ReceivedNotes = z.infer<typeof receivedNotesSchema>;

/**
 * A note I wrote: `waiting` (hidden until `visibleFrom`), `delivered` (my
 * partner can see it), or `kept` (written in a couple that has ended: it
 * stays with me as my own words, and with nobody else). No read receipts.
 */
export const sentNoteSchema = z.object({
  id: z.string(),
  kind: noteKindSchema,
  title: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  visibleFrom: z.string(),
  status: z.enum(['waiting', 'delivered', 'kept']),
});
export type SentNote = z.infer<typeof sentNoteSchema>;

export const sentNotesSchema = z.object({
  notes: z.array(sentNoteSchema),
  nextBefore: z.string().nullable(),
});
export type SentNotes = z.infer<typeof sentNotesSchema>;

/** A page boundary: the instant and id of the last note of the page before. */
export const noteCursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~[A-Za-z0-9_-]{16,32}$/, 'Not a valid page');

export const notesQuerySchema = z.strictObject({
  before: noteCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const noteParamsSchema = z.strictObject({ noteId: idSchema });
