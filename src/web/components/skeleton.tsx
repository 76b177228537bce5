import { t } from '../i18n';

/** Grey placeholder shapes while a screen first loads; announced once as "Loading". */
export function Skeleton({ lines = 3, card = true }: { lines?: number; card?: boolean }) {
  return (
    <div className={card ? 'skeleton card' : 'skeleton'} role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      <div className="skeleton__line skeleton__line--title" aria-hidden="true" />
      {Array.from({ length: lines }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows never reorder
        <div key={index} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}

/** A screen while it loads; index.html shows the same shapes before the script runs. */
export function PageSkeleton() {
  return (
    <div className="page">
      <div className="skeleton__line skeleton__line--heading" aria-hidden="true" />
      <Skeleton lines={4} />
      <Skeleton lines={2} />
    </div>
  );
}
