import type { FastifyInstance } from 'fastify';
import type { ServiceDeps } from '../deps';
import type { Feature } from '../feature';
import { textField } from '../feature';
import { decksRoutes } from './decks.routes';
import { decksTodayProvider } from './decks.today';
import { reactionsRoutes } from './reactions.routes';

async function routes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  await decksRoutes(app, deps);
  await reactionsRoutes(app, deps);
}

/**
 * Open-dialogue decks: themed decks and a couple's own questions, drawn a
 * card at a time, answered privately and revealed together (alone, a
 * journal); "not now" for one person, unseen; reactions and "let's talk
 * about this" after any reveal, the daily question's included.
 */
export const decksFeature: Feature = {
  id: 'decks',
  routes,
  today: decksTodayProvider,
  tables: ['deck_cards', 'deck_answers', 'deck_skips', 'deck_own_questions', 'deck_reactions'],
  textFields: [
    textField('deck_answers', 'text', 'user_id'),
    textField('deck_own_questions', 'text', 'author_id'),
  ],
};
