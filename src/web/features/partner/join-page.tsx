import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useMe } from '../../data/me';
import { t } from '../../i18n';
import { forgetInvite, rememberInvite } from '../auth/pending-invite';
import { JoinForm } from './join-form';

/** /join/:code — keeps the code through sign-up or log-in, then joins with one press. */
export default function JoinPage() {
  const { code = '' } = useParams();
  const { data: me } = useMe();

  const linked = Boolean(me?.couple);
  useEffect(() => {
    if (!me && code) rememberInvite(code);
    if (linked) forgetInvite();
  }, [code, me, linked]);

  if (!me) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t('titles.join')}>{t('join.title')}</PageHeading>
        <p className="page__lead">{t('join.body')}</p>
        <div className="actions actions--stack">
          <Link to="/signup" className="button button--primary">
            {t('join.signup')}
          </Link>
          <Link to="/login" className="button button--secondary">
            {t('join.login')}
          </Link>
        </div>
      </div>
    );
  }

  if (me.couple) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t('titles.join')}>{t('join.alreadyTitle')}</PageHeading>
        <p className="page__lead">{t('join.alreadyBody', { partner: me.couple.partnerName })}</p>
        <Link to="/" className="button button--primary">
          {t('join.toToday')}
        </Link>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <PageHeading title={t('titles.join')}>{t('join.readyTitle')}</PageHeading>
      <p className="page__lead">{t('join.readyBody')}</p>
      <div className="card">
        <JoinForm initialCode={code} />
      </div>
    </div>
  );
}
