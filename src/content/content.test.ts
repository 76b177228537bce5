import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, contentStats, loadCatalog } from './load';
import { speaksToPartner } from './schema';

describe('program content', () => {
  it('loads and validates every item in the repository', () => {
    const catalog = loadCatalog();
    const stats = contentStats(catalog);
    expect(stats.byType.question).toBeGreaterThanOrEqual(60);
    for (const kind of ['emotional', 'physical', 'intellectual'] as const) {
      expect(stats.byKind[kind]).toBeGreaterThanOrEqual(20);
    }
    const depths = new Set([...catalog.questions.values()].map((q) => q.depth));
    expect([...depths].sort()).toEqual(['deeper', 'deepest', 'light']);
  });

  it('rejects an item that breaks the schema, naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(
      join(dir, 'bad.yaml'),
      '- id: ok-one\n  type: question\n  track: 9\n  kinds: [emotional]\n  depth: light\n  decks: [ours]\n  text: What made you smile today?\n',
    );
    expect(() => loadCatalog(`${dir}/`)).toThrow(ContentError);
    expect(() => loadCatalog(`${dir}/`)).toThrow(/bad\.yaml\[0\]\.track/);
  });

  it('rejects duplicate ids and unknown fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    const item =
      '- id: same\n  type: question\n  track: 3\n  kinds: [physical]\n  depth: deeper\n  text: Where do you like to be held?\n';
    writeFileSync(join(dir, 'a.yaml'), item);
    writeFileSync(join(dir, 'b.yaml'), `${item}  mood: sunny\n`);
    expect(() => loadCatalog(`${dir}/`)).toThrow(/mood|duplicate/);
  });
});

describe('questions for someone alone', () => {
  const catalog = loadCatalog();
  const questions = [...catalog.questions.values()];

  it.each([
    ['What small moment this week made you feel closest to me?', true],
    ['If our week had a weather forecast, what would it be?', true],
    ['Where is your favourite spot for the two of us to be close?', true],
    ['How could we learn from each other?', true],
    ['Describe your ideal slow morning or lazy evening together.', true],
    ['Tell me about something that made you laugh recently.', true],
    ['I’d love to hear about your week.', true],
    ['Where do you do your best thinking?', false],
    ['Which kind of hug do you like best, and why?', false],
    ['Over the years, how has the way you enjoy affection changed?', false],
  ])('"%s" speaks to a partner: %s', (text, expected) => {
    expect(speaksToPartner(text)).toBe(expected);
  });

  it('gives every question a journal wording that never speaks to a partner', () => {
    const speaking = questions.filter((q) => speaksToPartner(q.solo ?? q.text)).map((q) => q.id);
    expect(speaking).toEqual([]);
    // Most questions are written to the partner, so most carry their own solo words.
    expect(questions.filter((q) => q.solo !== undefined).length).toBeGreaterThanOrEqual(60);
  });

  it('keeps enough questions at every depth, and plenty of light ones for the first days', () => {
    const at = (depth: string) => questions.filter((q) => q.depth === depth).length;
    expect(at('light')).toBeGreaterThanOrEqual(30);
    expect(at('deeper')).toBeGreaterThanOrEqual(20);
    expect(at('deepest')).toBeGreaterThanOrEqual(20);
  });

  it('refuses a question that speaks to a partner without solo words, naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(
      join(dir, 'partner.yaml'),
      '- id: to-you\n  type: question\n  track: 3\n  kinds: [emotional]\n  depth: light\n  decks: [ours]\n  text: What do you love most about our mornings?\n',
    );
    expect(() => loadCatalog(`${dir}/`)).toThrow(/partner\.yaml\[0\]\.solo: required/);
  });

  it('refuses solo words that still speak to a partner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(
      join(dir, 'solo.yaml'),
      '- id: to-you\n  type: question\n  track: 3\n  kinds: [emotional]\n  depth: light\n  decks: [ours]\n  text: What do you love most about our mornings?\n  solo: What do you love most about mornings with me?\n',
    );
    expect(() => loadCatalog(`${dir}/`)).toThrow(/solo\.yaml\[0\]\.solo: speaks to a partner/);
  });
});

describe("an operator's own support table", () => {
  it('replaces the bundled one, and is validated like it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'support-'));
    const file = join(dir, 'support-resources.yaml');
    writeFileSync(
      file,
      [
        'version: "local-1"',
        'countries:',
        '  PT:',
        '    name: Portugal',
        '    emergency: "112"',
        '    abuse:',
        '      - name: A local service',
        '        phone: "000 000 000"',
        '    crisis:',
        '      - name: A local line',
        '        phone: "000 000 001"',
        'fallback:',
        '  emergencyNote: Call 112 in an emergency, from any phone.',
        '  abuse:',
        '    - name: Somewhere to start',
        '      url: https://example.org',
        '  crisis:',
        '    - name: Somewhere to talk',
        '      url: https://example.org/talk',
      ].join('\n'),
    );
    const catalog = loadCatalog(undefined, { supportResourcesFile: file });
    expect(Object.keys(catalog.supportResources.countries)).toEqual(['PT']);
    writeFileSync(file, 'version: "broken"\ncountries: {}\n');
    expect(() => loadCatalog(undefined, { supportResourcesFile: file })).toThrow(
      /support-resources\.yaml: fallback/,
    );
  });
});
