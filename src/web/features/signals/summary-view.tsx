import type { Summary } from '../../../shared/signals-api';
import { TableWrap } from '../../components/table-wrap';
import { currentLocale, plural, t } from '../../i18n';
import { shortDate, shortWeekDate } from '../progress/week-label';

const PULSE_KEYS = ['emotional', 'physical', 'intellectual', 'talk'] as const;
const KINDS = ['emotional', 'physical', 'intellectual'] as const;
/** The print page lists the most recent weeks; the PDF has the same. */
const RECENT_WEEKS = 12;

function longDay(day: string): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

const one = (value: number) => value.toFixed(1);

function Scores({ scores }: { scores: NonNullable<Summary['scores']> }) {
  const locale = currentLocale();
  const recent = scores.pulses.slice(-RECENT_WEEKS).reverse();
  return (
    <section className="summary-section" aria-labelledby="summary-scores">
      <h2 id="summary-scores">{t('signals.prepare.scoresHeading')}</h2>
      {scores.pulses.length === 0 ? (
        <p className="field__hint">{t('signals.prepare.noPulses')}</p>
      ) : (
        <>
          <h3>{t('signals.prepare.changeHeading')}</h3>
          <ul className="help-points">
            {scores.change.map((c) => {
              const params = {
                label: t(`signals.prepare.series.${c.key}`),
                verdict: t(`signals.prepare.verdicts.${c.verdict}`),
              };
              return (
                <li key={c.key}>
                  {c.baseline !== null && c.current !== null
                    ? t('signals.prepare.change', {
                        ...params,
                        baseline: one(c.baseline),
                        current: one(c.current),
                      })
                    : t('signals.prepare.changeShort', params)}
                </li>
              );
            })}
          </ul>
          <h3 id="summary-weeks">{t('signals.prepare.weeksTable')}</h3>
          <TableWrap label={t('signals.prepare.weeksTable')}>
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">{t('signals.prepare.weekColumn')}</th>
                  {KINDS.map((kind) => (
                    <th key={kind} scope="col">
                      {t(`kinds.${kind}`)}
                    </th>
                  ))}
                  <th scope="col">{t('signals.prepare.talkColumn')}</th>
                  <th scope="col">{t('signals.prepare.averageColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((p) => (
                  <tr key={p.week}>
                    <th scope="row">{shortWeekDate(p.week, locale)}</th>
                    {PULSE_KEYS.map((key) => (
                      <td key={key}>{p[key]}</td>
                    ))}
                    <td>{one((p.emotional + p.physical + p.intellectual + p.talk) / 4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      <h3 id="summary-checks">{t('signals.prepare.checksHeading')}</h3>
      <p className="field__hint">{t('signals.prepare.checksHint')}</p>
      {scores.checks.length === 0 ? (
        <p className="field__hint">{t('signals.prepare.noChecks')}</p>
      ) : (
        <TableWrap label={t('signals.prepare.checksHeading')}>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('signals.prepare.dateColumn')}</th>
                {KINDS.map((kind) => (
                  <th key={kind} scope="col">
                    {t(`kinds.${kind}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...scores.checks].reverse().map((check) => (
                <tr key={check.takenOn}>
                  <th scope="row">{shortDate(check.takenOn, locale)}</th>
                  {KINDS.map((kind) => {
                    const found = check.kinds.find((k) => k.kind === kind);
                    const now = found?.score ?? null;
                    const wish = found?.wish ?? null;
                    return (
                      <td key={kind}>
                        {now === null || wish === null
                          ? t('signals.prepare.notAnswered')
                          : t('signals.prepare.nowWish', { now, wish })}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function Causes({ causes }: { causes: Summary['causes'] }) {
  return (
    <section className="summary-section" aria-labelledby="summary-causes">
      <h2 id="summary-causes">{t('signals.prepare.causesHeading')}</h2>
      {!causes ? (
        <p className="field__hint">{t('signals.prepare.noCauses')}</p>
      ) : (
        <>
          <p className="field__hint">
            {t('signals.prepare.causesFrom', { day: longDay(causes.takenOn) })}
          </p>
          {causes.groups.map((group) => (
            <div key={group.group}>
              <h3>{t(`signals.prepare.groups.${group.group}`)}</h3>
              <ul className="help-points">
                {group.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
          {causes.signs.length > 0 && (
            <>
              <h3>{t('signals.prepare.signsHeading')}</h3>
              <ul className="help-points">
                {causes.signs.map((sign) => (
                  <li key={sign}>{sign}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function CheckinConcerns({ checkins }: { checkins: NonNullable<Summary['concerns']>['checkins'] }) {
  return (
    <>
      <h3 id="summary-checkin-concerns">{t('signals.prepare.checkinConcernsHeading')}</h3>
      <p className="field__hint">
        {plural('signals.prepare.checkinConcernsIntro', checkins.weeks)}
      </p>
      <ul className="help-points" aria-labelledby="summary-checkin-concerns">
        {checkins.items.map((item) => (
          <li key={`${item.firstOn}:${item.text}`}>
            {plural('signals.prepare.checkinConcern', item.weeks, {
              text: item.text,
              from: longDay(item.firstOn),
              to: longDay(item.lastOn),
            })}
            {item.resolved && <> {t('signals.prepare.checkinResolved')}</>}
          </li>
        ))}
      </ul>
      {checkins.more > 0 && (
        <p className="field__hint">{plural('signals.prepare.checkinMore', checkins.more)}</p>
      )}
    </>
  );
}

function Concerns({ concerns }: { concerns: NonNullable<Summary['concerns']> }) {
  const { checkins } = concerns;
  return (
    <section className="summary-section" aria-labelledby="summary-concerns">
      <h2 id="summary-concerns">{t('signals.prepare.concernsHeading')}</h2>
      {concerns.items.length === 0 && checkins.items.length === 0 ? (
        <p className="field__hint">{t('signals.prepare.noConcerns')}</p>
      ) : (
        <>
          {concerns.items.length > 0 && (
            <>
              <p className="field__hint">
                {plural('signals.prepare.concernsIntro', concerns.weeksAnswered)}
              </p>
              <ul className="help-points">
                {concerns.items.map((item) => (
                  <li key={item.id}>
                    {plural('signals.prepare.concernWeeks', concerns.weeksAnswered, {
                      label: t(`signals.prepare.concerns.${item.id}`),
                      weeks: item.weeks,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {checkins.items.length > 0 && <CheckinConcerns checkins={checkins} />}
        </>
      )}
    </section>
  );
}

function Tried({ tried }: { tried: NonNullable<Summary['tried']> }) {
  const done = tried.filter((item) => item.count > 0);
  return (
    <section className="summary-section" aria-labelledby="summary-tried">
      <h2 id="summary-tried">{t('signals.prepare.triedHeading')}</h2>
      {done.length === 0 ? (
        <p className="field__hint">{t('signals.prepare.noneTried')}</p>
      ) : (
        <ul className="help-points">
          {done.map((item) => (
            <li key={item.id}>{plural(`signals.prepare.tried.${item.id}`, item.count)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** My summary as a page that prints well: the same parts, in the same order, as the PDF. */
export function SummaryView({ summary }: { summary: Summary }) {
  return (
    <article className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('signals.prepare.title')}
      </h2>
      <p className="summary__meta">
        {t('signals.prepare.preparedOn', { day: longDay(summary.preparedOn) })}
      </p>
      <p>{t('signals.prepare.intro')}</p>
      {summary.scores && <Scores scores={summary.scores} />}
      {summary.sections.includes('causes') && <Causes causes={summary.causes} />}
      {summary.concerns && <Concerns concerns={summary.concerns} />}
      {summary.tried && <Tried tried={summary.tried} />}
      <section className="summary-section summary-notes" aria-labelledby="summary-notes">
        <h2 id="summary-notes">{t('signals.prepare.notesHeading')}</h2>
        <div className="summary-notes__lines" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </div>
      </section>
    </article>
  );
}
