import { Button, Radio, RadioGroup } from 'react-aria-components';
import type { DatePick } from '../../../shared/dates-api';
import { t } from '../../i18n';

const PICK_ORDER: readonly DatePick[] = ['yes', 'maybe', 'no'];

type PickControlProps = {
  title: string;
  value: DatePick | null;
  onChange: (pick: DatePick | null) => void;
};

/** Yes, maybe or no on one idea, side by side; "clear" takes the answer back. */
export function PickControl({ title, value, onChange }: PickControlProps) {
  return (
    <div className="pick">
      <RadioGroup
        className="pick__group"
        orientation="horizontal"
        aria-label={t('dates.pick.label', { title })}
        value={value}
        onChange={(next) => {
          const found = PICK_ORDER.find((pick) => pick === next);
          if (found) onChange(found);
        }}
      >
        {PICK_ORDER.map((pick) => (
          <Radio key={pick} value={pick} className={`pick__option pick__option--${pick}`}>
            {({ isSelected }) => (
              <>
                {isSelected && (
                  <span className="pick__tick" aria-hidden="true">
                    ✓
                  </span>
                )}
                {t(`dates.pick.${pick}`)}
              </>
            )}
          </Radio>
        ))}
      </RadioGroup>
      {value !== null && (
        <Button
          className="button button--quiet button--small pick__clear"
          onPress={() => onChange(null)}
          aria-label={t('dates.pick.clearLabel', { title })}
        >
          {t('dates.pick.clear')}
        </Button>
      )}
    </div>
  );
}
