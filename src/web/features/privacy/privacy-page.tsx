import { Link } from 'react-router';
import { EyeIcon, LockIcon, PeopleIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useMe } from '../../data/me';
import { t } from '../../i18n';

/** "Who can read what", in plain words; readable whether logged in or not. */
export default function PrivacyPage() {
  const { data: me } = useMe();
  return (
    <div className="page prose">
      <PageHeading title={t('titles.privacy')}>{t('privacy.title')}</PageHeading>
      <p className="page__lead">{t('privacy.lead')}</p>

      <h2>{t('privacy.labelsHeading')}</h2>

      <section className="card" aria-labelledby="labels-only-you">
        <h3 id="labels-only-you" className="card__title visibility-title">
          <LockIcon />
          {t('privacy.onlyYouHeading')}
        </h3>
        <p>{t('privacy.onlyYouBody')}</p>
      </section>
      <section className="card" aria-labelledby="labels-shared">
        <h3 id="labels-shared" className="card__title visibility-title">
          <PeopleIcon />
          {t('privacy.sharedHeading')}
        </h3>
        <p>{t('privacy.sharedBody')}</p>
      </section>
      <section className="card" aria-labelledby="labels-together">
        <h3 id="labels-together" className="card__title visibility-title">
          <EyeIcon />
          {t('privacy.togetherHeading')}
        </h3>
        <p>{t('privacy.togetherBody')}</p>
      </section>

      <h2>{t('privacy.neverHeading')}</h2>
      <ul>
        <li>{t('privacy.neverSkip')}</li>
        <li>{t('privacy.neverTime')}</li>
        <li>{t('privacy.neverPrivate')}</li>
      </ul>

      <h2>{t('privacy.unlinkHeading')}</h2>
      <p>{t('privacy.unlinkBody')}</p>

      <h2>{t('privacy.serverHeading')}</h2>
      <p>{t('privacy.serverBody')}</p>
      <p>{t('privacy.serverPasswords')}</p>
      <p>{t('privacy.serverDelete')}</p>

      <h2>{t('privacy.exitHeading')}</h2>
      <p>{t('privacy.exitBody')}</p>
      <p>
        <strong>{t('privacy.exitHistory')}</strong>
      </p>

      {!me && (
        <p className="page__aside">
          <Link to="/">{t('privacy.back')}</Link>
        </p>
      )}
    </div>
  );
}
