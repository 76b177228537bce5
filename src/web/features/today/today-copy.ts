/** The words for each kind of Today item: warm, plain, and neutral where it must be. */
import type { IntimacyKind } from '../../../shared/api';
import type { TodayItem } from '../../../shared/program-api';
import { plural, t } from '../../i18n';
import { challengeCopy } from '../challenges/challenges-today-copy';
import { checkinCopy, checkinScheduleCopy } from '../checkins/checkin-today-copy';
import { dateReflectionCopy, dateTodayCopy } from '../dates/dates-today-copy';
import { deckCardCopy } from '../decks/decks-today-copy';

export type CardCopy = { title: string; body?: string; status?: string; action: string };

/** One kind of Today item, with its own typed detail. */
export type TodayItemOf<K extends TodayItem['kind']> = Extract<TodayItem, { kind: K }>;

export function isKind(value: unknown): value is IntimacyKind {
  return value === 'emotional' || value === 'physical' || value === 'intellectual';
}

function questionCopy(item: TodayItemOf<'question'>, partner: string): CardCopy {
  const { withPartner, partnerAnswered } = item.detail;
  if (item.status === 'waiting') {
    return {
      title: t('home.question.title'),
      status: t('home.question.waiting', { partner }),
      action: t('home.question.see'),
    };
  }
  let status: string | undefined;
  if (withPartner && partnerAnswered) status = t('today.partnerAnsweredFirst', { partner });
  else if (!withPartner) status = t('home.question.journal');
  return { title: t('home.question.title'), status, action: t('home.question.answer') };
}

function primerCopy(item: TodayItemOf<'primer'>): CardCopy {
  const { seen, total } = item.detail;
  return {
    title: t('home.primer.title'),
    body: t('home.primer.body'),
    status: seen > 0 && total > 0 ? plural('home.primer.progress', total, { seen }) : undefined,
    action: seen > 0 ? t('home.primer.continue') : t('home.primer.start'),
  };
}

export function copyFor(item: TodayItem, partner: string): CardCopy {
  switch (item.kind) {
    case 'question':
      return questionCopy(item, partner);
    case 'primer':
      return primerCopy(item);
    case 'check':
      return {
        title: t('home.check.title'),
        body: t('home.check.body'),
        action: t('home.check.action'),
      };
    case 'recheck':
      return {
        title: t('home.recheck.title'),
        body: t('home.recheck.body'),
        action: t('home.recheck.action'),
      };
    case 'pulse':
      return {
        title: t('home.pulse.title'),
        body: t('home.pulse.body'),
        action: t('home.pulse.action'),
      };
    case 'private-screen':
      return {
        title: t('home.forYou.title'),
        body: t('home.forYou.body'),
        action: t('home.forYou.action'),
      };
    case 'support':
      // Calm on purpose: a glance at this screen must not read as a warning.
      return {
        title: t('home.support.title'),
        body: item.detail.crisis ? t('home.support.crisisBody') : t('home.support.body'),
        action: t('home.support.action'),
      };
    case 'invite':
      return { title: t('invite.title'), body: t('invite.body'), action: t('invite.action') };
    case 'deck-card':
      return deckCardCopy(item, partner);
    case 'vulnerability':
      return {
        title: t('vulnerability.today.title'),
        body: item.detail.text,
        action: t('vulnerability.today.action'),
      };
    case 'exercise-invite':
      return {
        title: t('exercises.today.title', { partner }),
        body: t('exercises.today.body'),
        action: t('exercises.today.action'),
      };
    case 'listening':
      return {
        title: t('home.listening.title', { partner }),
        body: t('home.listening.body'),
        action: t('home.listening.action'),
      };
    case 'checkin':
      return checkinCopy(item, partner);
    case 'checkin-schedule':
      return checkinScheduleCopy(item, partner);
    case 'gesture':
      // The gesture's own words are shown by the card itself (today-card.tsx).
      return { title: t('gestures.today.title'), action: t('gestures.today.action') };
    case 'note':
      return {
        title: t('notes.today.title'),
        body: plural('notes.today.body', item.detail.unread, { partner }),
        action: t('notes.today.action'),
      };
    case 'date':
      return dateTodayCopy(item, partner);
    case 'date-reflection':
      return dateReflectionCopy(item);
    case 'challenge':
      return challengeCopy(item, partner);
    case 'signal':
      // Neutral on purpose: the reason is told only on the support page.
      return {
        title: t('signals.today.title'),
        body: t('signals.today.body'),
        action: t('signals.today.action'),
      };
  }
}
