import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Series } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { TableWrap } from '../../components/table-wrap';
import { currentLocale, type MessageKey, plural, t } from '../../i18n';
import { isKind } from '../today/today-copy';
import { PulseChart } from './pulse-chart';
import { shortWeekDate, whole } from './week-label';

const MY_VERDICT: Record<Series['verdict'], MessageKey> = {
  'went-up': 'progress.verdict.wentUp',
  'usual-range': 'progress.verdict.usual',
  'went-down': 'progress.verdict.wentDown',
  'not-enough-data': 'progress.verdict.notEnough',
};

const PARTNER_VERDICT: Record<Series['verdict'], MessageKey> = {
  'went-up': 'progress.partnerVerdict.wentUp',
  'usual-range': 'progress.partnerVerdict.usual',
  'went-down': 'progress.partnerVerdict.wentDown',
  'not-enough-data': 'progress.partnerVerdict.notEnough',
};

function seriesName(key: string): string {
  return isKind(key) ? t(`kinds.${key}`) : t('progress.talk');
}

type SeriesCardProps = { mine: Series; partner?: Series; partnerName: string | null };

/** Whose line, under a heading of its own ("You", "Sam"), and what it did in words. */
function Line({ who, words }: { who: string; words: string }) {
  return (
    <div className="series__person">
      <h4 className="series__who">{who}</h4>
      <p className="series__verdict">{words}</p>
    </div>
  );
}

/** One kind: each person's line in words, the chart, and the same numbers as a table. */
export function SeriesCard({ mine, partner, partnerName }: SeriesCardProps) {
  const [asTable, setAsTable] = useState(false);
  const locale = currentLocale();
  const name = seriesName(mine.key);
  const shared = partner !== undefined && partnerName !== null ? { partner, partnerName } : null;
  const weeks = [
    ...new Set([...mine.points, ...(partner?.points ?? [])].map((p) => p.week)),
  ].sort();
  const value = (series: Series | undefined, week: string) => {
    const point = series?.points.find((p) => p.week === week);
    return point ? String(whole(point.value)) : t('progress.noScore');
  };
  const headingId = `series-${mine.key}`;
  const caption = t('progress.tableCaption', { name });
  if (weeks.length === 0) {
    return (
      <section className="card series" aria-labelledby={headingId}>
        <h3 id={headingId} className="card__title series__title">
          {isKind(mine.key) ? <KindBadge kind={mine.key} /> : name}
        </h3>
        <p>{t('progress.noPulse')}</p>
      </section>
    );
  }
  return (
    <section className="card series" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title series__title">
        {isKind(mine.key) ? <KindBadge kind={mine.key} /> : name}
      </h3>
      <div className="series__people">
        <Line
          who={t('common.you')}
          words={mine.points.length > 0 ? t(MY_VERDICT[mine.verdict]) : t('progress.noneYet')}
        />
        {shared && (
          <Line
            who={shared.partnerName}
            words={
              shared.partner.points.length > 0
                ? t(PARTNER_VERDICT[shared.partner.verdict])
                : t('progress.partnerNoneYet')
            }
          />
        )}
      </div>
      <PulseChart
        mine={mine}
        partner={shared?.partner}
        weeks={weeks}
        label={plural('progress.chartLabel', weeks.length, { name })}
      />
      <p className="chart__legend">
        <span className="chart__key chart__key--me">{t('common.you')}</span>
        {shared && <span className="chart__key chart__key--partner">{shared.partnerName}</span>}
        {mine.band && (
          <span className="chart__key chart__key--band">{t('progress.legendBand')}</span>
        )}
      </p>
      <Button
        className="button button--quiet"
        aria-pressed={asTable}
        onPress={() => setAsTable((shown) => !shown)}
      >
        {t('progress.showTable')}
      </Button>
      <div className={asTable ? 'series__table' : 'visually-hidden'}>
        <TableWrap label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.week')}</th>
                <th scope="col">{t('common.you')}</th>
                {shared && <th scope="col">{shared.partnerName}</th>}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week}>
                  <th scope="row">{t('progress.weekOf', { date: shortWeekDate(week, locale) })}</th>
                  <td>{value(mine, week)}</td>
                  {shared && <td>{value(shared.partner, week)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {mine.band && (
          <p className="field__hint">
            {t('progress.usualRange', {
              low: Math.max(1, whole(mine.band.low)),
              high: Math.min(10, whole(mine.band.high)),
            })}
          </p>
        )}
      </div>
    </section>
  );
}
