import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { t } from '../../i18n';

export default function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <PageHeading title={t('titles.notFound')}>{t('notFound.title')}</PageHeading>
      <p className="page__lead">{t('notFound.body')}</p>
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
