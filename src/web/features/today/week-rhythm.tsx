import type { Today } from '../../../shared/program-api';
import { plural, t } from '../../i18n';
import { rhythmName } from '../plan/rhythm-words';

type WeekEntry = Today['week'][number];

/**
 * What the count counts: a once-a-week thing is done or not yet; a daily one
 * counts days ("2 of 7 days"; one answer a day is what the server counts).
 */
export function countText(entry: WeekEntry): string {
  if (entry.target === 1) return t(entry.done > 0 ? 'home.week.doneOnce' : 'home.week.notYet');
  return plural('common.daysOf', entry.target, { done: entry.done });
}

/** A small bar: how much of this week's rhythm is done. Decorative; the text says it. */
function Bar({ done, target }: { done: number; target: number }) {
  const share = target > 0 ? Math.min(1, done / target) : 0;
  return (
    <svg className="week__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect className="week__bar-track" x="0" y="0" width="100" height="8" rx="4" />
      {share > 0 && (
        <rect className="week__bar-fill" x="0" y="0" width={share * 100} height="8" rx="4" />
      )}
    </svg>
  );
}

/** This week's rhythm as gentle counts: what is done so far, never what was missed. */
export function WeekRhythm({ week }: { week: Today['week'] }) {
  if (week.length === 0) return null;
  return (
    <section className="card week" aria-labelledby="week-heading">
      <h2 id="week-heading" className="card__title">
        {t('home.week.heading')}
      </h2>
      <ul className="week__list">
        {week.map((entry) => (
          <li key={entry.id} className="week__item">
            <span className="week__name">{rhythmName(entry.id)}</span>
            <span className="week__count">{countText(entry)}</span>
            <Bar done={entry.done} target={entry.target} />
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('home.week.gentle')}</p>
    </section>
  );
}
