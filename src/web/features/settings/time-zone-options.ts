/**
 * The time zones a person can pick, from the platform itself
 * (Intl.supportedValuesOf), each with a city name, its region and its UTC
 * offset right now, and a search that finds a zone by city, region, the
 * zone's everyday name ("Central European Time") or an offset ("+5:30").
 */
import { zoneOffsetMs } from '../../../core/checkin';

export type ZoneOption = {
  /** The IANA id that is saved, e.g. "Asia/Calcutta". */
  id: string;
  /** "Kolkata"; "Knox, Indiana" for a zone inside a region's subdivision. */
  city: string;
  /** "Asia", or "" for an id without one (such as "UTC"). */
  region: string;
  /** Minutes ahead of UTC at the moment the list was made. */
  offsetMinutes: number;
  /** "UTC+05:30", with a true minus sign for zones behind UTC. */
  offset: string;
  /** The zone's everyday name in the reader's language, when the platform knows one. */
  name: string;
  /** What the field shows once chosen: "Kolkata (UTC+05:30)"; unique in the list. */
  label: string;
  /** The names a search may match, folded (lower case, no accents), one space between words. */
  search: string;
};

/**
 * Cities some platforms still spell the old way in their zone ids: shown by
 * today's name, and found by either.
 */
const NEWER_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Asmara',
  'America/Coral_Harbour': 'Atikokan',
  'America/Godthab': 'Nuuk',
  'Asia/Calcutta': 'Kolkata',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Asia/Saigon': 'Ho Chi Minh City',
  'Atlantic/Faeroe': 'Faroe Islands',
  'Europe/Kiev': 'Kyiv',
  'Pacific/Enderbury': 'Kanton',
  'Pacific/Ponape': 'Pohnpei',
  'Pacific/Truk': 'Chuuk',
};

/** Lower case, without accents, with one kind of minus sign and "utc" for "gmt". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replaceAll('\u2212', '-')
    .replaceAll('gmt', 'utc')
    .replaceAll('_', ' ');
}

/** The zone's everyday name ("Central European Time"), or "" when the platform has none. */
function genericName(id: string, at: Date, locale: string): string {
  try {
    const format = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: 'longGeneric' });
    return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Minutes ahead of UTC of a zone at a moment; 0 for a name this browser does not know. */
export function offsetMinutesOf(id: string, at: Date): number {
  try {
    return Math.round(zoneOffsetMs(at.getTime(), id) / 60_000);
  } catch {
    return 0;
  }
}

/** "UTC+01:00", "UTC−03:30" (a true minus sign reads right everywhere). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(abs % 60).padStart(2, '0')}`;
}

/** "Asia/Calcutta" → Kolkata in Asia; "America/Indiana/Knox" → "Knox, Indiana" in America. */
export function placeOf(id: string): { city: string; region: string } {
  const parts = id.split('/').map((part) => part.replaceAll('_', ' '));
  if (parts.length === 1) return { city: parts[0] ?? id, region: '' };
  const region = parts[0] ?? '';
  const city = NEWER_NAMES[id] ?? parts.at(-1) ?? id;
  const within = parts.length > 2 ? parts.slice(1, -1).join(', ') : '';
  return { city: within ? `${city}, ${within}` : city, region };
}

/** Makes one option; `format` fills the label ("{city} ({offset})") in the reader's language. */
export function zoneOption(
  id: string,
  at: Date,
  locale: string,
  format: (city: string, offset: string) => string,
): ZoneOption {
  const { city, region } = placeOf(id);
  const offsetMinutes = offsetMinutesOf(id, at);
  const offset = formatOffset(offsetMinutes);
  const name = genericName(id, at, locale);
  const bare = city === 'UTC' || city === 'GMT';
  const label = bare ? city : format(city, offset);
  // Offsets are matched as numbers (matchesZone), so the text holds names only.
  const search = fold([id, city, region, name].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ');
  return { id, city, region, offsetMinutes, offset, name: bare ? '' : name, label, search };
}

/** The platform's zones, with any of `keep` it lacks (a saved value spelled another way). */
export function zoneIds(keep: readonly string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const known = new Set(zones);
  return [...zones, ...keep.filter((zone) => !known.has(zone))];
}

/**
 * Makes the options a few at a time (hundreds of zones take the platform a
 * noticeable moment), so a page can build them while it is idle; `finish`
 * makes the rest at once. The result runs west to east, then by city.
 */
export function zoneListBuilder(
  ids: readonly string[],
  at: Date,
  locale: string,
  format: (city: string, offset: string) => string,
): { step(budgetMs: number): boolean; finish(): ZoneOption[] } {
  const queue = [...new Set(ids)];
  const made: ZoneOption[] = [];
  let sorted: ZoneOption[] | null = null;
  const makeOne = () => {
    const id = queue.shift();
    if (id !== undefined) made.push(zoneOption(id, at, locale, format));
  };
  return {
    step(budgetMs) {
      const end = performance.now() + budgetMs;
      while (queue.length > 0 && performance.now() < end) makeOne();
      return queue.length === 0;
    },
    finish() {
      while (queue.length > 0) makeOne();
      if (!sorted) {
        const collator = new Intl.Collator(locale);
        sorted = made.sort(
          (a, b) => a.offsetMinutes - b.offsetMinutes || collator.compare(a.city, b.city),
        );
      }
      return sorted;
    },
  };
}

/** Every zone, west to east, then by city. */
export function zoneOptions(
  ids: readonly string[],
  at: Date,
  locale: string,
  format: (city: string, offset: string) => string,
): ZoneOption[] {
  return zoneListBuilder(ids, at, locale, format).finish();
}

const OFFSET_QUERY = /^(?:utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * Whether a zone fits what was typed: every word must start a word of the
 * zone's names ("new y" finds New York, not Papua New Guinea). A word that
 * is an offset ("+2", "utc-5", "+5:30") matches that offset exactly, not
 * every offset that starts with the same digits.
 */
export function matchesZone(option: ZoneOption, query: string): boolean {
  const words = fold(query)
    .replace(/\butc\s+(?=[+-])/g, 'utc')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.every((word) => {
    const offset = OFFSET_QUERY.exec(word);
    if (offset) {
      const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
      return option.offsetMinutes === (offset[1] === '-' ? -minutes : minutes);
    }
    const text = word.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return text === '' || ` ${option.search}`.includes(` ${text}`);
  });
}
