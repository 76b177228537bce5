import { type KeyboardEvent, useId } from 'react';
import { t } from '../i18n';

type RatingSliderProps = {
  label: string;
  /** Null until the person chooses: the slider then shows no thumb and no number. */
  value: number | null;
  min?: number;
  max?: number;
  /** What the ends of the scale mean, e.g. "Not at all" and "Completely". */
  low: string;
  high: string;
  onChange: (value: number) => void;
  /** For moving focus here, e.g. to the first rating still missing. */
  id?: string;
  /** Marks the slider as still needing an answer, described by the element with `errorId`. */
  errorId?: string;
  /**
   * The id of a scale legend ("0: Not at all … 10: Completely") shown once for
   * several sliders; without it, each slider shows its own under the track.
   */
  scaleId?: string;
};

const STEP_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
]);

/**
 * A labelled native range input that starts with no value: nothing is
 * chosen until the person drags, taps or uses the keyboard, and screen
 * readers hear "Not answered yet" until then ("7 out of 10" after).
 * From no value, the first arrow key chooses the middle, Home and End the
 * ends; a tap chooses the point tapped.
 */
export function RatingSlider({
  label,
  value,
  min = 0,
  max = 10,
  low,
  high,
  onChange,
  id,
  errorId,
  scaleId: sharedScaleId,
}: RatingSliderProps) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const scaleId = sharedScaleId ?? `${inputId}-scale`;
  const middle = Math.round((min + max) / 2);
  const empty = value === null;
  // A tap exactly where the hidden thumb rests changes nothing, so no change event comes:
  // the tap itself is the choice.
  const chooseShown = (input: HTMLInputElement) => {
    if (empty) onChange(Number(input.value));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!empty || !STEP_KEYS.has(event.key)) return;
    event.preventDefault();
    onChange(middle);
  };
  return (
    <div className={empty ? 'rating rating--empty' : 'rating'}>
      <div className="rating__head">
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
        {!empty && (
          <output className="rating__value" htmlFor={inputId} aria-hidden="true">
            {value}
          </output>
        )}
      </div>
      <div className="rating__track">
        <input
          id={inputId}
          className="rating__input"
          type="range"
          min={min}
          max={max}
          step={1}
          value={value ?? middle}
          aria-valuetext={empty ? t('rating.notAnswered') : t('rating.valueText', { value, max })}
          aria-describedby={errorId ? `${errorId} ${scaleId}` : scaleId}
          aria-invalid={errorId ? true : undefined}
          onChange={(event) => onChange(Number(event.target.value))}
          onPointerUp={(event) => chooseShown(event.currentTarget)}
          onKeyDown={onKeyDown}
        />
        {empty && (
          <span className="rating__hint" aria-hidden="true">
            {t('rating.notAnswered')}
          </span>
        )}
      </div>
      {!sharedScaleId && <RatingScale id={scaleId} min={min} max={max} low={low} high={high} />}
    </div>
  );
}

/** What the two ends of a rating scale mean; the sliders it serves point at it by id. */
export function RatingScale({
  id,
  min = 0,
  max = 10,
  low,
  high,
}: {
  id: string;
  min?: number;
  max?: number;
  low: string;
  high: string;
}) {
  return (
    <div id={id} className="rating__scale">
      <span>{t('rating.end', { value: min, meaning: low })}</span>
      <span>{t('rating.end', { value: max, meaning: high })}</span>
    </div>
  );
}
