import { Link } from 'react-router';
import { BrandMark } from '../../components/brand-mark';
import { BulbIcon, HandIcon, HeartIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { t } from '../../i18n';

/** For visitors who are not logged in: what Rekindle is, and the two ways in. */
export function WelcomePage() {
  return (
    <div className="page welcome">
      <div className="welcome__mark">
        <BrandMark size={56} />
        <span className="welcome__kinds" aria-hidden="true">
          <span className="kind-dot kind-dot--emotional">
            <HeartIcon />
          </span>
          <span className="kind-dot kind-dot--physical">
            <HandIcon />
          </span>
          <span className="kind-dot kind-dot--intellectual">
            <BulbIcon />
          </span>
        </span>
      </div>
      <PageHeading>{t('welcome.title')}</PageHeading>
      <p className="page__lead">{t('welcome.lead')}</p>
      <p>{t('welcome.how')}</p>
      <div className="actions actions--stack">
        <Link to="/signup" className="button button--primary">
          {t('welcome.start')}
        </Link>
        <Link to="/login" className="button button--secondary">
          {t('welcome.login')}
        </Link>
      </div>
      <p className="page__aside">{t('welcome.solo')}</p>
      <p className="page__aside">
        <Link to="/privacy">{t('welcome.privacyLink')}</Link>
      </p>
    </div>
  );
}
