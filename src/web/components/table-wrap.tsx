import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow phone. Focusable and named,
 * so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would imply form controls
    <div className="table-wrap" role="group" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}
