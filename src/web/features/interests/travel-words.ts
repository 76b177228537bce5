/** Plain words for trips and hobbies: sizes, budgets, seasons, paces, match strength and "when". */
import type { MatchStrength } from '../../../core/mutual-match';
import type { TravelIdea, TripTiming } from '../../../shared/interests-api';
import {
  BUDGET_BANDS,
  type BudgetBand,
  type HobbyCategory,
  type SeasonHint,
  type TravelPace,
  type TravelScale,
} from '../../../shared/play-limits';
import type { Choice } from '../../components/choice-group';
import { currentLocale, type MessageKey, t } from '../../i18n';

export const SCALE_KEYS: Record<TravelScale, MessageKey> = {
  'day-trip': 'interests.scale.day-trip',
  weekend: 'interests.scale.weekend',
  week: 'interests.scale.week',
  'big-trip': 'interests.scale.big-trip',
};

export const BUDGET_KEYS: Record<BudgetBand, MessageKey> = {
  $: 'interests.budget.low',
  $$: 'interests.budget.mid',
  $$$: 'interests.budget.high',
  $$$$: 'interests.budget.splurge',
};

/** The budget bands as choices, cheapest first. */
export function budgetChoices(): Choice<BudgetBand>[] {
  return BUDGET_BANDS.map((band) => ({ value: band, label: t(BUDGET_KEYS[band]) }));
}

export const SEASON_KEYS: Record<SeasonHint, MessageKey> = {
  spring: 'interests.season.spring',
  summer: 'interests.season.summer',
  autumn: 'interests.season.autumn',
  winter: 'interests.season.winter',
  any: 'interests.season.any',
};

const PACE_KEYS: Record<TravelPace, MessageKey> = {
  gentle: 'interests.pace.gentle',
  moderate: 'interests.pace.moderate',
  active: 'interests.pace.active',
};

export const CATEGORY_KEYS: Record<HobbyCategory, MessageKey> = {
  creative: 'interests.category.creative',
  outdoors: 'interests.category.outdoors',
  movement: 'interests.category.movement',
  learning: 'interests.category.learning',
  games: 'interests.category.games',
  food: 'interests.category.food',
  music: 'interests.category.music',
  community: 'interests.category.community',
  home: 'interests.category.home',
};

const STRENGTH_KEYS: Record<MatchStrength, MessageKey> = {
  'both-yes': 'interests.strength.both-yes',
  'yes-and-maybe': 'interests.strength.yes-and-maybe',
  'both-maybe': 'interests.strength.both-maybe',
};

export function strengthText(strength: MatchStrength): string {
  return t(STRENGTH_KEYS[strength]);
}

/** Season names as they read inside a sentence ("spring or autumn"). */
const SEASON_IN_TEXT_KEYS: Record<SeasonHint, MessageKey> = {
  spring: 'interests.seasonInText.spring',
  summer: 'interests.seasonInText.summer',
  autumn: 'interests.seasonInText.autumn',
  winter: 'interests.seasonInText.winter',
  any: 'interests.seasonInText.any',
};

/** "Spring or autumn", "Any time of year". */
export function seasonsText(seasons: readonly SeasonHint[]): string | null {
  if (seasons.length === 0) return null;
  const names = seasons.map((s) => t(SEASON_IN_TEXT_KEYS[s]));
  const text = new Intl.ListFormat(currentLocale(), { type: 'disjunction' }).format(names);
  return text.charAt(0).toLocaleUpperCase(currentLocale()) + text.slice(1);
}

/** The facts of a trip idea, in reading order: size, budget, pace, seasons. */
export function ideaFacts(idea: TravelIdea): string[] {
  const seasons = seasonsText(idea.seasons);
  return [
    t(SCALE_KEYS[idea.scale]),
    t(BUDGET_KEYS[idea.budget]),
    ...(idea.pace ? [t(PACE_KEYS[idea.pace])] : []),
    ...(seasons ? [seasons] : []),
  ];
}

function monthName(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(currentLocale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

function dayName(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "Autumn 2027", "June 2027", "1 May 2027 – 4 May 2027", or "Not decided yet". */
export function timingText(timing: TripTiming | null): string {
  if (!timing) return t('interests.plan.whenUnset');
  switch (timing.kind) {
    case 'season':
      return t('interests.plan.seasonOf', {
        season: t(SEASON_KEYS[timing.season]),
        year: timing.year,
      });
    case 'month':
      return monthName(timing.month);
    case 'dates':
      return t('interests.plan.dates', { from: dayName(timing.from), to: dayName(timing.to) });
  }
}
