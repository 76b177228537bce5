/** Plain words for a challenge's facts: where, what it costs, how long, and the week. */
import type { NoveltyChallenge } from '../../../shared/challenges-api';
import type { CostBand } from '../../../shared/play-limits';
import { currentLocale, plural, t } from '../../i18n';

const COST_KEYS = {
  free: 'challenges.cost.free',
  $: 'challenges.cost.low',
  $$: 'challenges.cost.mid',
  $$$: 'challenges.cost.high',
} as const;

/** "Free", "Costs a little"… with the band spelled out for screen readers too. */
export function costText(cost: CostBand): string {
  return t(COST_KEYS[cost]);
}

/** "About 45 minutes", "About 2 hours", "Half a day or more". */
export function durationText(minutes: number): string {
  if (minutes < 90) return plural('challenges.minutes', minutes);
  if (minutes <= 300) return plural('challenges.hours', Math.round(minutes / 60));
  return t('challenges.longer');
}

/** The facts of a challenge, in reading order. */
export function factsOf(challenge: NoveltyChallenge): string[] {
  return [
    t(challenge.setting === 'home' ? 'challenges.setting.home' : 'challenges.setting.out'),
    costText(challenge.cost),
    durationText(challenge.minutes),
    ...(challenge.distance ? [t('challenges.distance')] : []),
  ];
}

/** "Week of 2 March": the Monday a week starts on, as a calendar day. */
export function weekOfText(startsOn: string): string {
  const date = new Date(`${startsOn}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return startsOn;
  const day = new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
  return t('challenges.weekOf', { day });
}
