/**
 * A tiny typed translation layer. English is the source of truth for keys and
 * the fallback for anything a translation leaves out; every other locale is a
 * JSON file next to it, discovered at build time and loaded lazily.
 *
 * English comes in two parts so the first screen stays small: locales/en.json
 * holds the words the first screen and the app's frame use, and
 * screens/en.json the words of every other screen, loaded with the first of
 * them (`loadScreenMessages`, awaited by each lazy screen in routes.tsx).
 */
import en from './locales/en.json';
import type screensEn from './screens/en.json';

type Tree = { readonly [key: string]: string | Tree };
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every dotted key of English, e.g. "today.title". */
export type MessageKey = Leaves<typeof en & typeof screensEn>;
/**
 * A message that depends on a count: en.json holds `name_one` and
 * `name_other` (and any other plural category a language needs: `_zero`,
 * `_two`, `_few`, `_many`), and `plural('name', n)` picks the right one.
 */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;
export type MessageParams = Readonly<Record<string, string | number>>;

const fallback: Tree = en;
/** The other screens' English words, once loaded. */
let screens: Tree = {};
let screensLoading: Promise<void> | undefined;

/** Loads the words of the screens after the first; resolves at once when they are here. */
export function loadScreenMessages(): Promise<void> {
  screensLoading ??= import('./screens/en.json').then(
    (module) => {
      screens = module.default;
    },
    (error: unknown) => {
      // Not kept as the answer: a later screen asks again.
      screensLoading = undefined;
      throw error;
    },
  );
  return screensLoading;
}
const loaders = import.meta.glob<{ default: Tree }>(['./locales/*.json', '!./locales/en.json']);
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

let messages: Tree = fallback;
let activeLocale = 'en';
let formatLocale = 'en';

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Translates a key, filling `{name}` placeholders from params. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = lookup(messages, key) ?? lookup(fallback, key) ?? lookup(screens, key) ?? key;
  return params ? interpolate(text, params) : text;
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * Translates a count-dependent message with the language's plural rules
 * ("1 week", "2 weeks"); `{count}` is filled with the count, formatted for
 * the reader's locale.
 */
export function plural(key: PluralKey, count: number, params?: MessageParams): string {
  pluralRules ??= new Intl.PluralRules(activeLocale);
  const exact = `${key}_${pluralRules.select(count)}`;
  const other = `${key}_other`;
  const text =
    lookup(messages, exact) ??
    lookup(messages, other) ??
    lookup(fallback, exact) ??
    lookup(fallback, other) ??
    lookup(screens, exact) ??
    lookup(screens, other) ??
    key;
  return interpolate(text, { ...params, count: count.toLocaleString(formatLocale) });
}

/** True when a runtime string (such as an error code path) names a real message. */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(fallback, key) !== undefined || lookup(screens, key) !== undefined;
}

/**
 * The tag for Intl formatting: the browser's own regional variant of the
 * loaded language when there is one (en-GB dates for an English text), else the locale.
 */
export function currentLocale(): string {
  return formatLocale;
}

function pickFormatLocale(preferred: readonly string[], language: string): string {
  const regional = preferred.find((tag) => tag.toLowerCase().split('-')[0] === language);
  try {
    return regional ? (Intl.getCanonicalLocales(regional)[0] ?? language) : language;
  } catch {
    return language;
  }
}

function availableLocales(): Map<string, string> {
  const found = new Map<string, string>([['en', '']]);
  for (const path of Object.keys(loaders)) {
    const tag = /\/([^/]+)\.json$/.exec(path)?.[1];
    if (tag) found.set(tag.toLowerCase(), path);
  }
  return found;
}

function pickLocale(preferred: readonly string[], available: Map<string, string>): string {
  for (const wanted of preferred) {
    const tag = wanted.toLowerCase();
    if (available.has(tag)) return tag;
    const base = tag.split('-')[0] ?? tag;
    if (available.has(base)) return base;
  }
  return 'en';
}

/** Loads the best locale for the browser's languages and labels the document with it. */
export async function initI18n(preferred: readonly string[] = navigator.languages): Promise<void> {
  const available = availableLocales();
  const tag = pickLocale(preferred, available);
  const path = available.get(tag);
  const load = path ? loaders[path] : undefined;
  if (load) {
    try {
      messages = (await load()).default;
      activeLocale = tag;
    } catch {
      messages = fallback;
      activeLocale = 'en';
    }
  }
  pluralRules = undefined;
  formatLocale = pickFormatLocale(preferred, activeLocale.split('-')[0] ?? activeLocale);
  const root = document.documentElement;
  root.lang = activeLocale;
  root.dir = RTL_LANGUAGES.has(activeLocale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
