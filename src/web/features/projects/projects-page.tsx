import '../../styles/card-lists.css';
import '../../styles/flows.css';
import './projects.css';
import { Link } from 'react-router';
import type { Project, ProjectIdeaView } from '../../../shared/projects-api';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { plural, t } from '../../i18n';
import { formatDay } from '../../lib/format';
import { CategoryTag, StepProgress } from './project-bits';
import { useProjects } from './projects-api';

function ProjectCard({ project }: { project: Project }) {
  return (
    <li className={`card list-card project-card project-card--${project.status}`}>
      <CategoryTag category={project.category} />
      <h3 className="project-card__title">
        <Link to={`/projects/${project.id}`}>{project.title}</Link>
      </h3>
      {project.why && project.status === 'active' && (
        <p className="project-card__why">{project.why}</p>
      )}
      {project.status === 'done' && project.doneOn ? (
        <p className="status-line">
          {t('projects.list.doneOn', { day: formatDay(project.doneOn) })}
        </p>
      ) : (
        <StepProgress project={project} />
      )}
    </li>
  );
}

function ProjectList({ id, title, projects }: { id: string; title: string; projects: Project[] }) {
  if (projects.length === 0) return null;
  return (
    <section className="list-section" aria-labelledby={id}>
      <h2 id={id} className="list-section__title">
        {title}
      </h2>
      <ul className="list-cards">
        {projects.map((project) => (
          <ProjectCard key={project.id} project={project} />
        ))}
      </ul>
    </section>
  );
}

/** The starter ideas, to look at while alone. */
function IdeasPreview({ ideas }: { ideas: readonly ProjectIdeaView[] }) {
  return (
    <section className="list-section" aria-labelledby="projects-ideas">
      <h2 id="projects-ideas" className="list-section__title">
        {t('projects.new.ideasHeading')}
      </h2>
      <ul className="list-cards">
        {ideas.map((idea) => (
          <li key={idea.id} className="card list-card project-card">
            <CategoryTag category={idea.category} />
            <h3 className="project-card__title">{idea.title}</h3>
            <p className="project-card__why">{idea.why}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The couple's shared projects: under way first, then done, then archived. */
export default function ProjectsPage() {
  const view = useProjects();
  const data = view.data;
  const archived = data?.projects.filter((p) => p.status === 'archived') ?? [];
  return (
    <div className="page projects-page">
      <PageHeading title={t('projects.title')}>{t('projects.title')}</PageHeading>
      <p className="page__lead">{t('projects.lead')}</p>
      {view.isPending ? (
        <Skeleton lines={5} />
      ) : view.isError ? (
        <LoadFailed
          lead={t('projects.loadFailed')}
          error={view.error}
          retry={() => void view.refetch()}
        />
      ) : !data?.linked ? (
        <>
          <EmptyState
            title={t('projects.list.soloTitle')}
            body={t('projects.list.soloBody')}
            action={
              <Link to="/partner" className="button button--primary">
                {t('projects.list.soloAction')}
              </Link>
            }
          />
          <IdeasPreview ideas={data?.ideas ?? []} />
        </>
      ) : (
        <>
          <div className="projects-top">
            <WhoSees visibility="shared" partnerName={data.partnerName} />
            <Link to="/projects/new" className="button button--primary">
              {t('projects.list.start')}
            </Link>
          </div>
          {data.projects.every((p) => p.status === 'archived') && (
            <EmptyState
              title={t('projects.list.emptyTitle')}
              body={t('projects.list.emptyBody')}
              action={
                <Link to="/projects/new" className="button button--secondary">
                  {t('projects.new.ideasHeading')}
                </Link>
              }
            />
          )}
          <ProjectList
            id="projects-active"
            title={t('projects.list.active')}
            projects={data.projects.filter((p) => p.status === 'active')}
          />
          <ProjectList
            id="projects-done"
            title={t('projects.list.done')}
            projects={data.projects.filter((p) => p.status === 'done')}
          />
          {archived.length > 0 && (
            <details className="list-fold projects-archived">
              <summary>{plural('projects.list.archivedCount', archived.length)}</summary>
              <ul className="list-cards">
                {archived.map((project) => (
                  <ProjectCard key={project.id} project={project} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}
