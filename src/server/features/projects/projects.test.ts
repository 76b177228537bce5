import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { Project, Projects } from '../../../shared/projects-api';
import { PROJECT_LIMITS } from '../../../shared/projects-limits';

const MISSING = '/api/projects/AAAAAAAAAAAAAAAAAAAAAA';

describe.each(dialects)('shared projects (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const list = async (p: Person): Promise<Projects> =>
    (await p.request('GET', '/api/projects')).json();
  const create = (p: Person, body: unknown) => p.request('POST', '/api/projects', body);

  it('starts a project from an idea, and both partners tick its steps', async () => {
    const { a, b } = await t.buildCouple();
    const ideas = (await list(a)).ideas;
    expect(ideas.length).toBeGreaterThanOrEqual(10);
    const idea = ideas.find((i) => i.category === 'garden');
    if (!idea) throw new Error('no garden idea');
    const created = await create(a, {
      title: idea.title,
      why: 'Something green to look after',
      category: idea.category,
      ideaId: idea.id,
    });
    expect(created.statusCode).toBe(201);
    const project: Project = created.json();
    expect(project).toMatchObject({ status: 'active', ideaId: idea.id, doneOn: null });
    expect(project.steps.map((s) => s.text)).toEqual(idea.steps);
    expect(project.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const seenByB = await list(b);
    expect(seenByB).toMatchObject({ linked: true, partnerName: 'Robin' });
    expect(seenByB.projects.map((p) => p.id)).toEqual([project.id]);

    const first = project.steps[0];
    if (!first) throw new Error('no step');
    const ticked = await b.request('PATCH', `/api/projects/${project.id}/steps/${first.id}`, {
      done: true,
    });
    expect(ticked.json().steps[0]).toMatchObject({ done: true, doneBy: 'me' });
    const fromA = (await a.request('GET', `/api/projects/${project.id}`)).json();
    expect(fromA.steps[0]).toMatchObject({ done: true, doneBy: 'partner' });
    expect(fromA.steps[0].doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(fromA)).not.toMatch(/T\d\d:\d\d/);

    const unticked = await a.request('PATCH', `/api/projects/${project.id}/steps/${first.id}`, {
      done: false,
    });
    expect(unticked.json().steps[0]).toMatchObject({ done: false, doneBy: null, doneOn: null });
  });

  it('adds, edits and removes steps, and moves a project to done and archived', async () => {
    const { a, b } = await t.buildCouple();
    const project: Project = (
      await create(a, { title: 'Fix the squeaky door', category: 'home' })
    ).json();
    expect(project.steps).toEqual([]);
    const added = await b.request('POST', `/api/projects/${project.id}/steps`, {
      text: 'Find the oil',
    });
    expect(added.statusCode).toBe(201);
    const second = await a.request('POST', `/api/projects/${project.id}/steps`, {
      text: 'Oil the hinges',
    });
    const steps = second.json().steps;
    expect(steps.map((s: { text: string }) => s.text)).toEqual(['Find the oil', 'Oil the hinges']);
    const edited = await a.request('PATCH', `/api/projects/${project.id}/steps/${steps[0].id}`, {
      text: 'Buy a little oil',
    });
    expect(edited.json().steps[0].text).toBe('Buy a little oil');
    const removed = await b.request('DELETE', `/api/projects/${project.id}/steps/${steps[1].id}`);
    expect(removed.json().steps).toHaveLength(1);

    const done = await b.request('PATCH', `/api/projects/${project.id}`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done' });
    expect(done.json().doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const archived = await a.request('PATCH', `/api/projects/${project.id}`, {
      status: 'archived',
      title: 'Door, fixed',
      why: null,
    });
    expect(archived.json()).toMatchObject({ status: 'archived', title: 'Door, fixed', why: null });
    const active = (await create(a, { title: 'Another', category: 'other' })).json();
    expect((await list(b)).projects.map((p) => p.id)).toEqual([active.id, project.id]);
    const empty = await a.request('PATCH', `/api/projects/${project.id}`, {});
    expect(empty.statusCode).toBe(400);
  });

  it('tells the partner live, with the project id only', async () => {
    const { a, b } = await t.buildCouple();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(url, a.cookie);
    try {
      const project: Project = (
        await create(b, { title: 'Volunteer at the food bank', category: 'volunteering' })
      ).json();
      expect(await stream.next()).toEqual({ type: 'project.changed', projectId: project.id });
      await b.request('POST', `/api/projects/${project.id}/steps`, { text: 'Call them' });
      expect(await stream.next()).toEqual({ type: 'project.changed', projectId: project.id });
    } finally {
      stream.close();
    }
  });

  it('asks for a partner; alone, there are only ideas', async () => {
    const solo = await t.signUp();
    const view = await list(solo);
    expect(view).toMatchObject({ linked: false, projects: [] });
    expect(view.ideas.length).toBeGreaterThanOrEqual(10);
    const res = await create(solo, { title: 'A plan', category: 'other' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_linked');
  });

  it('belongs to the couple: after unlink neither sees it, nor does a next partner', async () => {
    const { a, b } = await t.buildCouple();
    const project: Project = (
      await create(a, { title: 'Learn to bake bread', category: 'learning', steps: ['Buy flour'] })
    ).json();
    const stepId = project.steps[0]?.id ?? '';
    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const missing = await a.request('GET', MISSING);
    for (const p of [a, b]) {
      const res = await p.request('GET', `/api/projects/${project.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
      expect(
        (await p.request('PATCH', `/api/projects/${project.id}/steps/${stepId}`, { done: true }))
          .statusCode,
      ).toBe(404);
      expect((await list(p)).projects).toEqual([]);
    }
    const c = await t.signUp('Cy');
    const invite = (await a.request('POST', '/api/couple/invites')).json();
    await c.request('POST', '/api/couple/join', { code: invite.code });
    expect((await c.request('GET', `/api/projects/${project.id}`)).statusCode).toBe(404);
    expect((await list(a)).projects).toEqual([]);
    expect((await list(c)).projects).toEqual([]);
  });

  it('erases what a deleted account wrote; a step it ticked reads as ticked by nobody', async () => {
    const { a, b } = await t.buildCouple();
    const started: Project = (
      await create(a, { title: 'Paint the hall', category: 'home', steps: ['Choose a colour'] })
    ).json();
    const other: Project = (
      await create(b, { title: 'Walk on Sundays', category: 'health', steps: ['Pick a route'] })
    ).json();
    await a.request('POST', `/api/projects/${other.id}/steps`, { text: 'Buy good shoes' });
    await a.request('PATCH', `/api/projects/${other.id}/steps/${other.steps[0]?.id}`, {
      done: true,
    });
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    const db = t.database.handle.db;
    expect(
      await db.selectFrom('projects').select('id').where('created_by', '=', a.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('project_steps').select('id').where('created_by', '=', a.id).execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('project_steps')
        .select('id')
        .where('project_id', '=', started.id)
        .execute(),
    ).toEqual([]);
    const left = await db
      .selectFrom('project_steps')
      .select(['text', 'done_by', 'done_at'])
      .where('project_id', '=', other.id)
      .execute();
    expect(left).toEqual([{ text: 'Pick a route', done_by: null, done_at: expect.any(String) }]);
    // The couple ended with the deletion: nobody reaches its projects any more.
    expect((await b.request('GET', `/api/projects/${other.id}`)).statusCode).toBe(404);
  });

  it('rejects an unknown idea and keeps to its limits', async () => {
    const { a } = await t.buildCouple();
    const unknown = await create(a, { title: 'x', category: 'home', ideaId: 'no-such-idea' });
    expect(unknown.statusCode).toBe(400);
    const tooLong = await create(a, {
      title: 'x'.repeat(PROJECT_LIMITS.title + 1),
      category: 'home',
    });
    expect(tooLong.statusCode).toBe(400);
    const many = Array.from({ length: PROJECT_LIMITS.steps }, (_, i) => `Step ${i + 1}`);
    const full: Project = (
      await create(a, { title: 'Full', category: 'other', steps: many })
    ).json();
    const over = await a.request('POST', `/api/projects/${full.id}/steps`, { text: 'One more' });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.code).toBe('validation_failed');
  });
});
