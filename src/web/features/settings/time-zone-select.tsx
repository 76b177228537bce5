import { useId } from 'react';

function allTimeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  // Keep the saved value selectable even if this browser spells it differently.
  return zones.includes(current) ? zones : [current, ...zones];
}

type TimeZoneSelectProps = {
  label: string;
  hint: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  isDisabled?: boolean;
};

/** A native select: long lists are easiest with the platform's own picker. */
export function TimeZoneSelect({
  label,
  hint,
  name,
  value,
  onChange,
  isDisabled,
}: TimeZoneSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="field__input field__select"
        value={value}
        disabled={isDisabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      >
        {allTimeZones(value).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
