/** "Question 4 of 23" in words, with a thin bar for sighted people (the words carry the meaning). */
export function StepProgress({ label, value, max }: { label: string; value: number; max: number }) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className="step-progress">
      <p className="step-progress__label">{label}</p>
      <svg
        className="step-progress__bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <rect className="step-progress__track" x="0" y="0" width="100" height="6" rx="3" />
        <rect className="step-progress__fill" x="0" y="0" width={share * 100} height="6" rx="3" />
      </svg>
    </div>
  );
}
