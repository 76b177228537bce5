import type { Progress } from '../../../shared/program-api';
import { currentLocale, t } from '../../i18n';
import { shortDate } from './week-label';

const KINDS = ['emotional', 'physical', 'intellectual'] as const;

type Check = Progress['me']['check'][number];

function score(check: Check, kind: (typeof KINDS)[number]): string {
  const value = check.kinds.find((k) => k.kind === kind)?.score;
  return value === null || value === undefined ? t('progress.noScore') : String(Math.round(value));
}

/** A partner's checks are dated to the day, so two can share a date: number the repeats. */
function withKeys(checks: readonly Check[]): { key: string; check: Check }[] {
  const seen = new Map<string, number>();
  return checks.map((check) => {
    const n = (seen.get(check.takenAt) ?? 0) + 1;
    seen.set(check.takenAt, n);
    return { key: `${check.takenAt}#${n}`, check };
  });
}

/**
 * Each check's score per kind (out of 100), newest first: one short entry per
 * check, so it fits a narrow phone without scrolling sideways.
 */
export function CheckHistory({ checks, label }: { checks: readonly Check[]; label: string }) {
  const locale = currentLocale();
  return (
    <ol className="check-history" aria-label={label}>
      {withKeys(checks)
        .reverse()
        .map(({ key, check }) => (
          <li key={key} className="check-history__entry">
            <p className="check-history__date">{shortDate(check.takenAt, locale)}</p>
            <dl className="check-history__scores">
              {KINDS.map((kind) => (
                <div key={kind} className="check-history__score">
                  <dt>{t(`kinds.${kind}`)}</dt>
                  <dd>{score(check, kind)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
    </ol>
  );
}
