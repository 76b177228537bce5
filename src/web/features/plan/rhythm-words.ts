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

const TRACKS: Readonly<Record<number, { name: MessageKey; why: MessageKey }>> = {
  1: { name: 'tracks.understand', why: 'tracks.understandWhy' },
  2: { name: 'tracks.diagnose', why: 'tracks.diagnoseWhy' },
  3: { name: 'tracks.communicate', why: 'tracks.communicateWhy' },
  4: { name: 'tracks.touch', why: 'tracks.touchWhy' },
  5: { name: 'tracks.connect', why: 'tracks.connectWhy' },
  6: { name: 'tracks.play', why: 'tracks.playWhy' },
  7: { name: 'tracks.support', why: 'tracks.supportWhy' },
  8: { name: 'tracks.keep', why: 'tracks.keepWhy' },
};

/**
 * The activity that acts on each part of the plan: a screen that exists in
 * Rekindle today. Parts without one are left out here and named once, under
 * the plan, instead of a "not yet" in every part.
 */
const TRACK_ACTIVITY: Readonly<Record<number, { href: string; label: MessageKey }>> = {
  1: { href: '/understand', label: 'plan.activity.understand' },
  2: { href: '/check', label: 'plan.activity.diagnose' },
  3: { href: '/question', label: 'plan.activity.communicate' },
  4: { href: '/dates', label: 'plan.activity.touch' },
  5: { href: '/notes', label: 'plan.activity.connect' },
  6: { href: '/challenge', label: 'plan.activity.play' },
  7: { href: '/get-support', label: 'plan.activity.support' },
  8: { href: '/rhythm', label: 'plan.activity.keep' },
};

/** Where to act on a part of the plan, or null when Rekindle has no activity for it yet. */
export function trackActivity(track: number): { href: string; label: string } | null {
  const activity = TRACK_ACTIVITY[track];
  return activity ? { href: activity.href, label: t(activity.label) } : null;
}

export function trackName(track: number): string {
  const words = TRACKS[track];
  return words ? t(words.name) : '';
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
  const words = TRACKS[track];
  return words ? t(words.why) : '';
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
