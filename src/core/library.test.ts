import { describe, expect, it } from 'vitest';
import {
  countWords,
  foldForSearch,
  parseBlocks,
  readingMinutes,
  searchItems,
  searchScore,
  searchTerms,
} from './library';

describe('parseBlocks', () => {
  it.each([
    ['one paragraph', 'Hello there.', [{ type: 'paragraph', text: 'Hello there.' }]],
    [
      'lines of a paragraph are joined',
      'First line\nsecond line.',
      [{ type: 'paragraph', text: 'First line second line.' }],
    ],
    [
      'blank lines separate paragraphs',
      'One.\n\nTwo.',
      [
        { type: 'paragraph', text: 'One.' },
        { type: 'paragraph', text: 'Two.' },
      ],
    ],
    [
      'a list',
      'Try this:\n\n- a walk\n- a hug\n* a call',
      [
        { type: 'paragraph', text: 'Try this:' },
        { type: 'list', items: ['a walk', 'a hug', 'a call'] },
      ],
    ],
    [
      'a heading',
      '## Small steps\n\nStart here.',
      [
        { type: 'heading', text: 'Small steps' },
        { type: 'paragraph', text: 'Start here.' },
      ],
    ],
    [
      'a list line among text stays a paragraph',
      'Some words\n- not a list',
      [{ type: 'paragraph', text: 'Some words - not a list' }],
    ],
    ['markup stays text', '<b>bold</b>', [{ type: 'paragraph', text: '<b>bold</b>' }]],
    [
      'Windows line ends and extra blank lines',
      'A.\r\n\r\n\r\n\r\nB.',
      [
        { type: 'paragraph', text: 'A.' },
        { type: 'paragraph', text: 'B.' },
      ],
    ],
    ['nothing', '  \n\n ', []],
  ])('%s', (_name, text, blocks) => {
    expect(parseBlocks(text)).toEqual(blocks);
  });
});

describe('countWords and readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it.each([
    ['plain words', 'one two three', 3],
    ['list markers and headings are not words', '## Title here\n\n- one\n- two', 4],
    ['punctuation alone is not a word', 'yes — no', 2],
    ['contractions are one word', "we're fine", 2],
    ['empty', '', 0],
  ])('%s', (_name, text, count) => {
    expect(countWords(text)).toBe(count);
  });

  it.each([
    [0, 1],
    [89, 1],
    [449, 2],
    [450, 3],
    [629, 3],
    [630, 4],
    [809, 4],
    [810, 5],
    [989, 5],
    [990, 6],
  ])('%i words read in %i minutes', (n, minutes) => {
    expect(readingMinutes(words(n))).toBe(minutes);
  });
});

describe('search', () => {
  it.each([
    ['Café', 'cafe'],
    ['  Talk, TALK!  ', 'talk talk'],
    ['Über-busy weeks', 'uber busy weeks'],
    ['São Paulo', 'sao paulo'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each([
    ['', []],
    ['a', []],
    ['Touch touch TOUCH', ['touch']],
    ['why does touch matter?', ['why', 'does', 'touch', 'matter']],
    [
      'one two three four five six seven eight nine',
      ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'],
    ],
  ])('terms of %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  const item = { title: 'Why touch matters', body: 'A hug, a hand held: small acts of closeness.' };
  it.each([
    ['no terms', [], 0],
    ['title word', ['touch'], 4],
    ['body word', ['hug'], 2],
    ['inside a word', ['los'], 1],
    ['every term must match', ['touch', 'money'], 0],
    ['plural finds singular', ['touches'], 4],
    ['-ing finds the stem', ['closing'], 2],
    ['title and body add up', ['touch', 'hand'], 6],
  ])('%s', (_name, terms, score) => {
    expect(searchScore(item, terms)).toBe(score);
  });

  const items = [
    { id: 'a', title: 'Finding time', body: 'Busy weeks and calendars.' },
    { id: 'b', title: 'Busy lives', body: 'When work takes the evenings.' },
    { id: 'c', title: 'Talking', body: 'Open questions.' },
  ];
  const ids = (query: string) => searchItems(items, query, (i) => i).map((i) => i.id);
  it.each([
    ['empty keeps the order', '', ['a', 'b', 'c']],
    ['punctuation only keeps the order', '?!', ['a', 'b', 'c']],
    ['title matches rank first', 'busy', ['b', 'a']],
    ['case and accents do not matter', 'BÚSY', ['b', 'a']],
    ['no match', 'garden', []],
    ['all words must match', 'busy talking', []],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});
