import type { Feature } from '../feature';
import { gesturesRhythmSource } from './gestures.rhythm';
import { gesturesRoutes } from './gestures.routes';
import { gesturesTodayProvider } from './gestures.today';

/**
 * Small gestures (track 4): a daily non-sexual touch or kind-word suggestion
 * for each person, marked done once a day and thanked by the partner. "Not
 * for us" marks stay with the person who made them. Gestures are library
 * content, so nothing here is written by a person.
 */
export const gesturesFeature: Feature = {
  id: 'gestures',
  routes: gesturesRoutes,
  today: gesturesTodayProvider,
  rhythm: gesturesRhythmSource,
  tables: ['gesture_days', 'gesture_marks', 'gesture_done'],
  textFields: [],
};
