/**
 * The therapist-prep summary's pure parts: which sections a person chose to
 * include, how often each concern came up in their own private weekly
 * answers, and which of the concerns they raised for weekly check-ins came
 * back week after week. The summary only ever holds the person's own data.
 */
import { isoWeek } from './calendar';
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
export const TRIED_IDS = [
  'primer',
  'daily-questions',
  'checks',
  'pulses',
  'checkins',
  'listening',
  'gestures',
  'notes',
  'dates',
  'challenges',
  'exercises',
  'opening-up',
] as const;
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

/**
 * One week's concern a person wrote for a check-in (their own preparation,
 * also one they kept to themselves): the concern it belongs to (carried on
 * from week to week), its words that week, the check-in's day, and whether
 * they have since called it resolved.
 */
export interface CheckinConcernNote {
  concernId: string;
  text: string;
  day: string;
  resolved: boolean;
}

export interface CheckinConcernTally {
  /** Weeks in which the person raised any concern for a check-in. */
  weeks: number;
  /** Each concern, the most recurring first, in its latest words. */
  items: {
    text: string;
    weeks: number;
    firstOn: string;
    lastOn: string;
    /** Every week's concern of this group was called resolved. */
    resolved: boolean;
  }[];
  /** Concerns left out after the first CHECKIN_CONCERNS_LISTED. */
  more: number;
}

/** At most this many check-in concerns are listed; the rest are only counted. */
export const CHECKIN_CONCERNS_LISTED = 10;

/** The same words, give or take case, spacing and a closing full stop. */
function sameWords(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!\s]+$/, '')
    .toLocaleLowerCase('en');
}

/**
 * Groups a person's check-in concerns: one group per concern carried from
 * week to week, and concerns written in the same words in different weeks
 * joined into one. Each group counts the weeks it came up in.
 */
export function tallyCheckinConcerns(notes: readonly CheckinConcernNote[]): CheckinConcernTally {
  const written = notes.filter((n) => n.text.trim() !== '');
  // Union-find over the notes: same concern, or same words.
  const parent = written.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const firstBy = new Map<string, number>();
  written.forEach((note, i) => {
    for (const key of [`c:${note.concernId}`, `w:${sameWords(note.text)}`]) {
      const seen = firstBy.get(key);
      if (seen === undefined) firstBy.set(key, i);
      else parent[root(i)] = root(seen);
    }
  });
  const groups = new Map<number, CheckinConcernNote[]>();
  written.forEach((note, i) => {
    const key = root(i);
    groups.set(key, [...(groups.get(key) ?? []), note]);
  });
  const items = [...groups.values()]
    .map((group) => {
      const byDay = [...group].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
      const first = byDay[0];
      const last = byDay.at(-1);
      return {
        text: last?.text.trim() ?? '',
        weeks: new Set(group.map((n) => isoWeek(n.day))).size,
        firstOn: first?.day ?? '',
        lastOn: last?.day ?? '',
        resolved: group.every((n) => n.resolved),
      };
    })
    .sort((x, y) => y.weeks - x.weeks || (x.lastOn < y.lastOn ? 1 : x.lastOn > y.lastOn ? -1 : 0));
  return {
    weeks: new Set(written.map((n) => isoWeek(n.day))).size,
    items: items.slice(0, CHECKIN_CONCERNS_LISTED),
    more: Math.max(0, items.length - CHECKIN_CONCERNS_LISTED),
  };
}
