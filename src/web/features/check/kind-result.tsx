import type { CheckResultView } from '../../../shared/program-api';
import { KindBadge } from '../../components/kind-badge';
import { t } from '../../i18n';
import { gapWords } from './result-words';

type KindScore = CheckResultView['kinds'][number];

/** Now and "would like" on one 0–100 line. Decorative: the words say the same. */
function ScoreLine({ score, wish }: { score: number; wish: number | null }) {
  return (
    <svg className="score-line" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <rect className="score-line__track" x="0" y="3" width="100" height="6" rx="3" />
      <rect className="score-line__now" x="0" y="3" width={score} height="6" rx="3" />
      {wish !== null && (
        <rect className="score-line__wish" x={Math.max(0, wish - 1)} y="0" width="2" height="12" />
      )}
    </svg>
  );
}

/** One kind of closeness: my score, the level I'd like, and the gap in words. */
export function KindResult({ kind }: { kind: KindScore }) {
  return (
    <li className="kind-result">
      <KindBadge kind={kind.kind} />
      {kind.score === null ? (
        <p className="field__hint">{t('results.noAnswers')}</p>
      ) : (
        <>
          <p className="kind-result__numbers">
            <span className="kind-result__score">{t('results.score', { score: kind.score })}</span>
            {kind.wish !== null && <span>{t('results.wish', { wish: kind.wish })}</span>}
          </p>
          <ScoreLine score={kind.score} wish={kind.wish} />
          <p className="kind-result__gap">{gapWords(kind.gap)}</p>
        </>
      )}
    </li>
  );
}
