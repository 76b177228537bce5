/**
 * Pure rules of the learning library: how an article's plain text becomes
 * blocks a screen can render safely (paragraphs, short lists, subheadings —
 * never markup), how long it takes to read, and how the help answers are
 * searched and ranked.
 */

/** One block of an article or an answer: text only, rendered as text. */
export type TextBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: string[] };

/** Words a minute of calm reading on a screen; sets the minutes an article declares. */
export const READING_WORDS_PER_MINUTE = 180;

const LIST_ITEM = /^[-*]\s+/;
const HEADING = /^##\s+/;

/**
 * Splits text into blocks: blank lines separate blocks; a block whose lines
 * all start with "- " is a list; a one-line block starting with "## " is a
 * subheading; anything else is a paragraph (its lines joined by spaces).
 */
export function parseBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    if (lines.length === 0) continue;
    const [first] = lines;
    if (lines.length === 1 && first !== undefined && HEADING.test(first)) {
      blocks.push({ type: 'heading', text: first.replace(HEADING, '') });
    } else if (lines.every((line) => LIST_ITEM.test(line))) {
      blocks.push({ type: 'list', items: lines.map((line) => line.replace(LIST_ITEM, '')) });
    } else {
      blocks.push({ type: 'paragraph', text: lines.join(' ') });
    }
  }
  return blocks;
}

/** The words of a text, list markers and heading marks set aside. */
export function countWords(text: string): number {
  return text
    .replace(/^\s*(?:[-*]|##)\s+/gm, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read a text at a calm pace, rounded to the nearest minute (at least one). */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / READING_WORDS_PER_MINUTE));
}

/** Lowercase, accents removed, anything but letters and digits turned into single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The longest query the help search takes, in characters. */
export const SEARCH_QUERY_MAX = 100;
/** At most this many words of a query count. */
const MAX_TERMS = 8;

/** The distinct words of a query, folded; words of one letter are set aside. */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word.length > 1);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A word's plain stem for matching: "touches" and "talking" find "touch" and "talk". */
function stem(term: string): string {
  if (term.length > 5 && term.endsWith('ing')) return term.slice(0, -3);
  if (term.length > 4 && term.endsWith('es')) return term.slice(0, -2);
  if (term.length > 3 && term.endsWith('s')) return term.slice(0, -1);
  return term;
}

export interface Searchable {
  title: string;
  body: string;
}

const TITLE_WEIGHT = 3;
const WORD_START_BONUS = 1;

/** How well one folded field matches one term: 0 when it does not. */
function fieldScore(field: string, term: string, weight: number): number {
  const root = stem(term);
  if (!field.includes(root)) return 0;
  const startsWord = field.startsWith(root) || field.includes(` ${root}`);
  return weight + (startsWord ? WORD_START_BONUS : 0);
}

/**
 * A simple relevance score: every term must appear in the title or the body
 * (else 0); a term in the title weighs more than one in the body, and a
 * match at the start of a word more than one inside it.
 */
export function searchScore(item: Searchable, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const title = foldForSearch(item.title);
  const body = foldForSearch(item.body);
  let total = 0;
  for (const term of terms) {
    const score = fieldScore(title, term, TITLE_WEIGHT) + fieldScore(body, term, 1);
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

/**
 * The items matching a query, best first; ties keep their given order. An
 * empty query (or one of no usable words) returns every item as given.
 */
export function searchItems<T>(
  items: readonly T[],
  query: string,
  text: (item: T) => Searchable,
): T[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...items];
  return items
    .map((item, index) => ({ item, index, score: searchScore(text(item), terms) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
