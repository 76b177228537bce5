import { Link } from 'react-router';
import type { TodayItem } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { t } from '../../i18n';
import { type CardCopy, copyFor, type TodayItemOf } from './today-copy';

type TodayCardProps = {
  item: TodayItem;
  partner: string | null;
  /** The obvious next step: larger, with a primary button. */
  first?: boolean;
  /** In "Waiting on you": a smaller card. */
  compact?: boolean;
};

function QuestionText({ item }: { item: TodayItemOf<'question'> }) {
  const { text, kind } = item.detail;
  if (text === null) return null;
  return (
    <>
      <p className="today-card__question">{text}</p>
      {kind !== null && (
        <div className="question-meta">
          <KindBadge kind={kind} />
        </div>
      )}
    </>
  );
}

function CardBody({ item, copy, compact }: { item: TodayItem; copy: CardCopy; compact: boolean }) {
  return (
    <>
      {item.kind === 'question' && <QuestionText item={item} />}
      {copy.body && !compact && <p className="today-card__body">{copy.body}</p>}
      {copy.status && <p className="status-line">{copy.status}</p>}
      {item.minutes !== null && item.status === 'todo' && (
        <p className="today-card__minutes">{t('home.minutes', { minutes: item.minutes })}</p>
      )}
    </>
  );
}

/** One thing to do today, in plain words, with one button. */
export function TodayCard({ item, partner, first = false, compact = false }: TodayCardProps) {
  const copy = copyFor(item, partner ?? t('nav.partner'));
  const headingId = `today-item-${item.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const classes = ['card', 'today-card', `today-card--${item.kind}`];
  if (first) classes.push('today-card--first');
  if (compact) classes.push('today-card--compact');
  return (
    <article className={classes.join(' ')} aria-labelledby={headingId}>
      {first && <p className="eyebrow">{t('home.nextStep')}</p>}
      <h3 id={headingId} className="card__title today-card__title">
        {copy.title}
      </h3>
      <CardBody item={item} copy={copy} compact={compact} />
      <Link
        to={item.href}
        className={first ? 'button button--primary' : 'button button--secondary'}
      >
        {copy.action}
      </Link>
    </article>
  );
}
