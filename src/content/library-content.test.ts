/**
 * The learning library's content: at least 20 original articles of 3–5
 * minutes across the eight tracks, and answers to the ten common questions,
 * each in 80–250 words, pointing at the features that act on them. The
 * words stay plain, inclusive and honest.
 */
import { describe, expect, it } from 'vitest';
import { countWords, parseBlocks, readingMinutes } from '../core/library';
import { FAQ_TOPICS, LIBRARY_TRACKS, RELATED_PATHS } from '../shared/library-limits';
import { contentStats, loadCatalog } from './load';
import type { ArticleItem, FaqItem } from './schema';

const catalog = loadCatalog();
const articles = catalog.items.filter((item): item is ArticleItem => item.type === 'article');
const faq = catalog.items.filter((item): item is FaqItem => item.type === 'faq');
const everyText = [
  ...articles.flatMap((a) => [a.title, a.summary, a.body]),
  ...faq.flatMap((f) => [f.question, f.answer]),
];

/** Words that would assume a gender or a family shape. */
const GENDERED = /\b(?:he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend)\b/i;
/** Promises we never make: the app does not fix relationships, and nobody predicts a breakup. */
const OVERCLAIMS =
  /\b(?:guarantee[sd]?|will (?:fix|save|heal)|fix(?:es)? your relationship|save[sd]? your relationship|doomed|divorce|break ?up)\b/i;

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

describe('library articles', () => {
  it('has at least 20, counted by `npm run content -- stats`', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(contentStats(catalog).byType.article).toBe(articles.length);
  });

  it.each(LIBRARY_TRACKS)('has articles for track %i', (track) => {
    expect(articles.filter((a) => a.track === track).length).toBeGreaterThanOrEqual(2);
  });

  it.each(articles.map((a) => [a.id, a] as const))(
    '%s reads in 3–5 minutes, as it says',
    (_id, article) => {
      const words = countWords(article.body);
      expect(words).toBeGreaterThanOrEqual(450);
      expect(words).toBeLessThanOrEqual(900);
      expect(article.minutes).toBe(readingMinutes(article.body));
      expect(article.minutes).toBeGreaterThanOrEqual(3);
      expect(article.minutes).toBeLessThanOrEqual(5);
    },
  );

  it('sums each up in one sentence', () => {
    for (const article of articles) {
      expect(article.summary, article.id).toMatch(/[.]$/);
      expect(article.summary.slice(0, -1), article.id).not.toMatch(/[.!?]\s/);
    }
  });

  it('is made of paragraphs, short lists and subheadings only', () => {
    for (const article of articles) {
      const blocks = parseBlocks(article.body);
      expect(blocks.filter((b) => b.type === 'paragraph').length, article.id).toBeGreaterThan(3);
      for (const block of blocks) {
        if (block.type === 'list') expect(block.items.length, article.id).toBeLessThanOrEqual(8);
        if (block.type === 'heading') expect(block.text.length, article.id).toBeLessThan(60);
      }
    }
  });

  it('links each to the app’s features that act on it', () => {
    for (const article of articles) {
      expect(article.related.length, article.id).toBeGreaterThan(0);
      for (const path of article.related) expect(RELATED_PATHS).toContain(path);
    }
  });

  it('never repeats a title or a summary', () => {
    for (const texts of [articles.map((a) => a.title), articles.map((a) => a.summary)]) {
      const keys = texts.map(normalised);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('help answers', () => {
  it('has at least 10, counted by `npm run content -- stats`', () => {
    expect(faq.length).toBeGreaterThanOrEqual(10);
    expect(contentStats(catalog).byType.faq).toBe(faq.length);
  });

  it.each(FAQ_TOPICS)('answers the common question about %s', (topic) => {
    expect(faq.some((f) => f.topic === topic)).toBe(true);
  });

  it.each(faq.map((f) => [f.id, f] as const))('%s takes 80–250 words', (_id, item) => {
    const words = countWords(item.answer);
    expect(words).toBeGreaterThanOrEqual(80);
    expect(words).toBeLessThanOrEqual(250);
  });

  it('links each to a feature, and to articles that exist', () => {
    const ids = new Set(articles.map((a) => a.id));
    for (const item of faq) {
      expect(item.related.length, item.id).toBeGreaterThan(0);
      for (const id of item.articles) expect(ids.has(id), `${item.id} → ${id}`).toBe(true);
    }
  });

  it('keeps a distinct order and asks each question once', () => {
    expect(new Set(faq.map((f) => f.order)).size).toBe(faq.length);
    const questions = faq.map((f) => normalised(f.question));
    expect(new Set(questions).size).toBe(questions.length);
  });
});

describe('library words', () => {
  it('never assume a gender', () => {
    for (const text of everyText) expect(text).not.toMatch(GENDERED);
  });

  it('never promise a fix or predict a breakup', () => {
    for (const text of everyText) expect(text).not.toMatch(OVERCLAIMS);
  });

  it('carry no markup', () => {
    for (const text of everyText) expect(text).not.toMatch(/[<>]/);
  });
});
