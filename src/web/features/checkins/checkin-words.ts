/** Plain words for the check-in: weekdays, times, focus-mode steps. Pure, so it is tested beside it. */
import type { CheckinStepName } from '../../../shared/checkins-api';
import { currentLocale } from '../../i18n';

/** ISO weekdays in order, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The name of an ISO weekday (1 Monday … 7 Sunday) in the reader's language. */
export function weekdayName(weekday: number, locale = currentLocale()): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, weekday));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** A wall-clock "HH:MM" as the reader's language writes times ("19:00", "7:00 PM"). */
export function localTimeText(time: string, locale = currentLocale()): string {
  const [hour, minute] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hour ?? 0, minute ?? 0));
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant's time of day on this device's clock. */
export function instantTimeText(iso: string, locale = currentLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/** An instant's day ("Sunday 8 March") on this device's clock. */
export function instantDayText(iso: string, locale = currentLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(new Date(iso));
}

/** The focus-mode steps a person walks through, in order (not "waiting" or "done"). */
export const FOCUS_STEPS = [
  'appreciations',
  'successes',
  'concerns',
  'goals',
  'agreements',
] as const satisfies readonly CheckinStepName[];
export type FocusStep = (typeof FOCUS_STEPS)[number];

export function isFocusStep(step: CheckinStepName): step is FocusStep {
  return (FOCUS_STEPS as readonly string[]).includes(step);
}

/** The note each note step reveals. */
export const NOTE_OF_STEP = {
  appreciations: 'appreciation',
  successes: 'success',
  concerns: 'concern',
  goals: 'goals',
} as const;
export type NoteStep = keyof typeof NOTE_OF_STEP;

export function isNoteStep(step: CheckinStepName): step is NoteStep {
  return step in NOTE_OF_STEP;
}

/** "HH:MM" from a time input's value, or null when it is not a whole time. */
export function normalizeTime(value: string): string | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(value.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
