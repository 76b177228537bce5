import { Link } from 'react-router';
import type { TodayItem } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { plural, t } from '../../i18n';
import { type CardCopy, copyFor, type TodayItemOf } from './today-copy';
import { sharedTopicOf, TodayWhoSees } from './today-who-sees';

/**
 * How loud a card is: the one obvious next step; a quiet card beside it; or
 * a compact card under "More for this week".
 */
export type CardWeight = 'first' | 'quiet' | 'compact';

type TodayCardProps = {
  item: TodayItem;
  partner: string | null;
  weight: CardWeight;
};

function QuestionText({ item, weight }: { item: TodayItemOf<'question'>; weight: CardWeight }) {
  const { text, kind } = item.detail;
  if (text === null) return null;
  return (
    <>
      <p className={`today-card__question today-card__question--${weight}`}>{text}</p>
      {kind !== null && weight === 'first' && (
        <div className="question-meta">
          <KindBadge kind={kind} />
        </div>
      )}
    </>
  );
}

function CardBody({ item, copy, weight }: { item: TodayItem; copy: CardCopy; weight: CardWeight }) {
  const topic = sharedTopicOf(item);
  return (
    <>
      {item.kind === 'question' && <QuestionText item={item} weight={weight} />}
      {item.kind === 'gesture' && (
        // The suggestion is the card: its words show at every weight, like the day's question.
        <p className={`today-card__question today-card__question--${weight}`}>{item.detail.text}</p>
      )}
      {copy.body && weight !== 'compact' && <p className="today-card__body">{copy.body}</p>}
      {copy.status && <p className="status-line">{copy.status}</p>}
      {topic && item.status === 'todo' && <TodayWhoSees topic={topic} brief={weight !== 'first'} />}
      {item.minutes !== null && item.status === 'todo' && (
        <p className="today-card__minutes">{plural('home.minutes', item.minutes)}</p>
      )}
    </>
  );
}

/** One thing to do today, in plain words, with one button. */
export function TodayCard({ item, partner, weight }: TodayCardProps) {
  const copy = copyFor(item, partner ?? t('nav.partner'));
  const headingId = `today-item-${item.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const classes = ['card', 'today-card', `today-card--${item.kind}`, `today-card--${weight}`];
  return (
    <article className={classes.join(' ')} aria-labelledby={headingId}>
      {weight === 'first' && <p className="eyebrow">{t('home.nextStep')}</p>}
      <h3 id={headingId} className="card__title today-card__title">
        {copy.title}
      </h3>
      <CardBody item={item} copy={copy} weight={weight} />
      <Link
        to={item.href}
        className={
          weight === 'first' ? 'button button--primary' : 'button button--secondary button--small'
        }
        aria-describedby={headingId}
      >
        {copy.action}
      </Link>
    </article>
  );
}
