/** Shared projects: reading the list and one project, and changing them. */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProjectBody,
  Project,
  Projects,
  UpdateProjectBody,
  UpdateProjectStepBody,
} from '../../../shared/projects-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

const LIST = [...queryKeys.projects, 'list'] as const;
const projectKey = (projectId: string) => [...queryKeys.projects, 'one', projectId] as const;
const projectPath = (projectId: string, rest = '') =>
  `/api/projects/${encodeURIComponent(projectId)}${rest}`;

export function useProjects() {
  return useQuery({ queryKey: LIST, queryFn: () => api.get<Projects>('/api/projects') });
}

export function useProject(projectId: string) {
  return useQuery({
    queryKey: projectKey(projectId),
    queryFn: () => api.get<Project>(projectPath(projectId)),
    // A "not found" is an answer (another couple's, or gone), not a hiccup to retry.
    retry: false,
  });
}

/** Keeps the project the server sent back, and refreshes the list around it. */
function keep(client: QueryClient, project: Project): void {
  client.setQueryData(projectKey(project.id), project);
  void client.invalidateQueries({ queryKey: LIST });
}

export function useCreateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProjectBody) => api.post<Project>('/api/projects', body),
    onSuccess: (project) => keep(client, project),
  });
}

export function useUpdateProject(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProjectBody) => api.patch<Project>(projectPath(projectId), body),
    onSuccess: (project) => keep(client, project),
  });
}

export function useAddStep(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<Project>(projectPath(projectId, '/steps'), { text }),
    onSuccess: (project) => keep(client, project),
  });
}

/**
 * Ticks, unticks or rewords a step. The tick shows at once and is put back
 * if the server says no.
 */
export function useUpdateStep(projectId: string) {
  const client = useQueryClient();
  const key = projectKey(projectId);
  return useMutation({
    mutationFn: ({ stepId, body }: { stepId: string; body: UpdateProjectStepBody }) =>
      api.patch<Project>(projectPath(projectId, `/steps/${encodeURIComponent(stepId)}`), body),
    onMutate: async ({ stepId, body }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Project>(key);
      if (before && body.done !== undefined) {
        const done = body.done;
        client.setQueryData<Project>(key, {
          ...before,
          steps: before.steps.map((step) =>
            step.id === stepId
              ? { ...step, done, doneBy: done ? 'me' : null, doneOn: done ? step.doneOn : null }
              : step,
          ),
        });
      }
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(key, context.before);
    },
    onSuccess: (project) => keep(client, project),
  });
}

export function useRemoveStep(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (stepId: string) =>
      api.delete<Project>(projectPath(projectId, `/steps/${encodeURIComponent(stepId)}`)),
    onSuccess: (project) => keep(client, project),
  });
}
