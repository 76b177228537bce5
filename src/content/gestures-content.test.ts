import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, contentStats, loadCatalog } from './load';
import type { GestureItem } from './schema';

let catalog: Catalog;
// The whole catalog is read once: it is large, and the machine may be busy.
beforeAll(() => {
  catalog = loadCatalog();
}, 60_000);

function gestures(): GestureItem[] {
  return catalog.items.filter((item): item is GestureItem => item.type === 'gesture');
}

/** Case, punctuation and spacing set aside, to find the same gesture twice. */
function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('small gestures content', () => {
  it('has at least 60 gestures, counted by the content stats', () => {
    expect(gestures().length).toBeGreaterThanOrEqual(60);
    expect(contentStats(catalog).byType.gesture).toBe(gestures().length);
  });

  it('ships no sexual gesture: every one is non-sexual, in track 4', () => {
    for (const gesture of gestures()) {
      expect(gesture.sensual, gesture.id).toBe(false);
      expect(gesture.track).toBe(4);
    }
  });

  it('spreads over touch and words, both efforts, and has plenty that work apart', () => {
    const all = gestures();
    const count = (pick: (g: GestureItem) => boolean) => all.filter(pick).length;
    expect(count((g) => g.kinds.includes('physical'))).toBeGreaterThanOrEqual(25);
    expect(count((g) => g.kinds.includes('emotional'))).toBeGreaterThanOrEqual(25);
    expect(count((g) => g.effort === 'tiny')).toBeGreaterThanOrEqual(30);
    expect(count((g) => g.effort === 'small')).toBeGreaterThanOrEqual(10);
    // A couple living apart still gets weeks of variety.
    expect(count((g) => g.distance)).toBeGreaterThanOrEqual(20);
  });

  it('never repeats a gesture, and keeps each one short and gentle', () => {
    const all = gestures();
    const keys = all.map((g) => textKey(g.text));
    expect(new Set(keys).size).toBe(keys.length);
    for (const gesture of all) {
      expect(gesture.text.length, gesture.id).toBeLessThanOrEqual(120);
      // Suggestions, never orders.
      expect(gesture.text, gesture.id).not.toMatch(/\b(must|have to|should)\b/i);
      expect(gesture.id.startsWith('gesture-'), gesture.id).toBe(true);
    }
  });
});
