/**
 * Authorization-matrix entries for appreciation notes: one per route. Run by
 * tests/http/authorization-matrix.test.ts; only tests import this file.
 */
import {
  type FeatureMatrix,
  HIDDEN_NOTE_TEXT,
  NOTE_TEXT,
  noLeak,
  none,
  own,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

const DAY = 24 * 3600_000;

/** The owner's notes to the partner: one delivered now, one left to be found in 20 days. */
export async function buildNotesWorld(
  owner: Person,
  now: Date,
): Promise<{ deliveredId: string; hiddenId: string }> {
  const delivered = await owner.request('POST', '/api/notes', {
    kind: 'thank-you',
    text: NOTE_TEXT,
  });
  const hidden = await owner.request('POST', '/api/notes', {
    kind: 'note',
    text: HIDDEN_NOTE_TEXT,
    visibleFrom: new Date(now.getTime() + 20 * DAY).toISOString(),
  });
  return { deliveredId: delivered.json().id, hiddenId: hidden.json().id };
}

const MISSING_NOTE = 'AAAAAAAAAAAAAAAAAAAAAA';

export const notesMatrix: FeatureMatrix = {
  // A stranger has nobody to write to: the same 404 as any not-linked person.
  'POST /api/notes': {
    call: () => ({ body: { kind: 'compliment', text: 'You make mornings easier.' } }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
    check: noLeak,
  },
  // The partner's gallery shows the delivered note, never the hidden one.
  'GET /api/notes': { call: none, expect: own, check: noLeak, reveals: { partner: ['note'] } },
  'GET /api/notes/sent': { call: none, expect: own, check: noLeak },
  // A hidden note is not there for anyone yet: the same answer as a note that does not exist.
  'PUT /api/notes/:noteId/read': {
    call: (w) => ({ url: `/api/notes/${w.notes.hiddenId}/read` }),
    expect: { owner: 404, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['owner', 'partner', 'stranger'],
      missing: () => ({ url: `/api/notes/${MISSING_NOTE}/read` }),
    },
    check: noLeak,
  },
};
