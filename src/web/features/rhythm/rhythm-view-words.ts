/**
 * Plain words for the weeks view: which week it is, what a count counts, and
 * the gentle summary. Nothing here speaks of streaks or of what was missed.
 */
import type { RhythmView, RhythmWeekView } from '../../../shared/rhythm-api';
import { currentLocale, plural, t } from '../../i18n';
import { shortDate } from '../progress/week-label';

type Entry = RhythmWeekView['entries'][number];

/** "This week", "Last week", or "Week of 23 Feb". */
export function weekLabel(week: Pick<RhythmWeekView, 'start'>, index: number, now = new Date()) {
  if (index === 0) return t('keepGoing.week.this');
  if (index === 1) return t('keepGoing.week.last');
  return t('keepGoing.week.of', { date: shortDate(week.start, currentLocale(), now) });
}

/** A daily entry counts days ("4 of 7 days"); a weekly one is done or not. */
export function entryCount(entry: Entry, current: boolean): string {
  if (entry.target === 1) {
    if (entry.done > 0) return t('keepGoing.entry.done');
    return current ? t('keepGoing.entry.notYet') : t('keepGoing.entry.notThisTime');
  }
  return plural('common.daysOf', entry.target, { done: Math.min(entry.done, entry.target) });
}

/** How the week went, in two or three words. */
export function weekState(week: Pick<RhythmWeekView, 'current' | 'kept' | 'active'>): string {
  if (week.current) return t('keepGoing.state.soFar');
  if (week.kept) return t('keepGoing.state.kept');
  return week.active ? t('keepGoing.state.some') : t('keepGoing.state.quiet');
}

/** The headline count, or the first week's welcome when no week is finished yet. */
export function summaryLine(view: Pick<RhythmView, 'counts'>): string {
  const { weeks, kept } = view.counts;
  if (weeks === 0) return t('keepGoing.summary.first');
  if (weeks === 1)
    return kept > 0 ? t('keepGoing.summary.firstKept') : t('keepGoing.summary.firstDone');
  return plural('keepGoing.summary.kept', weeks, { kept });
}

/** The second line: weeks with anything at all, said only when it adds something. */
export function activeLine(view: Pick<RhythmView, 'counts'>): string | null {
  const { weeks, kept, active } = view.counts;
  if (weeks < 2 || active === kept) return null;
  return plural('keepGoing.summary.active', weeks, { active });
}

/** "In 6 of the last 8 weeks." for one entry. */
export function entryWeeksLine(entry: { asked: number; happened: number }): string {
  return plural('keepGoing.summary.entryWeeks', entry.asked, { happened: entry.happened });
}
