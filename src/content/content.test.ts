import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntimacyKind } from '../shared/api';
import { ContentError, contentStats, loadCatalog, questionTextKey } from './load';
import { speaksToPartner } from './schema';

/** Writes YAML files into a fresh folder and returns it, for the loader to read. */
function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return `${dir}/`;
}

const DECK_YAML =
  '- id: ours\n  type: deck\n  track: 3\n  kinds: [emotional]\n  order: 1\n  title: Ours\n  description: A small deck for testing the loader.\n';

function questionYaml(id: string, text: string, extra = ''): string {
  return `- id: ${id}\n  type: question\n  track: 3\n  kinds: [emotional]\n  depth: light\n  decks: [ours]\n  text: ${text}\n${extra}`;
}

describe('program content', () => {
  it('loads and validates every item in the repository', () => {
    const catalog = loadCatalog();
    const stats = contentStats(catalog);
    expect(stats.byType.question).toBeGreaterThanOrEqual(365);
    expect(stats.byType['listening-prompt']).toBeGreaterThanOrEqual(40);
    for (const kind of ['emotional', 'physical', 'intellectual'] as const) {
      expect(stats.byKind[kind]).toBeGreaterThanOrEqual(20);
    }
    const depths = new Set([...catalog.questions.values()].map((q) => q.depth));
    expect([...depths].sort()).toEqual(['deeper', 'deepest', 'light']);
  });

  it('counts questions by deck and by depth', () => {
    const catalog = loadCatalog();
    const stats = contentStats(catalog);
    expect(Object.keys(stats.byDeck)).toEqual(catalog.decks.map((deck) => deck.id));
    for (const deck of catalog.decks)
      expect(stats.byDeck[deck.id]).toBe(catalog.deckQuestions.get(deck.id)?.length);
    const { light, deeper, deepest } = stats.byDepth;
    expect(light + deeper + deepest).toBe(catalog.questions.size);
    const deckSeats = [...catalog.questions.values()].reduce((n, q) => n + q.decks.length, 0);
    expect(Object.values(stats.byDeck).reduce((n, count) => n + count, 0)).toBe(deckSeats);
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

describe('the open-dialogue library', () => {
  const catalog = loadCatalog();
  const questions = [...catalog.questions.values()];
  const share = (count: number) => count / questions.length;

  it('keeps every question that stored answers may refer to', () => {
    const ids = ['emo', 'int', 'phy'].flatMap((kind) =>
      ['light', 'deeper', 'deepest'].flatMap((depth) =>
        Array.from({ length: 12 }, (_, i) => `${kind}-${depth}-${String(i + 1).padStart(2, '0')}`),
      ),
    );
    expect(ids.filter((id) => !catalog.questions.has(id))).toEqual([]);
  });

  it('fills every deck with at least 30 questions over at least two depths', () => {
    expect(catalog.decks.length).toBeGreaterThanOrEqual(7);
    for (const deck of catalog.decks) {
      const ids = catalog.deckQuestions.get(deck.id) ?? [];
      expect(ids.length, deck.id).toBeGreaterThanOrEqual(30);
      const depths = new Set(ids.map((id) => catalog.questions.get(id)?.depth));
      expect(depths.size, deck.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts each question in one or two decks, never the same deck twice', () => {
    for (const q of questions) {
      expect(q.decks.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.decks.length, q.id).toBeLessThanOrEqual(2);
      expect(new Set(q.decks).size, q.id).toBe(q.decks.length);
    }
  });

  it('gives each kind of intimacy a fair share of the questions', () => {
    const of = (kind: IntimacyKind) => questions.filter((q) => q.kinds.includes(kind)).length;
    expect(share(of('emotional'))).toBeGreaterThanOrEqual(0.4);
    expect(share(of('physical'))).toBeGreaterThanOrEqual(0.2);
    expect(share(of('intellectual'))).toBeGreaterThanOrEqual(0.2);
  });

  it('spreads the questions over the depths, lightest first', () => {
    const at = (depth: string) => questions.filter((q) => q.depth === depth).length;
    expect(share(at('light'))).toBeGreaterThanOrEqual(0.35);
    expect(share(at('deeper'))).toBeGreaterThanOrEqual(0.28);
    expect(share(at('deepest'))).toBeGreaterThanOrEqual(0.2);
    expect(at('light')).toBeGreaterThan(at('deepest'));
  });

  it('never asks the same question twice, whatever the case or punctuation', () => {
    const repeated = (words: (q: (typeof questions)[number]) => string) => {
      const seen = new Map<string, string>();
      const out: string[] = [];
      for (const q of questions) {
        const key = questionTextKey(words(q));
        const other = seen.get(key);
        if (other) out.push(`${other} = ${q.id}`);
        else seen.set(key, q.id);
      }
      return out;
    };
    expect(repeated((q) => q.text)).toEqual([]);
    expect(repeated((q) => q.solo ?? q.text)).toEqual([]);
  });

  it('ends every question, and every journal wording, with a question mark or a full stop', () => {
    const unfinished = questions.flatMap((q) =>
      [q.text, q.solo].filter((t): t is string => t !== undefined && !/[?.]$/.test(t)),
    );
    expect(unfinished).toEqual([]);
  });

  it('asks open questions, never ones answered with a yes or a no', () => {
    const closed =
      /^(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|shall|am)\b/i;
    const yesNo = questions.flatMap((q) =>
      [q.text, q.solo].filter((t): t is string => t !== undefined && closed.test(t)),
    );
    expect(yesNo).toEqual([]);
  });

  it('never assumes a gender or a family shape', () => {
    const gendered =
      /\b(?:he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|man|woman|bride|groom|mum|mom|dad)\b/i;
    const found = questions.flatMap((q) =>
      [q.text, q.solo].filter((t): t is string => t !== undefined && gendered.test(t)),
    );
    expect(found).toEqual([]);
  });

  it('refuses a question whose words repeat another one, naming both places', () => {
    const dir = contentDir({
      'decks.yaml': DECK_YAML,
      'a.yaml': questionYaml('first-one', 'Where do you do your best thinking?'),
      'b.yaml': questionYaml('second-one', '"where do you do your BEST thinking"'),
    });
    expect(() => loadCatalog(dir)).toThrow(
      /b\.yaml\[0\]\.text: same words as the question at a\.yaml\[0\]/,
    );
  });

  it('refuses journal words that repeat another question for someone alone', () => {
    const dir = contentDir({
      'decks.yaml': DECK_YAML,
      'a.yaml': questionYaml('first-one', 'What made you laugh this week?'),
      'b.yaml': questionYaml(
        'second-one',
        'What did I do that made you laugh this week?',
        '  solo: What made you laugh this week?\n',
      ),
    });
    expect(() => loadCatalog(dir)).toThrow(/b\.yaml\[0\]\.solo: same journal words/);
  });

  it('refuses a question placed in more than two decks', () => {
    const dir = contentDir({
      'q.yaml': questionYaml('crowded', 'What made you laugh this week?').replace(
        'decks: [ours]',
        'decks: [ours, theirs, everyone]',
      ),
    });
    expect(() => loadCatalog(dir)).toThrow(/q\.yaml\[0\]\.decks/);
  });
});

describe('active-listening prompts', () => {
  const prompts = loadCatalog().listeningPrompts;

  it('offers at least 40 topics, from light to deepest, for every kind of intimacy', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(40);
    for (const depth of ['light', 'deeper', 'deepest'])
      expect(prompts.filter((p) => p.depth === depth).length, depth).toBeGreaterThanOrEqual(10);
    for (const kind of ['emotional', 'physical', 'intellectual'] as const)
      expect(prompts.filter((p) => p.kinds.includes(kind)).length, kind).toBeGreaterThanOrEqual(3);
  });

  it('speaks to the speaker about their own life, never about a partner or in blame', () => {
    expect(prompts.filter((p) => speaksToPartner(p.text)).map((p) => p.text)).toEqual([]);
    const blame = /\b(?:fault|blame|wrong|annoy\w*|irritat\w*|should|never listens?|always)\b/i;
    expect(prompts.filter((p) => blame.test(p.text)).map((p) => p.text)).toEqual([]);
  });

  it('never offers the same topic twice', () => {
    const keys = prompts.map((p) => questionTextKey(p.text));
    expect(new Set(keys).size).toBe(keys.length);
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
