import type { Depth, IntimacyKind } from '../../shared/api';
import { t } from '../i18n';
import { BulbIcon, HandIcon, HeartIcon } from './icons';

const KIND_ICONS = { emotional: HeartIcon, physical: HandIcon, intellectual: BulbIcon } as const;

/** A kind of intimacy, always as colour + icon + word (never colour alone). */
export function KindBadge({ kind }: { kind: IntimacyKind }) {
  const KindIcon = KIND_ICONS[kind];
  return (
    <span className={`kind-badge kind-badge--${kind}`}>
      <KindIcon />
      {t(`kinds.${kind}`)}
    </span>
  );
}

const DEPTH_LEVEL: Record<Depth, number> = { light: 1, deeper: 2, deepest: 3 };

export function DepthBadge({ depth }: { depth: Depth }) {
  const level = DEPTH_LEVEL[depth];
  return (
    <span className="depth-badge">
      <span className="depth-badge__dots" aria-hidden="true">
        {[1, 2, 3].map((dot) => (
          <span key={dot} className={dot <= level ? 'depth-dot depth-dot--on' : 'depth-dot'} />
        ))}
      </span>
      {t('depth.label', { depth: t(`depth.${depth}`) })}
    </span>
  );
}

export function QuestionMeta({ kinds, depth }: { kinds: readonly IntimacyKind[]; depth: Depth }) {
  return (
    <div className="question-meta">
      {kinds.map((kind) => (
        <KindBadge key={kind} kind={kind} />
      ))}
      <DepthBadge depth={depth} />
    </div>
  );
}
