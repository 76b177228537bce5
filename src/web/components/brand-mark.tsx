/** The Rekindle mark: a small ember held by two curves. Decorative next to the name. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="15" className="brand-mark__ground" />
      <path
        className="brand-mark__flame"
        d="M16 7c1.8 3 5.5 5.6 5.5 10a5.5 5.5 0 0 1-11 0c0-2.6 1.4-4.2 2.6-5.6.2 1.6.9 2.6 1.9 3.1C15 12 15.2 9.4 16 7z"
      />
    </svg>
  );
}
