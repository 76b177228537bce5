/** Today's words for the week's challenge. */
import { t } from '../../i18n';
import type { CardCopy, TodayItemOf } from '../today/today-copy';

export function challengeCopy(item: TodayItemOf<'challenge'>, partner: string): CardCopy {
  const { title, on, partnerIn } = item.detail;
  if (on) {
    return {
      title: t('challenges.today.onTitle'),
      body: title,
      status: t('challenges.today.on'),
      action: t('challenges.today.open'),
    };
  }
  if (item.status === 'waiting') {
    return {
      title: t('challenges.today.title'),
      body: title,
      status: t('challenges.today.waiting', { partner }),
      action: t('challenges.today.open'),
    };
  }
  return {
    title: t('challenges.today.title'),
    body: title,
    status: partnerIn ? t('challenges.status.partnerIn', { partner }) : undefined,
    action: t('challenges.today.look'),
  };
}
