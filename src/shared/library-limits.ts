/**
 * Values of the learning library that the server, the content and the web
 * share. No zod here: the web imports this file without pulling in the schemas.
 */
export const NOTEBOOK_LIMITS = {
  /** Characters in one "what we learned" entry. */
  text: 500,
  /** Entries one notebook (a couple's, or a person's own) keeps. */
  entries: 500,
} as const;

/** The longest help search, in characters (the server trims, then checks). */
export const FAQ_QUERY_MAX = 100;

/** Pages of the app an article or an answer may point to: the features that act on it. */
export const RELATED_PATHS = [
  '/understand',
  '/check',
  '/plan',
  '/progress',
  '/question',
  '/decks',
  '/listening',
  '/checkin',
  '/gestures',
  '/notes',
  '/dates',
  '/exercises',
  '/vulnerability',
  '/projects',
  '/challenge',
  '/hobbies',
  '/travel',
  '/get-support',
  '/for-you',
  '/notebook',
  '/library',
  '/help',
] as const;
export type RelatedPath = (typeof RELATED_PATHS)[number];

/** The ten common questions the help page answers; each has at least one answer. */
export const FAQ_TOPICS = [
  'signs',
  'time',
  'talk',
  'touch',
  'novelty',
  'appreciation',
  'help',
  'vulnerability',
  'long-term',
  'exercises',
] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** The eight tracks of the program, by number. */
export const LIBRARY_TRACKS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
