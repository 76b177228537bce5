/** Plain words for the plan: track names, why a track comes first, and rhythm items. */
import type { Plan, RhythmId, RhythmItem } from '../../../shared/program-api';
import { currentLocale, type MessageKey, type PluralKey, plural, t } from '../../i18n';
import { lifeEventTrackWhy } from '../rhythm/life-event-kinds';

type RhythmWords = { name: MessageKey; sentence: PluralKey; href: string };

/**
 * Words for every rhythm entry a plan can hold; null for those whose feature
 * is not in Rekindle yet (summarised in one line). Keyed by the shared union,
 * so a new rhythm id does not compile until it is given words or null here.
 */
const AVAILABLE: Readonly<Record<RhythmId, RhythmWords | null>> = {
  'daily-question': {
    name: 'rhythm.dailyQuestion',
    sentence: 'rhythm.dailyQuestionSentence',
    href: '/question',
  },
  'weekly-pulse': {
    name: 'rhythm.weeklyPulse',
    sentence: 'rhythm.weeklyPulseSentence',
    href: '/pulse',
  },
  'private-journal': {
    name: 'rhythm.privateJournal',
    sentence: 'rhythm.privateJournalSentence',
    href: '/question',
  },
  'support-resources': {
    name: 'rhythm.supportResources',
    sentence: 'rhythm.supportResourcesSentence',
    href: '/for-you/support',
  },
  'small-gesture': {
    name: 'rhythm.smallGesture',
    sentence: 'rhythm.smallGestureSentence',
    href: '/gestures',
  },
  'active-listening': {
    name: 'rhythm.activeListening',
    sentence: 'rhythm.activeListeningSentence',
    href: '/listening',
  },
  'weekly-checkin': {
    name: 'rhythm.weeklyCheckin',
    sentence: 'rhythm.weeklyCheckinSentence',
    href: '/checkin',
  },
  'novelty-challenge': {
    name: 'challenges.rhythm.name',
    sentence: 'challenges.rhythm.sentence',
    href: '/challenge',
  },
  'date-or-shared-time': {
    name: 'dates.rhythm.name',
    sentence: 'dates.rhythm.sentence',
    href: '/dates',
  },
};

/**
 * Whether Rekindle has this rhythm item today. The private journal is the
 * daily question answered alone, so it exists only for someone not linked.
 */
export function isAvailable(id: RhythmId, linked: boolean): boolean {
  if (id === 'private-journal' && linked) return false;
  return AVAILABLE[id] !== null;
}

export function rhythmHref(id: RhythmId): string | null {
  return AVAILABLE[id]?.href ?? null;
}

export function rhythmName(id: RhythmId): string {
  const words = AVAILABLE[id];
  return words ? t(words.name) : t('rhythm.other');
}

/** "A small question each day, about 5 minutes." */
export function rhythmSentence(item: RhythmItem): string {
  const words = AVAILABLE[item.id];
  if (!words) return t('rhythm.other');
  return plural(words.sentence, item.minutes, { times: item.timesPerWeek });
}

type TrackWord =
  | 'understand'
  | 'diagnose'
  | 'communicate'
  | 'touch'
  | 'connect'
  | 'play'
  | 'support'
  | 'keep';

/**
 * Each part of the plan by its track number: the word its texts are keyed by
 * (tracks.<word>, tracks.<word>Why, plan.activity.<word>), and the screen in
 * Rekindle that acts on it. A part without one has null and is named once,
 * under the plan, instead of a "not yet" in every part.
 */
const TRACKS: Readonly<Record<number, { word: TrackWord; href: string | null }>> = {
  1: { word: 'understand', href: '/understand' },
  2: { word: 'diagnose', href: '/check' },
  3: { word: 'communicate', href: '/question' },
  4: { word: 'touch', href: '/dates' },
  5: { word: 'connect', href: '/notes' },
  6: { word: 'play', href: '/challenge' },
  7: { word: 'support', href: '/get-support' },
  8: { word: 'keep', href: '/rhythm' },
};

/** Where to act on a part of the plan, or null when Rekindle has no activity for it yet. */
export function trackActivity(track: number): { href: string; label: string } | null {
  const part = TRACKS[track];
  return part?.href ? { href: part.href, label: t(`plan.activity.${part.word}`) } : null;
}

export function trackName(track: number): string {
  const part = TRACKS[track];
  return part ? t(`tracks.${part.word}`) : '';
}

const GAP_TRACK: Readonly<Record<string, number>> = { emotional: 5, physical: 4, intellectual: 3 };

/** One line on why this track is in the plan, from the person's own answers. */
export function trackWhy(track: number, plan: Plan, index: number): string {
  const name = trackName(track);
  if (!plan.individual) {
    // While a life event holds, the tracks it favours come first: the first of them says so for all.
    const forNow = lifeEventTrackWhy(track, plan, trackName);
    if (forNow) return forNow;
    if (index === 0 && plan.mainCause) return t(`plan.why.${plan.mainCause}`, { track: name });
    if (plan.widestGap && GAP_TRACK[plan.widestGap] === track) {
      return t(`plan.why.${plan.widestGap}`, { track: name });
    }
  }
  const part = TRACKS[track];
  return part ? t(`tracks.${part.word}Why`) : '';
}

/**
 * The one quiet line on what the plan holds that Rekindle does not have yet:
 * the parts without an activity, by name; else, when only some of the weekly
 * rhythm is missing, that more is coming; else nothing.
 */
export function notYetLine(plan: Pick<Plan, 'focus' | 'rhythm'>, linked: boolean): string | null {
  const parts = plan.focus.filter((track) => !trackActivity(track)).map(trackName);
  if (parts.length > 0) {
    const names = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(parts);
    return plural('plan.notYet', parts.length, { parts: names });
  }
  return plan.rhythm.some((item) => !isAvailable(item.id, linked)) ? t('plan.moreSoon') : null;
}
