import '../../styles/card-lists.css';
import '../../styles/flows.css';
import './projects.css';
import { useState } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import type { ProjectIdeaView } from '../../../shared/projects-api';
import {
  PROJECT_CATEGORIES,
  PROJECT_LIMITS,
  type ProjectCategory,
} from '../../../shared/projects-limits';
import { BusyButton } from '../../components/busy-button';
import { ChoiceField } from '../../components/choice-group';
import { EmptyState } from '../../components/empty-state';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { CategoryTag } from './project-bits';
import { useCreateProject, useProjects } from './projects-api';

function IdeaCard({ idea, partner }: { idea: ProjectIdeaView; partner: string }) {
  const create = useCreateProject();
  const navigate = useNavigate();
  const titleId = `idea-${idea.id}`;
  return (
    <li className="card list-card project-card idea-card">
      <CategoryTag category={idea.category} />
      <h3 id={titleId} className="project-card__title">
        {idea.title}
      </h3>
      <p className="project-card__why">{idea.why}</p>
      <details className="idea-card__steps">
        <summary>{plural('projects.new.steps', idea.steps.length)}</summary>
        <ol>
          {idea.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      {create.isError && <Notice tone="error">{errorText(create.error)}</Notice>}
      <BusyButton
        className="button button--secondary button--small"
        isBusy={create.isPending}
        aria-describedby={titleId}
        onPress={() =>
          create.mutate(
            { title: idea.title, why: idea.why, category: idea.category, ideaId: idea.id },
            {
              onSuccess: (project) => {
                announce(t('projects.new.started', { partner }));
                navigate(`/projects/${project.id}`);
              },
            },
          )
        }
      >
        {create.isPending ? t('projects.new.creating') : t('projects.new.useIdea')}
      </BusyButton>
    </li>
  );
}

function validateTitle(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return value.length > PROJECT_LIMITS.title ? t('projects.detail.titleTooLong') : null;
}

/** A project in my own words. */
function OwnProjectForm({ partner }: { partner: string }) {
  const create = useCreateProject();
  const navigate = useNavigate();
  const [category, setCategory] = useState<ProjectCategory>('home');
  const [why, setWhy] = useState('');
  return (
    <section className="card" aria-labelledby="own-project">
      <h2 id="own-project" className="card__title">
        {t('projects.new.ownHeading')}
      </h2>
      <ValidatedForm
        className="form project-form"
        validators={{ title: validateTitle }}
        onValidSubmit={(form) =>
          create.mutate(
            { title: formText(form, 'title').trim(), why: why.trim() || null, category },
            {
              onSuccess: (project) => {
                announce(t('projects.new.started', { partner }));
                navigate(`/projects/${project.id}`);
              },
            },
          )
        }
      >
        <Field
          name="title"
          label={t('projects.new.titleLabel')}
          description={t('projects.new.titleHint')}
          maxLength={PROJECT_LIMITS.title}
          isRequired
        />
        <TextField className="field" value={why} onChange={setWhy} maxLength={PROJECT_LIMITS.why}>
          <Label className="field__label">{t('projects.new.whyLabel')}</Label>
          <TextArea className="field__input field__textarea field__textarea--short" rows={3} />
        </TextField>
        <ChoiceField
          id="own-category"
          label={t('projects.new.categoryLabel')}
          layout="row"
          value={category}
          onChange={setCategory}
          options={PROJECT_CATEGORIES.map((value) => ({
            value,
            label: t(`projects.categories.${value}`),
          }))}
        />
        {create.isError && <Notice tone="error">{errorText(create.error)}</Notice>}
        <BusyButton type="submit" className="button button--primary" isBusy={create.isPending}>
          {create.isPending ? t('projects.new.creating') : t('projects.new.create')}
        </BusyButton>
      </ValidatedForm>
    </section>
  );
}

/** Starting a project: from a starter idea, or in our own words. */
export default function NewProjectPage() {
  const view = useProjects();
  const data = view.data;
  const partner = data?.partnerName ?? t('nav.partner');
  return (
    <div className="page projects-page">
      <p className="projects-back">
        <Link to="/projects">{t('projects.back')}</Link>
      </p>
      <PageHeading title={t('projects.title')}>{t('projects.new.title')}</PageHeading>
      {view.isPending ? (
        <Skeleton lines={6} />
      ) : view.isError ? (
        <Notice tone="error">{`${t('projects.loadFailed')} ${errorText(view.error)}`}</Notice>
      ) : !data?.linked ? (
        <EmptyState
          title={t('projects.list.soloTitle')}
          body={t('projects.list.soloBody')}
          action={
            <Link to="/partner" className="button button--primary">
              {t('projects.list.soloAction')}
            </Link>
          }
        />
      ) : (
        <>
          <WhoSees visibility="shared" partnerName={data.partnerName} />
          <OwnProjectForm partner={partner} />
          <section className="list-section" aria-labelledby="ideas-heading">
            <h2 id="ideas-heading" className="list-section__title">
              {t('projects.new.ideasOr')}
            </h2>
            <p className="list-section__lead">{t('projects.new.ideasLead')}</p>
            <ul className="list-cards">
              {data.ideas.map((idea) => (
                <IdeaCard key={idea.id} idea={idea} partner={partner} />
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
