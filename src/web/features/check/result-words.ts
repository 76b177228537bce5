/** The check's numbers in plain words. A small gap is fine, even when "now" is low. */
import { t } from '../../i18n';

/** Where a gap (wish minus now, 0–100 points; negative: more than wished) falls. */
export type GapBand = 'none' | 'more' | 'close' | 'some' | 'far';

export function gapBand(gap: number | null): GapBand {
  if (gap === null) return 'none';
  if (gap < -10) return 'more';
  if (gap <= 10) return 'close';
  if (gap <= 30) return 'some';
  return 'far';
}

export function gapWords(gap: number | null): string {
  return t(`results.gap.${gapBand(gap)}`);
}
