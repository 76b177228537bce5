/**
 * Formatters of instants in a time zone, made once per zone: making an
 * Intl.DateTimeFormat costs far more than using one, and the same few zones
 * come back on every request. Pure: no I/O.
 */

/** A function giving the formatter of `options` for a time zone, made at its first use there. */
export function zoneFormatters(
  locale: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>,
): (timeZone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let formatter = made.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      made.set(timeZone, formatter);
    }
    return formatter;
  };
}
