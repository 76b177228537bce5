/** Reading the weekly rhythm view in service and http tests. */
import { expect } from 'vitest';
import type { RhythmView } from '../../src/shared/rhythm-api';
import type { Person } from './test-app';

/** GET /api/rhythm as this person; it must answer 200. */
export async function readRhythm(person: Person): Promise<RhythmView> {
  const res = await person.request('GET', '/api/rhythm');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** What the week at `index` (0 is this week) counted for `id`; undefined when not asked. */
export function doneIn(
  view: RhythmView,
  index: number,
  id: RhythmView['weeks'][number]['entries'][number]['id'],
): number | undefined {
  return view.weeks[index]?.entries.find((e) => e.id === id)?.done;
}
