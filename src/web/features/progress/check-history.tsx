import type { Progress } from '../../../shared/program-api';
import { TableWrap } from '../../components/table-wrap';
import { currentLocale, t } from '../../i18n';

const KINDS = ['emotional', 'physical', 'intellectual'] as const;

type Check = Progress['me']['check'][number];

function shortDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(date);
}

function cell(check: Check, kind: (typeof KINDS)[number]): string {
  const score = check.kinds.find((k) => k.kind === kind)?.score;
  return score === null || score === undefined ? '–' : String(score);
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
          {checks.map((check) => (
            <tr key={check.takenAt}>
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
