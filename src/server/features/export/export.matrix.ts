/**
 * Authorization-matrix entries for "your data": one per route. Nobody but
 * the owner can get a ticket with the owner's password, nor download with
 * the owner's ticket; a ticket from another session or person answers the
 * same as one that never existed. Run by tests/http/authorization-matrix.test.ts;
 * only tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, REFLECTION_TEXT, SECRET_TEXT } from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** The owner's export ticket, bought with the owner's password in the owner's session. */
export async function buildExportWorld(owner: Person): Promise<{ ticket: string }> {
  const res = await owner.request('POST', '/api/me/export/ticket', { password: owner.password });
  if (res.statusCode !== 201) throw new Error(`export ticket: ${res.statusCode} ${res.body}`);
  return { ticket: res.json().ticket };
}

export const exportMatrix: FeatureMatrix = {
  'POST /api/me/export/ticket': {
    call: (w) => ({ body: { password: w.owner.password } }),
    expect: { owner: 201, partner: 401, stranger: 401, anonymous: 401 },
  },
  'GET /api/me/export': {
    call: (w) => ({ url: `/api/me/export?ticket=${encodeURIComponent(w.export.ticket)}` }),
    expect: { owner: 200, partner: 401, stranger: 401, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: '/api/me/export?ticket=no-such-ticket' }),
    },
    check: (res, actor) => {
      // The owner's own words are in it; the leak checks cover everyone else.
      if (actor === 'owner') {
        expect(res.body).toContain(SECRET_TEXT);
        expect(res.body).toContain(REFLECTION_TEXT);
      }
    },
  },
};
