import type { HistoryEntry as Entry } from '../../../shared/api';
import { QuestionMeta } from '../../components/kind-badge';
import { t } from '../../i18n';
import { formatDay } from '../../lib/format';

/** Whether a calendar day is today on this device (the day's question can still be answered). */
function isToday(day: string): boolean {
  return day >= new Date().toLocaleDateString('en-CA');
}

type HistoryEntryProps = { entry: Entry; partnerName: string | null };

function PartnerSide({ entry, partnerName }: HistoryEntryProps) {
  if (!entry.withPartner) return null;
  const name = partnerName ?? t('nav.partner');
  if (entry.revealed && entry.partner) {
    return (
      <figure className="answer answer--partner">
        <figcaption className="answer__who">{name}</figcaption>
        <p className="answer__text">{entry.partner.text}</p>
      </figure>
    );
  }
  return (
    <figure className="answer answer--partner answer--waiting">
      <figcaption className="answer__who">{name}</figcaption>
      <p className="answer__muted">{t('history.waiting')}</p>
    </figure>
  );
}

/** One past day: the question, my answer, and the partner's once revealed. */
export function HistoryEntry({ entry, partnerName }: HistoryEntryProps) {
  return (
    <article className="card history-entry" aria-labelledby={`day-${entry.day}`}>
      <h2 id={`day-${entry.day}`} className="eyebrow">
        {formatDay(entry.day)}
      </h2>
      <p className="history-entry__question">{entry.question.text}</p>
      <QuestionMeta kinds={entry.question.kinds} depth={entry.question.depth} />
      {!entry.withPartner && (
        <p className="tag">
          {entry.visibility === 'reveal-together' ? t('history.pastLink') : t('history.journal')}
        </p>
      )}
      <div className="revealed__grid">
        <figure className="answer answer--mine">
          <figcaption className="answer__who">{t('common.you')}</figcaption>
          {entry.mine ? (
            <p className="answer__text">{entry.mine.text}</p>
          ) : (
            <p className="answer__muted">
              {isToday(entry.day) ? t('history.notYet') : t('history.noAnswer')}
            </p>
          )}
        </figure>
        <PartnerSide entry={entry} partnerName={partnerName} />
      </div>
    </article>
  );
}
