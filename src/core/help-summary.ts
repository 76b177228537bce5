/**
 * The therapist-prep summary's pure parts: which sections a person chose to
 * include, and how often each concern came up in their own private weekly
 * answers. The summary only ever holds the person's own data.
 */
import { type PrivateWeekAnswers, SPECIALIST_NEEDS, type SpecialistNeed } from './therapy-signals';

/** What a summary can hold; the person picks any of these (all by default). */
export const SUMMARY_SECTIONS = ['scores', 'causes', 'concerns', 'tried'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/** Concerns from the private weekly answers, in the order a summary lists them. */
export const CONCERN_IDS = ['separation', 'conflict', ...SPECIALIST_NEEDS] as const;
export type ConcernId = (typeof CONCERN_IDS)[number];

/**
 * What a person did in the app, counted, for "what I tried". Each id has a
 * source in features/signals/summary-sources.ts and words in the web; a
 * feature that joins adds its id here and its count there.
 */
export const TRIED_IDS = ['primer', 'daily-questions', 'checks', 'pulses'] as const;
export type TriedId = (typeof TRIED_IDS)[number];

/** "scores,tried" → those sections in their fixed order; nothing given → all; unknown names are refused. */
export function parseSections(value: string | undefined): SummarySection[] | null {
  if (value === undefined || value.trim() === '') return [...SUMMARY_SECTIONS];
  const asked = value.split(',').map((s) => s.trim());
  const known = new Set<string>(SUMMARY_SECTIONS);
  if (asked.some((s) => !known.has(s))) return null;
  return SUMMARY_SECTIONS.filter((s) => asked.includes(s));
}

export interface ConcernTally {
  /** Weeks in which the person answered at least one of the private items. */
  weeksAnswered: number;
  /** Each concern marked at least once, with the number of weeks it was. */
  items: { id: ConcernId; weeks: number }[];
}

function marked(week: Omit<PrivateWeekAnswers, 'weeksAgo'>, id: ConcernId): boolean {
  if (id === 'separation') return week.separation === 'thoughts' || week.separation === 'steps';
  if (id === 'conflict') return week.conflict === 'yes';
  return Array.isArray(week.needs) && week.needs.includes(id as SpecialistNeed);
}

/** How often each concern came up; "rather not say" and unanswered items count as nothing. */
export function tallyConcerns(
  weeks: readonly Omit<PrivateWeekAnswers, 'weeksAgo'>[],
): ConcernTally {
  const answered = weeks.filter(
    (w) => w.separation !== null || w.conflict !== null || w.needs !== null,
  );
  return {
    weeksAnswered: answered.length,
    items: CONCERN_IDS.map((id) => ({
      id,
      weeks: answered.filter((w) => marked(w, id)).length,
    })).filter((item) => item.weeks > 0),
  };
}
