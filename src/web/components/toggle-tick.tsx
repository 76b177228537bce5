import '../styles/toggle-tick.css';

/** The tick square inside a toggle, filled once the toggle is selected; `className` sets its size. */
export function ToggleTick({ className }: { className: string }) {
  return (
    <span className={`toggle-tick ${className}`} aria-hidden="true">
      <svg viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.4" />
      </svg>
    </span>
  );
}
