/** "To talk about": what either of you marked, until one of you marks it talked about. */
import { Link } from 'react-router';
import type { TalkItem } from '../../../shared/decks-api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useClearTalk, useTalkList } from './decks-api';

function whoWants(item: TalkItem, partner: string): string {
  if (item.mine && item.partner) return t('decks.talk.both');
  if (item.partner) return t('decks.talk.partnerWants', { partner });
  return t('decks.talk.youWantShort');
}

function keyOf(item: TalkItem): string {
  return item.kind === 'card' ? `card:${item.cardId}` : `day:${item.day}`;
}

export function TalkList({ partner }: { partner: string }) {
  const list = useTalkList(true);
  const clear = useClearTalk();
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  const clearing = clear.isPending ? clear.variables : undefined;
  return (
    <section className="card talk-list" aria-labelledby="talk-list-heading">
      <h2 id="talk-list-heading" className="card__title">
        {t('decks.talk.listTitle')}
      </h2>
      <p className="talk-list__lead">{t('decks.talk.listLead', { partner })}</p>
      <ul className="talk-list__items">
        {items.map((item, index) => {
          const questionId = `talk-question-${index}`;
          const target = item.kind === 'card' ? { cardId: item.cardId } : { day: item.day };
          const busy =
            clearing !== undefined &&
            ('cardId' in clearing ? clearing.cardId : clearing.day) ===
              (item.kind === 'card' ? item.cardId : item.day);
          return (
            <li key={keyOf(item)} className="talk-list__item">
              <p id={questionId} className="talk-list__question">
                {item.kind === 'card' ? (
                  <Link to={`/decks/cards/${encodeURIComponent(item.cardId)}`}>
                    {item.question.text}
                  </Link>
                ) : (
                  item.question.text
                )}
              </p>
              <p className="status-line talk-list__who">
                {item.kind === 'day' ? `${t('decks.talk.fromDaily')} ` : ''}
                {whoWants(item, partner)}
              </p>
              <BusyButton
                className="button button--secondary button--small"
                aria-describedby={questionId}
                isBusy={busy}
                onPress={() =>
                  clear.mutate(target, { onSuccess: () => announce(t('decks.talk.cleared')) })
                }
              >
                {t('decks.talk.talked')}
              </BusyButton>
            </li>
          );
        })}
      </ul>
      {clear.isError && <Notice tone="error">{errorText(clear.error)}</Notice>}
    </section>
  );
}
