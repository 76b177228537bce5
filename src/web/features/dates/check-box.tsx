import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

type CheckBoxProps = {
  isSelected: boolean;
  onChange: (on: boolean) => void;
  children: ReactNode;
  className?: string;
  describedBy?: string;
};

/** A large, tappable checkbox with its words beside it. */
export function CheckBox({
  isSelected,
  onChange,
  children,
  className,
  describedBy,
}: CheckBoxProps) {
  return (
    <Checkbox
      className={`choice choice--check${className ? ` ${className}` : ''}`}
      isSelected={isSelected}
      onChange={onChange}
      aria-describedby={describedBy}
    >
      <span className="choice__box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
        </svg>
      </span>
      <span className="choice__label">{children}</span>
    </Checkbox>
  );
}
