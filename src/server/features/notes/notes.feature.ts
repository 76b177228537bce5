import type { Feature } from '../feature';
import { textField } from '../feature';
import { notesReminders } from './notes.reminders';
import { notesRoutes } from './notes.routes';
import { notesTodayProvider } from './notes.today';

/**
 * Appreciation notes (track 5): a thank-you, a compliment, a note or a
 * celebration, delivered live or hidden until a chosen time, and a gallery
 * of notes received. Tied to the couple they were written in.
 */
export const notesFeature: Feature = {
  id: 'notes',
  routes: notesRoutes,
  today: notesTodayProvider,
  reminders: notesReminders,
  tables: ['notes', 'note_reads'],
  textFields: [textField('notes', 'text', 'author_id'), textField('notes', 'title', 'author_id')],
};
