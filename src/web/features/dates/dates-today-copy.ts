/** Today's words for dates: a gentle reminder on the day, and "How was it?" the day after. */
import type { TodayItem } from '../../../shared/program-api';
import { currentLocale, t } from '../../i18n';
import { formatTime, isEvening } from './date-words';

type CardCopy = { title: string; body?: string; status?: string; action: string };
type Item<K extends TodayItem['kind']> = Extract<TodayItem, { kind: K }>;

export function dateTodayCopy(item: Item<'date'>, partner: string): CardCopy {
  const { startsAt, timeZone, title } = item.detail;
  const time = formatTime(startsAt, timeZone, currentLocale());
  return {
    title: isEvening(startsAt, timeZone) ? t('dates.today.tonight') : t('dates.today.today'),
    body: t('dates.today.body', { title, time, partner }),
    action: t('dates.today.action'),
  };
}

export function dateReflectionCopy(item: Item<'date-reflection'>): CardCopy {
  return {
    title: t('dates.today.howWasIt'),
    body: t('dates.today.howBody', { title: item.detail.title }),
    action: t('dates.today.howAction'),
  };
}
