import { Radio, RadioGroup } from 'react-aria-components';
import type { Pick as Mark } from '../../../core/mutual-match';
import { type MessageKey, t } from '../../i18n';

const MARKS: readonly { value: Mark; label: MessageKey }[] = [
  { value: 'yes', label: 'interests.pick.yes' },
  { value: 'maybe', label: 'interests.pick.maybe' },
  { value: 'no', label: 'interests.pick.no' },
];

type Props = {
  /** What is being marked, for the group's accessible name. */
  title: string;
  value: Mark | null;
  onChange: (pick: Mark) => void;
};

/** Yes, maybe or no, side by side: my private mark on one hobby or trip. */
export function PickChoice({ title, value, onChange }: Props) {
  return (
    <RadioGroup
      className="play-pick"
      orientation="horizontal"
      aria-label={t('interests.pick.label', { title })}
      value={value}
      onChange={(next) => {
        const found = MARKS.find((mark) => mark.value === next);
        if (found) onChange(found.value);
      }}
    >
      {MARKS.map((mark) => (
        <Radio
          key={mark.value}
          value={mark.value}
          className={`play-pick__option play-pick__option--${mark.value}`}
        >
          {t(mark.label)}
        </Radio>
      ))}
    </RadioGroup>
  );
}
