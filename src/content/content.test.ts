import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, contentStats, loadCatalog } from './load';

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
      '- id: ok-one\n  type: question\n  track: 9\n  kinds: [emotional]\n  depth: light\n  text: What made you smile today?\n',
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
