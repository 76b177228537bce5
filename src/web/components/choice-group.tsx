import { Radio, RadioGroup } from 'react-aria-components';

export type Choice<T extends string> = { value: T; label: string; hint?: string };

export type ChoiceGroupProps<T extends string> = {
  /** The id of the visible question this group answers (its accessible name). */
  labelledBy: string;
  describedBy?: string;
  options: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** "row" for short scales (0–3), "column" for sentences. */
  layout?: 'row' | 'column';
};

/**
 * One choice out of a few, as large tappable rows: arrow keys move between
 * options, and screen readers hear the question, each option and its hint.
 */
export function ChoiceGroup<T extends string>({
  labelledBy,
  describedBy,
  options,
  value,
  onChange,
  layout = 'column',
}: ChoiceGroupProps<T>) {
  return (
    <RadioGroup
      className={`choice-group choice-group--${layout}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      value={value}
      onChange={(next) => {
        const found = options.find((option) => option.value === next);
        if (found) onChange(found.value);
      }}
    >
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="choice">
          {layout === 'column' && <span className="choice__dot" aria-hidden="true" />}
          <span className="choice__text">
            <span className="choice__label">{option.label}</span>
            {option.hint && <span className="choice__hint">{option.hint}</span>}
          </span>
        </Radio>
      ))}
    </RadioGroup>
  );
}

/**
 * A choice under its question, written like a field's label: the question is
 * the group's accessible name.
 */
export function ChoiceField<T extends string>({
  id,
  label,
  ...group
}: Omit<ChoiceGroupProps<T>, 'labelledBy'> & { id: string; label: string }) {
  return (
    <>
      <p id={id} className="field__label">
        {label}
      </p>
      <ChoiceGroup<T> labelledBy={id} {...group} />
    </>
  );
}
