import '../../styles/flows.css';
import '../../styles/ratings.css';
import './projects.css';
import { useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import type { Project } from '../../../shared/projects-api';
import { PROJECT_LIMITS } from '../../../shared/projects-limits';
import { BusyButton } from '../../components/busy-button';
import { EmptyState } from '../../components/empty-state';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { ApiError } from '../../data/client';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { type MessageKey, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { formatDay } from '../../lib/format';
import { CategoryTag, StepProgress } from './project-bits';
import { AddStep, StepRow } from './project-steps';
import { useProject, useUpdateProject } from './projects-api';

function validateTitle(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.length > PROJECT_LIMITS.title ? t('projects.detail.titleTooLong') : null;
}

function EditProject({ project, onDone }: { project: Project; onDone: () => void }) {
  const update = useUpdateProject(project.id);
  const [why, setWhy] = useState(project.why ?? '');
  return (
    <ValidatedForm
      className="form project-form"
      validators={{ title: validateTitle }}
      onValidSubmit={(form) =>
        update.mutate(
          { title: formText(form, 'title').trim(), why: why.trim() || null },
          { onSuccess: onDone },
        )
      }
    >
      <Field
        name="title"
        label={t('projects.new.titleLabel')}
        defaultValue={project.title}
        maxLength={PROJECT_LIMITS.title}
        isRequired
      />
      <TextField className="field" value={why} onChange={setWhy} maxLength={PROJECT_LIMITS.why}>
        <Label className="field__label">{t('projects.new.whyLabel')}</Label>
        <TextArea className="field__input field__textarea field__textarea--short" rows={3} />
      </TextField>
      {update.isError && <Notice tone="error">{errorText(update.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={update.isPending}>
          {t('projects.detail.save')}
        </BusyButton>
        <Button className="button button--quiet" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </ValidatedForm>
  );
}

type StatusAction = {
  to: Project['status'];
  label: MessageKey;
  said: MessageKey;
  primary: boolean;
};

function statusActions(project: Project): StatusAction[] {
  switch (project.status) {
    case 'active':
      return [
        {
          to: 'done',
          label: 'projects.detail.markDone',
          said: 'projects.detail.markedDone',
          primary: false,
        },
        {
          to: 'archived',
          label: 'projects.detail.archive',
          said: 'projects.detail.archived',
          primary: false,
        },
      ];
    case 'done':
      return [
        {
          to: 'active',
          label: 'projects.detail.reopen',
          said: 'projects.detail.reopened',
          primary: false,
        },
        {
          to: 'archived',
          label: 'projects.detail.archive',
          said: 'projects.detail.archived',
          primary: false,
        },
      ];
    case 'archived':
      return [
        {
          to: 'active',
          label: 'projects.detail.unarchive',
          said: 'projects.detail.unarchived',
          primary: true,
        },
      ];
  }
}

function StatusActions({ project }: { project: Project }) {
  const update = useUpdateProject(project.id);
  const allTicked =
    project.status === 'active' && project.steps.length > 0 && project.steps.every((s) => s.done);
  return (
    <div className="project-status">
      {allTicked && <p className="project-status__ready">{t('projects.detail.allDone')}</p>}
      <div className="actions">
        {statusActions(project).map((action) => (
          <BusyButton
            key={action.to}
            className={
              action.primary || (allTicked && action.to === 'done')
                ? 'button button--primary'
                : 'button button--secondary'
            }
            isBusy={update.isPending}
            onPress={() =>
              update.mutate({ status: action.to }, { onSuccess: () => announce(t(action.said)) })
            }
          >
            {t(action.label)}
          </BusyButton>
        ))}
      </div>
      {update.isError && <Notice tone="error">{errorText(update.error)}</Notice>}
    </div>
  );
}

function ProjectView({ project, partnerName }: { project: Project; partnerName: string | null }) {
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState(false);
  const partner = partnerName ?? t('nav.partner');
  return (
    <>
      <section className="card project-head" aria-label={t('projects.detail.about')}>
        <div className="project-head__tags">
          <CategoryTag category={project.category} />
          <span className={`project-state project-state--${project.status}`}>
            {t(`projects.status.${project.status}`)}
          </span>
        </div>
        <p className="status-line">
          {project.status === 'done' && project.doneOn
            ? t('projects.detail.doneOn', { day: formatDay(project.doneOn) })
            : t('projects.detail.startedOn', { day: formatDay(project.startedOn) })}
        </p>
        {editing ? (
          <EditProject project={project} onDone={() => setEditing(false)} />
        ) : (
          <>
            {project.why && <p className="project-head__why">{project.why}</p>}
            <Button className="button button--quiet button--small" onPress={() => setEditing(true)}>
              {t('projects.detail.edit')}
            </Button>
          </>
        )}
        <WhoSees visibility="shared" partnerName={partnerName} />
      </section>
      <section className="card project-steps" aria-labelledby="project-steps">
        <h2 id="project-steps" className="card__title">
          {t('projects.detail.stepsHeading')}
        </h2>
        <StepProgress project={project} />
        {project.steps.length === 0 ? (
          <p className="status-line">{t('projects.detail.noSteps')}</p>
        ) : (
          <ul className="project-step-list">
            {project.steps.map((step) => (
              <StepRow
                key={step.id}
                project={project}
                step={step}
                partner={partner}
                changing={changing}
              />
            ))}
          </ul>
        )}
        {project.steps.length > 0 && (
          <Button
            className="button button--quiet button--small project-steps__change"
            onPress={() => setChanging((now) => !now)}
          >
            {changing ? t('projects.detail.doneChanging') : t('projects.detail.changeSteps')}
          </Button>
        )}
        {project.steps.length < PROJECT_LIMITS.steps && <AddStep project={project} />}
      </section>
      <StatusActions project={project} />
    </>
  );
}

/** One shared project: its why, its steps to tick, and where it stands. */
export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const me = useCurrentMe();
  const view = useProject(projectId);
  const gone = view.error instanceof ApiError && view.error.status === 404;
  return (
    <div className="page projects-page">
      <p className="projects-back">
        <Link to="/projects">{t('projects.back')}</Link>
      </p>
      <PageHeading title={t('projects.title')}>
        {view.data?.title ?? t('projects.title')}
      </PageHeading>
      {view.isPending ? (
        <Skeleton lines={6} />
      ) : gone ? (
        <EmptyState
          title={t('projects.detail.goneTitle')}
          body={t('projects.detail.goneBody')}
          action={
            <Link to="/projects" className="button button--primary">
              {t('projects.back')}
            </Link>
          }
        />
      ) : view.isError ? (
        <Notice tone="error">{`${t('projects.loadFailed')} ${errorText(view.error)}`}</Notice>
      ) : view.data ? (
        <ProjectView project={view.data} partnerName={me.couple?.partnerName ?? null} />
      ) : null}
    </div>
  );
}
