import type { ReactNode } from 'react';
import type { SupportGuide } from '../../../shared/signals-api';
import { t } from '../../i18n';
import { ExternalIcon } from './signals-icons';

/** One part of the guide, folded until opened: the page stays calm and short. */
function Fold({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details className="help-fold" id={id}>
      <summary className="help-fold__summary">
        <h2 className="help-fold__title">{title}</h2>
      </summary>
      <div className="help-fold__body">{children}</div>
    </details>
  );
}

function OutsideLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="directory__link">
      {children}
      <ExternalIcon />
      <span className="visually-hidden"> ({t('signals.find.opensOutside')})</span>
    </a>
  );
}

type GuideSectionsProps = {
  guide: SupportGuide;
  /** Someone the private screen routed elsewhere: nothing about couples therapy or couple courses. */
  routed: boolean;
};

/**
 * The rest of the guide: kinds of couples therapy in plain words, a first
 * session, questions to ask, workshops, books and courses. A person routed to
 * private support sees none of the couple-work parts.
 */
export function GuideSections({ guide, routed }: GuideSectionsProps) {
  if (routed) return null;
  return (
    <div className="help-folds">
      <Fold id="therapy-kinds" title={t('signals.sections.therapyKinds')}>
        <dl className="help-terms">
          {guide.therapyKinds.map((k) => (
            <div key={k.id} className="help-term">
              <dt>{k.name}</dt>
              <dd>
                <p>{k.plain}</p>
                <p className="field__hint">{k.origin}</p>
              </dd>
            </div>
          ))}
        </dl>
      </Fold>
      <Fold id="first-session" title={t('signals.sections.firstSession')}>
        <p>{guide.firstSession.intro}</p>
        <ul className="help-points">
          {guide.firstSession.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </Fold>
      <Fold id="questions" title={t('signals.sections.questions')}>
        <ul className="help-points">
          {guide.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </Fold>
      <Fold id="workshops" title={t('signals.sections.workshops')}>
        <p>{guide.workshops.intro}</p>
        <h3>{t('signals.sections.workshopsCover')}</h3>
        <dl className="help-terms">
          {guide.workshops.covers.map((c) => (
            <div key={c.topic} className="help-term">
              <dt>{c.title}</dt>
              <dd>{c.body}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('signals.sections.workshopsChoose')}</h3>
        <ul className="help-points">
          {guide.workshops.choosing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Fold>
      <Fold id="books" title={t('signals.sections.books')}>
        <p className="field__hint">{t('signals.sections.booksLead')}</p>
        <ul className="book-list">
          {guide.books.map((book) => (
            <li key={book.id} className="book">
              <h3 className="book__title">
                <cite>{book.title}</cite>
              </h3>
              <p className="book__author">
                {t('signals.sections.booksBy', { author: book.author })}
              </p>
              <p>{book.paragraph}</p>
            </li>
          ))}
        </ul>
      </Fold>
      <Fold id="courses" title={t('signals.sections.courses')}>
        <p>{guide.courses.intro}</p>
        <ul className="book-list">
          {guide.courses.items.map((course) => (
            <li key={course.id} className="book">
              <h3 className="book__title">
                {course.url ? (
                  <OutsideLink href={course.url}>{course.name}</OutsideLink>
                ) : (
                  course.name
                )}
              </h3>
              <p className="book__author">{t('signals.sections.by', { by: course.by })}</p>
              <p>{course.body}</p>
            </li>
          ))}
        </ul>
        <h3>{t('signals.sections.coursesChoose')}</h3>
        <ul className="help-points">
          {guide.courses.choosing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Fold>
    </div>
  );
}
