import type { Feature } from '../feature';
import { textField } from '../feature';
import { libraryRoutes } from './library.routes';

/**
 * The learning library (track 8): short articles with a person's own read
 * marks, answers to the common questions with a search, and the couple's
 * "what we learned" notebook.
 */
export const libraryFeature: Feature = {
  id: 'library',
  routes: libraryRoutes,
  tables: ['article_reads', 'notebook_entries'],
  textFields: [textField('notebook_entries', 'text', 'author_id')],
};
