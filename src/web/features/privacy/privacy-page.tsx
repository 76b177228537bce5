import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EyeIcon, LockIcon, PeopleIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useMe } from '../../data/me';
import { t } from '../../i18n';

/** One of the labels on who can read something, with what it means. */
function LabelCard({
  id,
  icon,
  heading,
  children,
}: {
  id: string;
  icon: ReactNode;
  heading: string;
  children: string;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id} className="card__title visibility-title">
        {icon}
        {heading}
      </h3>
      <p>{children}</p>
    </section>
  );
}

/** "Who can read what", in plain words; readable whether logged in or not. */
export default function PrivacyPage() {
  const { data: me } = useMe();
  return (
    <div className="page prose">
      <PageHeading title={t('titles.privacy')}>{t('privacy.title')}</PageHeading>
      <p className="page__lead">{t('privacy.lead')}</p>

      <h2>{t('privacy.labelsHeading')}</h2>

      <LabelCard id="labels-only-you" icon={<LockIcon />} heading={t('privacy.onlyYouHeading')}>
        {t('privacy.onlyYouBody')}
      </LabelCard>
      <LabelCard id="labels-shared" icon={<PeopleIcon />} heading={t('privacy.sharedHeading')}>
        {t('privacy.sharedBody')}
      </LabelCard>
      <LabelCard id="labels-together" icon={<EyeIcon />} heading={t('privacy.togetherHeading')}>
        {t('privacy.togetherBody')}
      </LabelCard>

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
