import type { Feature } from '../feature';
import { textField } from '../feature';
import { projectsRoutes } from './projects.routes';

/**
 * Shared projects: a couple's small list of shared goals (garden, home,
 * volunteering…) with simple steps both partners can tick.
 */
export const projectsFeature: Feature = {
  id: 'projects',
  routes: projectsRoutes,
  tables: ['projects', 'project_steps'],
  textFields: [
    textField('projects', 'title', 'created_by'),
    textField('projects', 'why', 'created_by'),
    textField('project_steps', 'text', 'created_by'),
  ],
};
