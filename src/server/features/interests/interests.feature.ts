import type { Feature } from '../feature';
import { textField } from '../feature';
import { interestsRoutes } from './interests.routes';

/**
 * Shared hobbies and travel (track 6): private yes/maybe/no marks where only
 * mutual ones show, a couple's own trip ideas, and plans for matched trips.
 */
export const interestsFeature: Feature = {
  id: 'interests',
  routes: interestsRoutes,
  tables: ['interest_picks', 'travel_wishes', 'trip_plans', 'trip_checklist_items'],
  textFields: [
    textField('travel_wishes', 'title', 'author_id'),
    textField('travel_wishes', 'description', 'author_id'),
    textField('trip_checklist_items', 'text', 'author_id'),
  ],
};
