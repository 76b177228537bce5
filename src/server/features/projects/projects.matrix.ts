/**
 * Authorization-matrix entries for shared projects: one per route. A project
 * belongs to the owner's couple, so the partner may do what the owner does;
 * a stranger gets exactly the "not found" of a project that does not exist.
 * Run by tests/http/authorization-matrix.test.ts; only tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own, type World } from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** A project the owner started in the couple, with one step. */
export async function buildProjectsWorld(owner: Person): Promise<World['projects']> {
  const created = await owner.request('POST', '/api/projects', {
    title: 'Our balcony garden',
    category: 'garden',
    steps: ['Buy seeds'],
  });
  const project = created.json() as { id: string; steps: { id: string }[] };
  const stepId = project.steps[0]?.id;
  if (created.statusCode !== 201 || !stepId) throw new Error(`project: ${created.body}`);
  return { projectId: project.id, stepId };
}

const MISSING = 'AAAAAAAAAAAAAAAAAAAAAA';
const couple = { owner: 200, partner: 200, stranger: 404, anonymous: 401 };
const project = (id: string, rest = '') => `/api/projects/${id}${rest}`;

export const projectsMatrix: FeatureMatrix = {
  'GET /api/projects': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      const listed = res.body.includes(w.projects.projectId);
      expect(listed).toBe(actor === 'owner' || actor === 'partner');
    },
  },
  // Alone, there is no couple to start a project for.
  'POST /api/projects': {
    call: () => ({ body: { title: 'Read one book together', category: 'learning' } }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
  },
  'GET /api/projects/:projectId': {
    call: (w) => ({ url: project(w.projects.projectId) }),
    expect: couple,
    sameAsMissing: { actors: ['stranger'], missing: () => ({ url: project(MISSING) }) },
  },
  'PATCH /api/projects/:projectId': {
    call: (w) => ({ url: project(w.projects.projectId), body: { why: 'Fresh herbs' } }),
    expect: couple,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: project(MISSING), body: { why: 'Fresh herbs' } }),
    },
  },
  'POST /api/projects/:projectId/steps': {
    call: (w) => ({ url: project(w.projects.projectId, '/steps'), body: { text: 'Water' } }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: project(MISSING, '/steps'), body: { text: 'Water' } }),
    },
  },
  'PATCH /api/projects/:projectId/steps/:stepId': {
    call: (w) => ({
      url: project(w.projects.projectId, `/steps/${w.projects.stepId}`),
      body: { done: true },
    }),
    expect: couple,
    sameAsMissing: {
      actors: ['stranger'],
      missing: (w) => ({
        url: project(MISSING, `/steps/${w.projects.stepId}`),
        body: { done: true },
      }),
    },
  },
  'DELETE /api/projects/:projectId/steps/:stepId': {
    call: (w) => ({ url: project(w.projects.projectId, `/steps/${w.projects.stepId}`) }),
    expect: couple,
    sameAsMissing: {
      actors: ['stranger'],
      missing: (w) => ({ url: project(MISSING, `/steps/${w.projects.stepId}`) }),
    },
    // The partner's removal leaves nothing for the owner to remove.
    worldPerCall: true,
  },
};
