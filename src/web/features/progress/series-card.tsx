import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Series } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { TableWrap } from '../../components/table-wrap';
import { type MessageKey, t } from '../../i18n';
import { isKind } from '../today/today-copy';
import { PulseChart } from './pulse-chart';

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

const one = (value: number) => Math.min(10, Math.max(1, value)).toFixed(1);

type SeriesCardProps = { mine: Series; partner?: Series; partnerName: string | null };

/** One kind: the verdict in words, the chart, and the same numbers as a table. */
export function SeriesCard({ mine, partner, partnerName }: SeriesCardProps) {
  const [asTable, setAsTable] = useState(false);
  const name = seriesName(mine.key);
  const weeks = [
    ...new Set([...mine.points, ...(partner?.points ?? [])].map((p) => p.week)),
  ].sort();
  const value = (series: Series | undefined, week: string) => {
    const point = series?.points.find((p) => p.week === week);
    return point ? String(point.value) : '–';
  };
  const headingId = `series-${mine.key}`;
  return (
    <section className="card series" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title series__title">
        {isKind(mine.key) ? <KindBadge kind={mine.key} /> : name}
      </h3>
      {mine.points.length === 0 ? (
        <p>{t('progress.noPulse')}</p>
      ) : (
        <>
          <p className="series__verdict">{t(MY_VERDICT[mine.verdict])}</p>
          {partner && partnerName && (
            <p className="series__verdict series__verdict--partner">
              {t(PARTNER_VERDICT[partner.verdict], { partner: partnerName })}
            </p>
          )}
          <PulseChart
            mine={mine}
            partner={partner}
            weeks={weeks}
            label={t('progress.chartLabel', { name, count: mine.points.length })}
          />
          <p className="chart__legend">
            <span className="chart__key chart__key--me">{t('progress.legendMe')}</span>
            {partner && partnerName && (
              <span className="chart__key chart__key--partner">{partnerName}</span>
            )}
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
            <TableWrap label={t('progress.tableCaption', { name })}>
              <table className="data-table">
                <caption>{t('progress.tableCaption', { name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('progress.week')}</th>
                    <th scope="col">{t('common.you')}</th>
                    {partner && partnerName && <th scope="col">{partnerName}</th>}
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((week) => (
                    <tr key={week}>
                      <th scope="row">{week}</th>
                      <td>{value(mine, week)}</td>
                      {partner && partnerName && <td>{value(partner, week)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            {mine.band && (
              <p className="field__hint">
                {t('progress.usualRange', { low: one(mine.band.low), high: one(mine.band.high) })}
              </p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
