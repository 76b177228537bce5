/** The check's numbers in plain words. A small gap is fine, even when "now" is low. */
import { t } from '../../i18n';

export function gapWords(gap: number | null): string {
  if (gap === null) return t('results.gap.none');
  if (gap < -10) return t('results.gap.more');
  if (gap <= 10) return t('results.gap.close');
  if (gap <= 30) return t('results.gap.some');
  return t('results.gap.far');
}
