import type { Series } from '../../../shared/program-api';
import { currentLocale } from '../../i18n';
import { shortWeekDate } from './week-label';

const WIDTH = 320;
const HEIGHT = 168;
const PAD = { left: 28, right: 12, top: 12, bottom: 28 };
const MIN = 1;
const MAX = 10;

type ChartProps = {
  mine: Series;
  partner?: Series;
  /** Every week shown on the x axis, oldest first (mine and the partner's together). */
  weeks: readonly string[];
  /** The chart's own short description for screen readers (the table has the numbers). */
  label: string;
};

function x(index: number, count: number): number {
  const span = WIDTH - PAD.left - PAD.right;
  return count <= 1 ? PAD.left + span / 2 : PAD.left + (span * index) / (count - 1);
}

function y(value: number): number {
  const span = HEIGHT - PAD.top - PAD.bottom;
  const clamped = Math.min(MAX, Math.max(MIN, value));
  return PAD.top + span - (span * (clamped - MIN)) / (MAX - MIN);
}

function path(series: Series, weeks: readonly string[]): string {
  return series.points
    .map(
      (point, i) =>
        `${i === 0 ? 'M' : 'L'}${x(weeks.indexOf(point.week), weeks.length).toFixed(1)},${y(point.value).toFixed(1)}`,
    )
    .join(' ');
}

/** "2026-W48" → "23 Nov" (the Monday it starts on, in the reader's locale). */
function shortWeek(week: string): string {
  return shortWeekDate(week, currentLocale());
}

function Line({
  series,
  weeks,
  who,
}: {
  series: Series;
  weeks: readonly string[];
  who: 'me' | 'partner';
}) {
  return (
    <g className={`chart__series chart__series--${who}`}>
      {series.points.length > 1 && <path className="chart__line" d={path(series, weeks)} />}
      {series.points.map((point) => (
        <circle
          key={point.week}
          className="chart__dot"
          cx={x(weeks.indexOf(point.week), weeks.length)}
          cy={y(point.value)}
          r={who === 'me' ? 4 : 3.5}
        />
      ))}
    </g>
  );
}

/** A small line chart of weekly ratings (1–10) with the shaded "usual range" band. */
export function PulseChart({ mine, partner, weeks, label }: ChartProps) {
  const band = mine.band;
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {band && (
        <rect
          className="chart__band"
          x={PAD.left}
          width={WIDTH - PAD.left - PAD.right}
          y={y(band.high)}
          height={Math.max(0, y(band.low) - y(band.high))}
        />
      )}
      {[1, 5, 10].map((tick) => (
        <g key={tick}>
          <line
            className="chart__grid"
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text className="chart__tick" x={PAD.left - 8} y={y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {first && (
        <text
          className="chart__tick"
          x={x(0, weeks.length)}
          y={HEIGHT - 8}
          textAnchor={weeks.length === 1 ? 'middle' : 'start'}
        >
          {shortWeek(first)}
        </text>
      )}
      {last && weeks.length > 1 && (
        <text
          className="chart__tick"
          x={x(weeks.length - 1, weeks.length)}
          y={HEIGHT - 8}
          textAnchor="end"
        >
          {shortWeek(last)}
        </text>
      )}
      {partner && <Line series={partner} weeks={weeks} who="partner" />}
      <Line series={mine} weeks={weeks} who="me" />
    </svg>
  );
}
