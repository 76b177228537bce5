/** Words the library's screens share: track names and the pages an article points to. */
import type { RelatedPath } from '../../../shared/library-limits';
import type { MessageKey } from '../../i18n';

const TRACK_KEYS: Record<number, MessageKey> = {
  1: 'tracks.understand',
  2: 'tracks.diagnose',
  3: 'tracks.communicate',
  4: 'tracks.touch',
  5: 'tracks.connect',
  6: 'tracks.play',
  7: 'tracks.support',
  8: 'tracks.keep',
};

/** The name of a program track, by its number. */
export function trackKey(track: number): MessageKey {
  return TRACK_KEYS[track] ?? 'tracks.keep';
}

/** Each page an article or an answer may point to, with its name and a short hint. */
export const RELATED_WORDS: Record<RelatedPath, { label: MessageKey; hint: MessageKey }> = {
  '/understand': { label: 'library.related.understand', hint: 'library.related.understandHint' },
  '/check': { label: 'library.related.check', hint: 'library.related.checkHint' },
  '/plan': { label: 'library.related.plan', hint: 'library.related.planHint' },
  '/progress': { label: 'library.related.progress', hint: 'library.related.progressHint' },
  '/question': { label: 'library.related.question', hint: 'library.related.questionHint' },
  '/decks': { label: 'library.related.decks', hint: 'library.related.decksHint' },
  '/listening': { label: 'library.related.listening', hint: 'library.related.listeningHint' },
  '/checkin': { label: 'library.related.checkin', hint: 'library.related.checkinHint' },
  '/gestures': { label: 'library.related.gestures', hint: 'library.related.gesturesHint' },
  '/notes': { label: 'library.related.notes', hint: 'library.related.notesHint' },
  '/dates': { label: 'library.related.dates', hint: 'library.related.datesHint' },
  '/exercises': { label: 'library.related.exercises', hint: 'library.related.exercisesHint' },
  '/vulnerability': {
    label: 'library.related.vulnerability',
    hint: 'library.related.vulnerabilityHint',
  },
  '/projects': { label: 'library.related.projects', hint: 'library.related.projectsHint' },
  '/challenge': { label: 'library.related.challenge', hint: 'library.related.challengeHint' },
  '/hobbies': { label: 'library.related.hobbies', hint: 'library.related.hobbiesHint' },
  '/travel': { label: 'library.related.travel', hint: 'library.related.travelHint' },
  '/get-support': {
    label: 'library.related.getSupport',
    hint: 'library.related.getSupportHint',
  },
  '/for-you': { label: 'library.related.forYou', hint: 'library.related.forYouHint' },
  '/notebook': { label: 'library.related.notebook', hint: 'library.related.notebookHint' },
  '/library': { label: 'library.related.library', hint: 'library.related.libraryHint' },
  '/help': { label: 'library.related.help', hint: 'library.related.helpHint' },
};
