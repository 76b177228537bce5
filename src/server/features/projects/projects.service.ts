/**
 * Shared projects: a couple's small list of shared goals (a garden, a room,
 * some volunteering), each with simple steps either partner can add, change
 * and tick. A project belongs to the couple it was started in: after an
 * unlink neither of them, nor a later partner, can reach it (the same "not
 * found" as a project that never existed). Every change reaches the partner
 * as a live event with the project's id only.
 */

import type { Catalog } from '../../../content/load';
import type { ProjectIdea } from '../../../content/schema';
import { localDay } from '../../../core/calendar';
import {
  type CreateProjectBody,
  PROJECT_LIMITS,
  type Project,
  type ProjectIdeaView,
  type Projects,
  type UpdateProjectBody,
  type UpdateProjectStepBody,
} from '../../../shared/projects-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  countKeptProjects,
  deleteStep,
  findProject,
  findStep,
  insertProject,
  insertSteps,
  listProjectsOf,
  listStepsOf,
  type ProjectRow,
  type StepRow,
  stepStats,
  updateProject,
  updateStep,
} from './projects.repository';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;
type LiveDeps = Deps & Pick<ServiceDeps, 'bus'>;
type Couple = NonNullable<AuthContext['couple']>;

const ideasCache = new WeakMap<Catalog, readonly ProjectIdea[]>();

/** The starter ideas of the catalog, read once per catalog. */
export function projectIdeasOf(catalog: Catalog): readonly ProjectIdea[] {
  let ideas = ideasCache.get(catalog);
  if (!ideas) {
    ideas = catalog.items.filter((item): item is ProjectIdea => item.type === 'project-idea');
    ideasCache.set(catalog, ideas);
  }
  return ideas;
}

function presentIdea(idea: ProjectIdea): ProjectIdeaView {
  const { id, category, kinds, title, why, steps } = idea;
  return { id, category, kinds, title, why, steps };
}

const STATUS_ORDER = { active: 0, done: 1, archived: 2 } as const;

function presentProject(
  auth: AuthContext,
  couple: Couple,
  row: ProjectRow,
  steps: StepRow[],
): Project {
  const day = (iso: string) => localDay(new Date(iso), couple.timeZone);
  return {
    id: row.id,
    title: row.title,
    why: row.why,
    category: row.category,
    status: row.status,
    ideaId: row.idea_id,
    startedOn: day(row.created_at),
    doneOn: row.done_at ? day(row.done_at) : null,
    steps: steps
      .filter((step) => step.project_id === row.id)
      .map((step) => ({
        id: step.id,
        text: step.text,
        done: step.done_at !== null,
        // Read from my side; a step ticked by an account since deleted names nobody.
        doneBy: step.done_by === null ? null : step.done_by === auth.user.id ? 'me' : 'partner',
        doneOn: step.done_at ? day(step.done_at) : null,
      })),
  };
}

/** The project list: active ones first (newest first), then done, then archived. */
export async function getProjects(deps: Deps, auth: AuthContext): Promise<Projects> {
  const ideas = projectIdeasOf(deps.catalog).map(presentIdea);
  const couple = auth.couple;
  if (!couple) return { linked: false, partnerName: null, projects: [], ideas };
  const rows = await listProjectsOf(deps.db, couple.id);
  const steps = await listStepsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const projects = rows
    .map((row) => presentProject(auth, couple, row, steps))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return { linked: true, partnerName: couple.partnerName, projects, ideas };
}

/** A project of my couple of now; any other reads exactly as one that does not exist. */
async function requireProject(
  deps: Deps,
  auth: AuthContext,
  projectId: string,
): Promise<{ row: ProjectRow; couple: Couple }> {
  const row = await findProject(deps.db, projectId);
  const couple = auth.couple;
  if (!row || !couple || row.couple_id !== couple.id) throw notFound();
  return { row, couple };
}

async function viewOf(deps: Deps, auth: AuthContext, projectId: string): Promise<Project> {
  const { row, couple } = await requireProject(deps, auth, projectId);
  return presentProject(auth, couple, row, await listStepsOf(deps.db, [row.id]));
}

async function changed(deps: LiveDeps, couple: Couple, projectId: string): Promise<void> {
  await deps.bus.publish([couple.partnerId], { type: 'project.changed', projectId }, couple.id);
}

export async function getProject(
  deps: Deps,
  auth: AuthContext,
  projectId: string,
): Promise<Project> {
  return viewOf(deps, auth, projectId);
}

/** Starts a project for my couple, from a starter idea or from scratch. */
export async function createProject(
  deps: LiveDeps,
  auth: AuthContext,
  body: CreateProjectBody,
): Promise<Project> {
  const couple = auth.couple;
  if (!couple)
    throw new DomainError('not_linked', 'Link with your partner to start a shared project.');
  const idea = body.ideaId
    ? projectIdeasOf(deps.catalog).find((i) => i.id === body.ideaId)
    : undefined;
  if (body.ideaId && !idea) throw new DomainError('validation_failed', 'That idea is not known.');
  if ((await countKeptProjects(deps.db, couple.id)) >= PROJECT_LIMITS.projects) {
    throw new DomainError(
      'validation_failed',
      `You keep ${PROJECT_LIMITS.projects} projects already. Archive one to start another.`,
    );
  }
  const nowIso = deps.clock.now().toISOString();
  const id = newId();
  const steps = body.steps ?? idea?.steps ?? [];
  await deps.db.transaction().execute(async (trx) => {
    await insertProject(trx, {
      id,
      couple_id: couple.id,
      created_by: auth.user.id,
      title: body.title,
      why: body.why ? body.why : null,
      category: body.category,
      status: 'active',
      idea_id: idea?.id ?? null,
      created_at: nowIso,
    });
    await insertSteps(
      trx,
      steps.map((text, index) => ({
        id: newId(),
        project_id: id,
        created_by: auth.user.id,
        position: index + 1,
        text,
        created_at: nowIso,
      })),
    );
  });
  await changed(deps, couple, id);
  return viewOf(deps, auth, id);
}

/** Renames, re-describes, moves or sets the status of a project (done keeps the day it was done). */
export async function editProject(
  deps: LiveDeps,
  auth: AuthContext,
  projectId: string,
  body: UpdateProjectBody,
): Promise<Project> {
  const { row, couple } = await requireProject(deps, auth, projectId);
  const nowIso = deps.clock.now().toISOString();
  const statusChange =
    body.status !== undefined && body.status !== row.status
      ? {
          status: body.status,
          done_at: body.status === 'done' ? nowIso : body.status === 'active' ? null : row.done_at,
        }
      : {};
  if (body.status === 'active' && row.status === 'archived') {
    if ((await countKeptProjects(deps.db, couple.id)) >= PROJECT_LIMITS.projects) {
      throw new DomainError(
        'validation_failed',
        `You keep ${PROJECT_LIMITS.projects} projects already. Archive one to bring this back.`,
      );
    }
  }
  await updateProject(deps.db, row.id, {
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.why !== undefined ? { why: body.why ? body.why : null } : {}),
    ...(body.category !== undefined ? { category: body.category } : {}),
    ...statusChange,
    updated_at: nowIso,
  });
  await changed(deps, couple, row.id);
  return viewOf(deps, auth, row.id);
}

export async function addStep(
  deps: LiveDeps,
  auth: AuthContext,
  projectId: string,
  text: string,
): Promise<Project> {
  const { row, couple } = await requireProject(deps, auth, projectId);
  const stats = await stepStats(deps.db, row.id);
  if (stats.count >= PROJECT_LIMITS.steps) {
    throw new DomainError(
      'validation_failed',
      `A project keeps up to ${PROJECT_LIMITS.steps} steps. Tidy a few away to add more.`,
    );
  }
  await insertSteps(deps.db, [
    {
      id: newId(),
      project_id: row.id,
      created_by: auth.user.id,
      position: stats.nextPosition,
      text,
      created_at: deps.clock.now().toISOString(),
    },
  ]);
  await changed(deps, couple, row.id);
  return viewOf(deps, auth, row.id);
}

async function requireStep(
  deps: Deps,
  auth: AuthContext,
  projectId: string,
  stepId: string,
): Promise<{ step: StepRow; couple: Couple }> {
  const { row, couple } = await requireProject(deps, auth, projectId);
  const step = await findStep(deps.db, row.id, stepId);
  if (!step) throw notFound();
  return { step, couple };
}

/** Changes a step's words, or ticks it (by me, today) or unticks it. */
export async function editStep(
  deps: LiveDeps,
  auth: AuthContext,
  projectId: string,
  stepId: string,
  body: UpdateProjectStepBody,
): Promise<Project> {
  const { step, couple } = await requireStep(deps, auth, projectId, stepId);
  const nowIso = deps.clock.now().toISOString();
  const wasDone = step.done_at !== null;
  const tick =
    body.done === undefined || body.done === wasDone
      ? {}
      : body.done
        ? { done_by: auth.user.id, done_at: nowIso }
        : { done_by: null, done_at: null };
  await updateStep(deps.db, step.id, {
    ...(body.text !== undefined ? { text: body.text } : {}),
    ...tick,
    updated_at: nowIso,
  });
  await changed(deps, couple, projectId);
  return viewOf(deps, auth, projectId);
}

export async function removeStep(
  deps: LiveDeps,
  auth: AuthContext,
  projectId: string,
  stepId: string,
): Promise<Project> {
  const { step, couple } = await requireStep(deps, auth, projectId, stepId);
  await deleteStep(deps.db, step.id);
  await changed(deps, couple, projectId);
  return viewOf(deps, auth, projectId);
}
