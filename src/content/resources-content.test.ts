/**
 * The "Get support" guide and the directories in the support table: complete,
 * in our own inclusive words, and the operator's older tables still load.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { HELP_KINDS } from '../core/therapy-signals';
import { CONTENT_DIR } from './load';
import { resourceGuideSchema, WORKSHOP_TOPICS } from './resources-schema';
import { checkSettingsSchema, supportResourcesSchema } from './settings-schema';

const read = (file: string): unknown => parse(readFileSync(join(CONTENT_DIR, file), 'utf8'));
const guide = resourceGuideSchema.parse(read('resources/guide.yaml'));
const table = supportResourcesSchema.parse(read('support/resources.yaml'));

/** Every sentence a person reads in the guide. */
function allText(): string[] {
  return [
    ...guide.therapyKinds.flatMap((k) => [k.name, k.origin, k.plain]),
    guide.firstSession.intro,
    ...guide.firstSession.points,
    ...guide.questions,
    guide.searching.intro,
    ...guide.searching.steps,
    ...guide.kindsOfHelp.flatMap((k) => [k.title, k.body, k.searchFor]),
    guide.workshops.intro,
    ...guide.workshops.covers.flatMap((c) => [c.title, c.body]),
    ...guide.workshops.choosing,
    ...guide.books.map((b) => b.paragraph),
    guide.courses.intro,
    ...guide.courses.items.flatMap((c) => [c.body]),
    ...guide.courses.choosing,
  ];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the support guide', () => {
  it('recommends the three named books with their authors, and a few more', () => {
    const byTitle = new Map(guide.books.map((b) => [b.title, b.author]));
    expect(byTitle.get('The Five Love Languages')).toBe('Gary Chapman');
    expect(byTitle.get('Hold Me Tight')).toBe('Sue Johnson');
    expect(byTitle.get('Mating in Captivity')).toBe('Esther Perel');
    expect(guide.books.length - 3).toBeGreaterThanOrEqual(3);
    expect(guide.books.length - 3).toBeLessThanOrEqual(5);
  });

  it('gives each book one paragraph of its own', () => {
    const paragraphs = guide.books.map((b) => b.paragraph);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    for (const book of guide.books) {
      expect(words(book.paragraph), book.title).toBeGreaterThanOrEqual(40);
      expect(words(book.paragraph), book.title).toBeLessThanOrEqual(110);
    }
  });

  it('explains every kind of professional help once, in a fixed order', () => {
    expect(guide.kindsOfHelp.map((k) => k.kind)).toEqual([...HELP_KINDS]);
  });

  it('covers the three workshop topics, and how to choose', () => {
    expect(guide.workshops.covers.map((c) => c.topic).sort()).toEqual([...WORKSHOP_TOPICS].sort());
    expect(guide.workshops.choosing.length).toBeGreaterThanOrEqual(4);
  });

  it('names the main kinds of couples therapy, a first session, questions to ask, and courses', () => {
    const names = guide.therapyKinds.map((k) => k.name).join(' | ');
    for (const kind of ['Emotionally Focused', 'Gottman', 'Integrative Behavioral', 'Discernment'])
      expect(names).toContain(kind);
    expect(guide.firstSession.points.length).toBeGreaterThanOrEqual(4);
    expect(guide.questions.every((q) => q.endsWith('?') || q.endsWith('.)'))).toBe(true);
    expect(guide.courses.items.length).toBeGreaterThanOrEqual(2);
  });

  it('speaks to every kind of couple: no assumed genders or roles', () => {
    const gendered = /\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend)\b/i;
    for (const text of allText()) expect(text).not.toMatch(gendered);
  });

  it('never sends someone who is not safe to couple work', () => {
    const safety = [...guide.workshops.choosing, ...guide.courses.choosing].join(' ');
    expect(safety).toMatch(/not feel safe|does not feel safe/);
  });
});

describe('the directories in the support table', () => {
  it('give every bundled country somewhere to look for couples and individual help', () => {
    for (const [code, country] of Object.entries(table.countries)) {
      const covered = new Set((country.directories ?? []).flatMap((d) => d.covers));
      expect(covered.has('couples-therapy') || covered.has('individual-therapy'), code).toBe(true);
    }
  });

  it('have international ones in the fallback', () => {
    expect(table.fallback.directories?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('are optional, so an operator table written before them still validates', () => {
    const raw = read('support/resources.yaml') as {
      countries: Record<string, Record<string, unknown>>;
      fallback: Record<string, unknown>;
    };
    for (const country of Object.values(raw.countries)) delete country.directories;
    delete raw.fallback.directories;
    const file = join(mkdtempSync(join(tmpdir(), 'rekindle-directories-')), 'support.yaml');
    writeFileSync(file, stringify(raw));
    const older = supportResourcesSchema.safeParse(parse(readFileSync(file, 'utf8')));
    expect(older.success).toBe(true);
  });

  it('refuses a directory that names a kind of help we do not know', () => {
    const raw = read('support/resources.yaml') as {
      fallback: { directories: { covers: string[] }[] };
    };
    const first = raw.fallback.directories[0];
    if (first) first.covers = ['palm-reading'];
    expect(supportResourcesSchema.safeParse(raw).success).toBe(false);
  });
});

describe('the distress settings', () => {
  it('sit inside their scales, next to the reliable-change defaults', () => {
    const settings = checkSettingsSchema.parse(read('check/settings.yaml'));
    expect(settings.distress.pulse.max).toBeGreaterThanOrEqual(1);
    expect(settings.distress.pulse.max).toBeLessThan(10);
    expect(settings.distress.check.below).toBeGreaterThan(0);
    expect(settings.distress.check.below).toBeLessThan(100);
    expect(settings.distress.check.minGap).toBeGreaterThan(0);
  });
});
