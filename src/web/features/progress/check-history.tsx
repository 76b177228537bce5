import type { Progress } from '../../../shared/program-api';
import { TableWrap } from '../../components/table-wrap';
import { currentLocale, t } from '../../i18n';

const KINDS = ['emotional', 'physical', 'intellectual'] as const;

type Check = Progress['me']['check'][number];

/** A moment in the viewer's zone; a partner's check comes as a bare day, shown as that day. */
function shortDate(value: string): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

function cell(check: Check, kind: (typeof KINDS)[number]): string {
  const score = check.kinds.find((k) => k.kind === kind)?.score;
  return score === null || score === undefined ? '–' : String(score);
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

/** Each check's 0–100 score per kind, oldest first. */
export function CheckHistory({ checks, caption }: { checks: readonly Check[]; caption: string }) {
  return (
    <TableWrap label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.date')}</th>
            {KINDS.map((kind) => (
              <th key={kind} scope="col">
                {t(`kinds.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {withKeys(checks).map(({ key, check }) => (
            <tr key={key}>
              <th scope="row">{shortDate(check.takenAt)}</th>
              {KINDS.map((kind) => (
                <td key={kind}>{cell(check, kind)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
