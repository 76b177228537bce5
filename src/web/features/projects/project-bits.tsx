/** Small pieces the project screens share. */
import type { Project } from '../../../shared/projects-api';
import type { ProjectCategory } from '../../../shared/projects-limits';
import { plural, t } from '../../i18n';

export function CategoryTag({ category }: { category: ProjectCategory }) {
  return (
    <span className={`project-tag project-tag--${category}`}>
      {t(`projects.categories.${category}`)}
    </span>
  );
}

/** "2 of 5 steps ticked", with a bar that says the same (the words carry it). */
export function StepProgress({ project }: { project: Project }) {
  const total = project.steps.length;
  if (total === 0) return <p className="project-progress__words">{t('projects.list.noSteps')}</p>;
  const done = project.steps.filter((step) => step.done).length;
  return (
    <div className="project-progress">
      <p className="project-progress__words">{plural('projects.list.progress', total, { done })}</p>
      <svg
        className="project-progress__bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <rect className="project-progress__track" x="0" y="0" width="100" height="6" rx="3" />
        {done > 0 && (
          <rect
            className="project-progress__fill"
            x="0"
            y="0"
            width={(done / total) * 100}
            height="6"
            rx="3"
          />
        )}
      </svg>
    </div>
  );
}
