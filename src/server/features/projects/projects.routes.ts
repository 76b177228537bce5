/** HTTP routes of shared projects. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addProjectStepBodySchema,
  createProjectBodySchema,
  projectParamsSchema,
  projectSchema,
  projectStepParamsSchema,
  projectsSchema,
  updateProjectBodySchema,
  updateProjectStepBodySchema,
} from '../../../shared/projects-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import {
  addStep,
  createProject,
  editProject,
  editStep,
  getProject,
  getProjects,
  removeStep,
} from './projects.service';

const tags = ['shared projects'];

export async function projectsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/projects',
    {
      schema: {
        operationId: 'listProjects',
        summary: 'The couple’s shared projects, and starter ideas.',
        tags,
        response: { 200: projectsSchema, ...errorResponses },
      },
    },
    async (request) => getProjects(deps, requireAuth(request)),
  );

  r.post(
    '/api/projects',
    {
      schema: {
        operationId: 'createProject',
        summary: 'Start a shared project, from a starter idea or from scratch.',
        tags,
        body: createProjectBodySchema,
        response: { 201: projectSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const project = await createProject(deps, requireAuth(request), request.body);
      return reply.status(201).send(project);
    },
  );

  r.get(
    '/api/projects/:projectId',
    {
      schema: {
        operationId: 'getProject',
        summary: 'One shared project with its steps.',
        tags,
        params: projectParamsSchema,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) => getProject(deps, requireAuth(request), request.params.projectId),
  );

  r.patch(
    '/api/projects/:projectId',
    {
      schema: {
        operationId: 'updateProject',
        summary: 'Change a project’s title, why, category or status (active, done, archived).',
        tags,
        params: projectParamsSchema,
        body: updateProjectBodySchema,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) =>
      editProject(deps, requireAuth(request), request.params.projectId, request.body),
  );

  r.post(
    '/api/projects/:projectId/steps',
    {
      schema: {
        operationId: 'addProjectStep',
        summary: 'Add a step at the end of a project.',
        tags,
        params: projectParamsSchema,
        body: addProjectStepBodySchema,
        response: { 201: projectSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const project = await addStep(
        deps,
        requireAuth(request),
        request.params.projectId,
        request.body.text,
      );
      return reply.status(201).send(project);
    },
  );

  r.patch(
    '/api/projects/:projectId/steps/:stepId',
    {
      schema: {
        operationId: 'updateProjectStep',
        summary: 'Change a step’s words, or tick or untick it.',
        tags,
        params: projectStepParamsSchema,
        body: updateProjectStepBodySchema,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) =>
      editStep(
        deps,
        requireAuth(request),
        request.params.projectId,
        request.params.stepId,
        request.body,
      ),
  );

  r.delete(
    '/api/projects/:projectId/steps/:stepId',
    {
      schema: {
        operationId: 'deleteProjectStep',
        summary: 'Remove a step from a project.',
        tags,
        params: projectStepParamsSchema,
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (request) =>
      removeStep(deps, requireAuth(request), request.params.projectId, request.params.stepId),
  );
}
