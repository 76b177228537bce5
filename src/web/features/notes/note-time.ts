/** Times of notes, in the person's own time zone (the one in their settings), not the device's. */
import { currentLocale } from '../../i18n';

export function formatNoteDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeZone }).format(
    new Date(iso),
  );
}

export function formatNoteTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
