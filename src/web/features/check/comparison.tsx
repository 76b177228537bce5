import { useQuery } from '@tanstack/react-query';
import type { CheckResultView } from '../../../shared/program-api';
import { TableWrap } from '../../components/table-wrap';
import { ApiError, api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { t } from '../../i18n';

type Comparison = { me: CheckResultView; partner: CheckResultView; partnerName: string };

/** Both latest results, or null when we have not both chosen to share (a 404, by design). */
function useComparison(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.comparison,
    enabled,
    retry: false,
    queryFn: async () => {
      try {
        return await api.get<Comparison>('/api/check/comparison');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

function Cell({ result, kind }: { result: CheckResultView; kind: string }) {
  const score = result.kinds.find((k) => k.kind === kind);
  if (!score || score.score === null) return <td>{t('results.noAnswersShort')}</td>;
  return (
    <td>
      <strong className="cell-main">{score.score}</strong>
      {score.wish !== null && (
        <span className="cell-sub">{t('results.cellWish', { wish: score.wish })}</span>
      )}
    </td>
  );
}

/** Each partner's own scores side by side; never combined into one number. */
export function ComparisonView({ enabled }: { enabled: boolean }) {
  const comparison = useComparison(enabled);
  const data = comparison.data;
  if (!enabled || !data) return null;
  return (
    <section className="card" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading" className="card__title">
        {t('results.sideBySide')}
      </h2>
      <TableWrap label={t('results.sideBySideCaption', { partner: data.partnerName })}>
        <table className="data-table">
          <caption className="visually-hidden">
            {t('results.sideBySideCaption', { partner: data.partnerName })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('results.kind')}</th>
              <th scope="col">{t('common.you')}</th>
              <th scope="col">{data.partnerName}</th>
            </tr>
          </thead>
          <tbody>
            {data.me.kinds.map((kind) => (
              <tr key={kind.kind}>
                <th scope="row">{t(`kinds.${kind.kind}`)}</th>
                <Cell result={data.me} kind={kind.kind} />
                <Cell result={data.partner} kind={kind.kind} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="field__hint">{t('results.sideBySideNote')}</p>
    </section>
  );
}
