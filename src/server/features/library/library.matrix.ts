/**
 * Authorization-matrix entries for the learning library: one per route.
 * Articles and answers are for every signed-in person, but a read mark is
 * its owner's alone: nobody else's answer shows it. The notebook belongs to
 * the couple: the partner reads the owner's entry, may not change it (the
 * same "not found" as an entry that does not exist), and a stranger learns
 * nothing of it. Run by tests/http/authorization-matrix.test.ts; only tests
 * import this file.
 */
import { expect } from 'vitest';
import {
  type Actor,
  type FeatureMatrix,
  NOTEBOOK_TEXT,
  none,
  own,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** The article the owner marks read in every world. */
const READ_ARTICLE = 'listening-so-they-feel-heard';
const MISSING_ENTRY = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The owner marks an article read and writes in the couple's notebook. */
export async function buildLibraryWorld(owner: Person): Promise<World['library']> {
  const read = await owner.request('PUT', `/api/articles/${READ_ARTICLE}/read`);
  if (read.statusCode !== 204) throw new Error(`read mark: ${read.body}`);
  const added = await owner.request('POST', '/api/notebook', {
    text: NOTEBOOK_TEXT,
    articleId: READ_ARTICLE,
  });
  if (added.statusCode !== 201) throw new Error(`notebook: ${added.body}`);
  return { articleId: READ_ARTICLE, entryId: (added.json() as { id: string }).id };
}

/** Only the owner's own answers show the owner's read mark. */
function readMarkOnlyForOwner(body: string, actor: Actor, w: World): void {
  if (actor === 'anonymous') return;
  const article = (JSON.parse(body) as { articles?: { id: string; read: boolean }[] }).articles;
  const mark = (article ?? []).find((a) => a.id === w.library.articleId);
  expect(mark?.read).toBe(actor === 'owner');
}

const everyone = { owner: 200, partner: 200, stranger: 200, anonymous: 401 };
const done = { owner: 204, partner: 204, stranger: 204, anonymous: 401 };
const authorOnly = { owner: 200, partner: 404, stranger: 404, anonymous: 401 };
const entry = (id: string) => `/api/notebook/${id}`;

export const libraryMatrix: FeatureMatrix = {
  'GET /api/articles': {
    call: none,
    expect: own,
    check: (res, actor, w) => readMarkOnlyForOwner(res.body, actor, w),
  },
  'GET /api/articles/:articleId': {
    call: (w) => ({ url: `/api/articles/${w.library.articleId}` }),
    expect: everyone,
    check: (res, actor) => {
      if (actor !== 'anonymous') expect(res.json().read).toBe(actor === 'owner');
    },
  },
  // Marking is each person's own: the same answer for all, and no trace of the owner's.
  'PUT /api/articles/:articleId/read': {
    call: (w) => ({ url: `/api/articles/${w.library.articleId}/read` }),
    expect: done,
  },
  'DELETE /api/articles/:articleId/read': {
    call: (w) => ({ url: `/api/articles/${w.library.articleId}/read` }),
    expect: done,
  },
  'GET /api/faq': {
    call: () => ({ url: '/api/faq?q=touch' }),
    expect: everyone,
  },
  'GET /api/notebook': {
    call: none,
    expect: own,
    reveals: { partner: ['notebook'] },
    check: (res, actor, w) => {
      if (actor === 'anonymous') return;
      expect(res.body.includes(w.library.entryId)).toBe(actor !== 'stranger');
    },
  },
  // Alone, a stranger writes in a notebook of their own.
  'POST /api/notebook': {
    call: () => ({ body: { text: 'A walk after dinner helps.' } }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
  },
  'PATCH /api/notebook/:entryId': {
    call: (w) => ({ url: entry(w.library.entryId), body: { text: 'Reworded' } }),
    expect: authorOnly,
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: entry(MISSING_ENTRY), body: { text: 'Reworded' } }),
    },
  },
  'DELETE /api/notebook/:entryId': {
    call: (w) => ({ url: entry(w.library.entryId) }),
    expect: { ...authorOnly, owner: 204 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: entry(MISSING_ENTRY) }),
    },
  },
};
