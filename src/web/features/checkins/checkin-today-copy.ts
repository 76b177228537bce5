/** The check-in's words on Today: a reminder the day before and on the day, and the schedule. */
import type { TodayItem } from '../../../shared/program-api';
import { t } from '../../i18n';
import { instantTimeText } from './checkin-words';

type ItemOf<K extends TodayItem['kind']> = Extract<TodayItem, { kind: K }>;
type Copy = { title: string; body?: string; status?: string; action: string };

export function checkinCopy(item: ItemOf<'checkin'>, partner: string): Copy {
  const { when, at, prepared } = item.detail;
  if (when === 'now') {
    return {
      title: t('home.checkin.nowTitle'),
      body: t('home.checkin.nowBody', { partner }),
      action: t('home.checkin.join'),
    };
  }
  return {
    title: when === 'today' ? t('home.checkin.todayTitle') : t('home.checkin.tomorrowTitle'),
    status: t('home.checkin.at', { time: instantTimeText(at) }),
    body: prepared ? t('home.checkin.readyBody') : t('home.checkin.prepareBody'),
    action: prepared ? t('home.checkin.open') : t('home.checkin.prepare'),
  };
}

export function checkinScheduleCopy(item: ItemOf<'checkin-schedule'>, partner: string): Copy {
  if (item.detail.state === 'answer') {
    return {
      title: t('home.checkin.answerTitle'),
      body: t('home.checkin.answerBody', { partner }),
      action: t('home.checkin.answer'),
    };
  }
  return {
    title: t('home.checkin.chooseTitle'),
    body: t('home.checkin.chooseBody'),
    action: t('home.checkin.choose'),
  };
}
