import { useId } from 'react';
import { t } from '../i18n';

type RatingSliderProps = {
  label: string;
  value: number;
  min?: number;
  max?: number;
  /** What the ends of the scale mean, e.g. "Not at all" and "Completely". */
  low: string;
  high: string;
  onChange: (value: number) => void;
};

/**
 * A labelled native range input: arrow keys step by one, the value is shown
 * large next to the label, and screen readers hear "7 out of 10".
 */
export function RatingSlider({
  label,
  value,
  min = 0,
  max = 10,
  low,
  high,
  onChange,
}: RatingSliderProps) {
  const id = useId();
  const scaleId = `${id}-scale`;
  return (
    <div className="rating">
      <div className="rating__head">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <output className="rating__value" htmlFor={id} aria-hidden="true">
          {value}
        </output>
      </div>
      <input
        id={id}
        className="rating__input"
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-valuetext={t('rating.valueText', { value, max })}
        aria-describedby={scaleId}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <div id={scaleId} className="rating__scale">
        <span>{t('rating.end', { value: min, meaning: low })}</span>
        <span>{t('rating.end', { value: max, meaning: high })}</span>
      </div>
    </div>
  );
}
