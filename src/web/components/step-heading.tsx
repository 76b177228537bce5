import { type ReactNode, useEffect, useRef } from 'react';

type StepHeadingProps = {
  /** Changes with each step. */
  stepKey: string;
  /** True once the person has moved between steps: focus then follows to the new heading. */
  moveFocus: boolean;
  id?: string;
  className?: string;
  children: ReactNode;
};

/**
 * The heading of one step in a long flow. After Next or Back, focus moves here
 * so keyboard and screen-reader users start at the new question.
 */
export function StepHeading({ stepKey, moveFocus, id, className, children }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moveFocus && stepKey) ref.current?.focus();
  }, [stepKey, moveFocus]);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className={className ?? 'step-heading'}>
      {children}
    </h2>
  );
}
